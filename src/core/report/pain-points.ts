/**
 * The pain timeline of the report: every pain score the runner gave, from check-ins (with where it hurt)
 * and plan logs (during an item, and the next morning), oldest first. Diary entries (`pain_entries`, issue
 * 12 item 1) join through `diary`, made by `diaryPoints`.
 */
import { AREA_WORDS, PAIN_AREAS, WHEN_WORDS, type PainEntry } from '../pain/pain-entry';
import type { Finding } from '../checkin/checkin';
import type { PlanLog } from '../plan/plan-log';
import type { PainPoint } from './report-types';

/** The check-in's pain-site answers, in plain words a clinician reads. Only a definite Yes places the pain. */
export const PAIN_SITE_WORDS: Readonly<Record<string, string>> = {
  pain_central_lumbar: 'central low back',
  pain_unilateral_lumbar: 'one side of the low back',
  pain_buttock_unilateral: 'one buttock',
  pain_sacral: 'over the sacrum',
  pain_radiating_above_knee: 'into buttock or thigh, above the knee',
  pain_radiating_below_knee_unilateral: 'down one leg, below the knee',
};

/**
 * Where a check-in says it hurt.
 * @example painSites([{ code: 'pain_central_lumbar', value: true }]) // ['central low back']
 */
export function painSites(findings: readonly Finding[]): string[] {
  const yes = new Set(findings.filter((f) => f.value === true).map((f) => f.code as string));
  return Object.entries(PAIN_SITE_WORDS).flatMap(([code, words]) => (yes.has(code) ? [words] : []));
}

/** The words for a logged item's kind, as in "during a run". */
const KIND_WORDS: Readonly<Record<string, string>> = {
  run: 'a run',
  warmup: 'the warm-up',
  cooldown_stretch: 'stretching',
  strength: 'a strength session',
  drills: 'running drills',
  mobility: 'mobility work',
  foam_rolling: 'foam rolling',
  active_recovery: 'easy recovery',
};

/** The morning after a plan day: the day after at 07:00 UTC (logs keep the day, not the hour). */
const morningAfter = (date: string): string => {
  const day = new Date(`${date}T07:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString();
};

export interface PainPointSources {
  checkins: readonly { createdAt: string; painScore: number | null; findings: readonly Finding[] }[];
  planLogs: readonly Pick<PlanLog, 'date' | 'kind' | 'painDuring' | 'painNextMorning' | 'loggedAt'>[];
  /** Pain diary entries, already as points (empty until the diary is joined in). */
  diary?: readonly PainPoint[];
}

/**
 * Every pain score, oldest first (same instant: check-in, then plan, then diary).
 * @example painPoints({ checkins: [{ createdAt: '2026-12-01T08:00:00Z', painScore: 4, findings: [] }], planLogs: [] })[0]?.score // 4
 */
export function painPoints(sources: PainPointSources): PainPoint[] {
  const points: PainPoint[] = [];
  for (const c of sources.checkins) {
    if (c.painScore === null) continue;
    points.push({ at: c.createdAt, score: c.painScore, where: painSites(c.findings), source: 'checkin' });
  }
  for (const log of sources.planLogs) {
    const what = KIND_WORDS[log.kind] ?? log.kind;
    points.push({
      at: log.loggedAt,
      score: log.painDuring,
      where: [],
      source: 'plan',
      context: `during ${what}`,
    });
    if (log.painNextMorning !== null) {
      points.push({
        at: morningAfter(log.date),
        score: log.painNextMorning,
        where: [],
        source: 'plan',
        context: `next morning, after ${what}`,
      });
    }
  }
  points.push(...(sources.diary ?? []));
  const order = { checkin: 0, plan: 1, diary: 2 } as const;
  return points.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || order[a.source] - order[b.source]);
}

/**
 * Pain diary entries as timeline points: where in words, and when ("after a run") as their context.
 * @example diaryPoints([{ at: '2026-12-01T20:00:00Z', score: 5, areas: ['buttock_left'], when: 'at_night' }])[0]?.where // ['left buttock']
 */
export function diaryPoints(
  entries: readonly Pick<PainEntry, 'at' | 'score' | 'areas' | 'when'>[],
): PainPoint[] {
  return entries.map((e) => ({
    at: e.at,
    score: e.score,
    where: PAIN_AREAS.filter((a) => e.areas.includes(a)).map((a) => AREA_WORDS[a]),
    source: 'diary' as const,
    context: WHEN_WORDS[e.when],
  }));
}
