/** The check-in API as the web app reads it (from the contract). */
export type {
  CheckinListOut as CheckinList,
  CheckinRecordOut as CheckinRecord,
} from '../../../src/contract/checkins';
