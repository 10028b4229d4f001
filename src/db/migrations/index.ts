import * as migration_20261122_072309_initial from './20261122_072309_initial';
import * as migration_20261122_075305_public_site from './20261122_075305_public_site';
import * as migration_20261125_163154_workflow_placements_search from './20261125_163154_workflow_placements_search';
import * as migration_20261125_163204_retire_home_page_global from './20261125_163204_retire_home_page_global';
import * as migration_20261125_164531_article_section_date_index from './20261125_164531_article_section_date_index';
import * as migration_20261202_085212_drop_account_lockout from './20261202_085212_drop_account_lockout';

export const migrations = [
  {
    up: migration_20261122_072309_initial.up,
    down: migration_20261122_072309_initial.down,
    name: '20261122_072309_initial',
  },
  {
    up: migration_20261122_075305_public_site.up,
    down: migration_20261122_075305_public_site.down,
    name: '20261122_075305_public_site',
  },
  {
    up: migration_20261125_163154_workflow_placements_search.up,
    down: migration_20261125_163154_workflow_placements_search.down,
    name: '20261125_163154_workflow_placements_search',
  },
  {
    up: migration_20261125_163204_retire_home_page_global.up,
    down: migration_20261125_163204_retire_home_page_global.down,
    name: '20261125_163204_retire_home_page_global',
  },
  {
    up: migration_20261125_164531_article_section_date_index.up,
    down: migration_20261125_164531_article_section_date_index.down,
    name: '20261125_164531_article_section_date_index',
  },
  {
    up: migration_20261202_085212_drop_account_lockout.up,
    down: migration_20261202_085212_drop_account_lockout.down,
    name: '20261202_085212_drop_account_lockout'
  },
];
