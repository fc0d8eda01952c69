import type { Finding, Sex, TriageResult, Urgency } from '../../../src/core/checkin';

/** What the API returns for one stored check-in. */
export interface CheckinRecord {
  id: string;
  createdAt: string;
  age: number;
  sex: Sex;
  complete: boolean;
  findings: Finding[];
  painScore: number | null;
  result: TriageResult;
}

export interface CheckinList {
  items: {
    id: string;
    createdAt: string;
    urgency: Urgency;
    painScore: number | null;
    ruleIds: string[];
    stopRunning: boolean;
  }[];
  recheck: { due: boolean; reason: 'never' | 'over_a_week' | 'pain_rose' | null; message: string | null };
}
