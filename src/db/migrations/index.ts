import * as migration_20261122_072309_initial from './20261122_072309_initial'
import * as migration_20261122_075305_public_site from './20261122_075305_public_site'
import * as migration_20261125_163154_workflow_placements_search from './20261125_163154_workflow_placements_search'
import * as migration_20261125_163204_retire_home_page_global from './20261125_163204_retire_home_page_global'
import * as migration_20261125_164531_article_section_date_index from './20261125_164531_article_section_date_index'
import * as migration_20261202_083914_editions_own_hero_source_related from './20261202_083914_editions_own_hero_source_related'
import * as migration_20261202_084751_weather_city_names_optional from './20261202_084751_weather_city_names_optional'
import * as migration_20261202_093656_desk_editions from './20261202_093656_desk_editions'
import * as migration_20261202_095856_drop_account_lockout from './20261202_095856_drop_account_lockout'
import * as migration_20261202_134954_redirects from './20261202_134954_redirects'
import * as migration_20261202_144352_notices from './20261202_144352_notices'
import * as migration_20261202_145615_tag_folded_name from './20261202_145615_tag_folded_name'
import * as migration_20261202_170652_working_language from './20261202_170652_working_language'

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
    up: migration_20261202_083914_editions_own_hero_source_related.up,
    down: migration_20261202_083914_editions_own_hero_source_related.down,
    name: '20261202_083914_editions_own_hero_source_related',
  },
  {
    up: migration_20261202_084751_weather_city_names_optional.up,
    down: migration_20261202_084751_weather_city_names_optional.down,
    name: '20261202_084751_weather_city_names_optional',
  },
  {
    up: migration_20261202_093656_desk_editions.up,
    down: migration_20261202_093656_desk_editions.down,
    name: '20261202_093656_desk_editions',
  },
  {
    up: migration_20261202_095856_drop_account_lockout.up,
    down: migration_20261202_095856_drop_account_lockout.down,
    name: '20261202_095856_drop_account_lockout',
  },
  {
    up: migration_20261202_134954_redirects.up,
    down: migration_20261202_134954_redirects.down,
    name: '20261202_134954_redirects',
  },
  {
    up: migration_20261202_144352_notices.up,
    down: migration_20261202_144352_notices.down,
    name: '20261202_144352_notices',
  },
  {
    up: migration_20261202_145615_tag_folded_name.up,
    down: migration_20261202_145615_tag_folded_name.down,
    name: '20261202_145615_tag_folded_name',
  },
  {
    up: migration_20261202_170652_working_language.up,
    down: migration_20261202_170652_working_language.down,
    name: '20261202_170652_working_language',
  },
]
