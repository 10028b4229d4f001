import * as migration_20261122_072309_initial from './20261122_072309_initial';

export const migrations = [
  {
    up: migration_20261122_072309_initial.up,
    down: migration_20261122_072309_initial.down,
    name: '20261122_072309_initial'
  },
];
