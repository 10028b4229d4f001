import * as migration_20261122_072309_initial from './20261122_072309_initial';
import * as migration_20261122_075305_public_site from './20261122_075305_public_site';
import * as migration_20261125_162538_issue7_article_section_date_index from './20261125_162538_issue7_article_section_date_index';

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
    up: migration_20261125_162538_issue7_article_section_date_index.up,
    down: migration_20261125_162538_issue7_article_section_date_index.down,
    name: '20261125_162538_issue7_article_section_date_index'
  },
];
