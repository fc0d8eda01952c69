/** One warning about training load, in words for the runner, with the numbers behind it. */
export type LoadAlertCode =
  | 'rule10_over'
  | 'spike'
  | 'long_run_spike'
  | 'shoe_check'
  | 'shoe_replace'
  | 'surface_change'
  | 'low_cadence';

export interface LoadAlert {
  code: LoadAlertCode;
  message: string;
  [fact: string]: unknown;
}

/** Rounded to one decimal, for percentages and kilometres shown to runners. */
export const oneDecimal = (v: number): number => Math.round(v * 10) / 10;

/** Metres as kilometres with one decimal, as words: "12.5 km". */
export const km = (m: number): string => `${oneDecimal(m / 1000)} km`;
