import type { Migration } from 'kysely';
import * as m0001 from './2026-11-26-0001-accounts';
import * as m0002 from './2026-11-26-0002-checkins';
import * as m0003 from './2026-11-26-0003-runs';
import * as m0004 from './2026-12-01-0001-password-resets';
import * as m0005 from './2026-12-01-0002-settings-country';
import * as m0006 from './2026-12-10-0001-run-note';
import * as m0007 from './2026-12-11-0001-shoes';
import * as m0008 from './2026-12-12-0001-data-version';
import * as m0009 from './2026-12-13-0001-plans';
import * as m0010 from './2026-12-14-0001-pain-entries';
import * as m0011 from './2026-12-14-0002-share-links';
import * as m0012 from './2026-12-14-0003-activity-files';
import * as mRunsSeriesLast from './2026-12-15-0001-runs-series-last';
import * as m0013 from './2026-12-15-0001-throttle-hits';
import * as m0014 from './2026-12-15-0002-session-devices';
import * as m1301 from './2026-12-16-0001-import-jobs';
import * as m1302 from './2026-12-16-0002-upload-chunks';
import * as mGoal from './2026-12-17-0001-running-goal';
import * as mFormChecks from './2026-12-18-0201-form-checks';

/** SQLite migrations, statically imported; names match the PostgreSQL set exactly. Never edit a landed one. */
export const sqliteMigrations: Record<string, Migration> = {
  '2026-11-26-0001-accounts': m0001,
  '2026-11-26-0002-checkins': m0002,
  '2026-11-26-0003-runs': m0003,
  '2026-12-01-0001-password-resets': m0004,
  '2026-12-01-0002-settings-country': m0005,
  '2026-12-10-0001-run-note': m0006,
  '2026-12-11-0001-shoes': m0007,
  '2026-12-12-0001-data-version': m0008,
  '2026-12-13-0001-plans': m0009,
  '2026-12-14-0001-pain-entries': m0010,
  '2026-12-14-0002-share-links': m0011,
  '2026-12-14-0003-activity-files': m0012,
  '2026-12-15-0001-runs-series-last': mRunsSeriesLast,
  '2026-12-15-0001-throttle-hits': m0013,
  '2026-12-15-0002-session-devices': m0014,
  '2026-12-16-0001-import-jobs': m1301,
  '2026-12-16-0002-upload-chunks': m1302,
  '2026-12-17-0001-running-goal': mGoal,
  '2026-12-18-0201-form-checks': mFormChecks,
};
