import type { CheckinListOut, CheckinRecordOut } from '../../../src/contract/checkins';

/** What the API returns for one stored check-in (from the contract). */
export type CheckinRecord = CheckinRecordOut;

/** The check-ins list, the re-check suggestion and what a new check-in can start from (from the contract). */
export type CheckinList = CheckinListOut;
