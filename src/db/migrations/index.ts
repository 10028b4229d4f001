import * as migration_20261122_072309_initial from './20261122_072309_initial';
import * as migration_20261122_075305_public_site from './20261122_075305_public_site';

export const migrations = [
  {
    up: migration_20261122_072309_initial.up,
    down: migration_20261122_072309_initial.down,
    name: '20261122_072309_initial',
  },
  {
    up: migration_20261122_075305_public_site.up,
    down: migration_20261122_075305_public_site.down,
    name: '20261122_075305_public_site'
  },
];
