import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { usersRepository } from './users';
import { sessionsRepository } from './sessions';
import { settingsRepository } from './settings';
import { checkinsRepository } from './checkins';
import { runsRepository } from './runs';
import { importsRepository } from './imports';
import { passwordResetsRepository } from './password-resets';
import { shoesRepository } from './shoes';
import { plansRepository } from './plans';
import { planLogsRepository } from './plan-logs';
import { calendarLinksRepository } from './calendar-links';
import { painEntriesRepository } from './pain-entries';
import { shareLinksRepository } from './share-links';
import { activityFilesRepository } from './activity-files';
import { throttleHitsRepository } from './throttle-hits';
import { formChecksRepository } from './form-checks';
import type { ImportStatus } from '../../core/imports/import-status';

export type Repositories = ReturnType<typeof createRepositories>;

/** Every repository over one Kysely instance (or one transaction). */
export function createRepositories(db: Kysely<Database>) {
  return {
    users: usersRepository(db),
    sessions: sessionsRepository(db),
    settings: settingsRepository(db),
    checkins: checkinsRepository(db),
    runs: runsRepository(db),
    imports: importsRepository<ImportStatus>(db),
    passwordResets: passwordResetsRepository(db),
    shoes: shoesRepository(db),
    plans: plansRepository(db),
    planLogs: planLogsRepository(db),
    calendarLinks: calendarLinksRepository(db),
    painEntries: painEntriesRepository(db),
    shareLinks: shareLinksRepository(db),
    activityFiles: activityFilesRepository(db),
    throttleHits: throttleHitsRepository(db),
    formChecks: formChecksRepository(db),
  };
}
