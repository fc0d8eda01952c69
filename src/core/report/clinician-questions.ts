/**
 * Questions the runner could ask the clinician, chosen from their own data: the most pressing first, at
 * most `MAX_QUESTIONS`, always ending with when and how to return to running if there is room.
 */
import { dayWords } from './report-words';
import type { ClinicianReport } from './report-types';

export const MAX_QUESTIONS = 5;

/** Pain lasting this long (days) is no longer acute: the first-line advice changes (clinical evidence §2.4). */
const PERSISTENT_DAYS = 42;
/** Half the plan or less done: which parts matter most. */
const LOW_ADHERENCE_PCT = 50;
const GOOD_ADHERENCE_PCT = 75;

type QuestionInput = Pick<ClinicianReport, 'summary' | 'redFlags' | 'pain' | 'weeks' | 'shoes' | 'tried'>;

/**
 * @example clinicianQuestions(report).at(-1) // 'When can I go back to my usual running, and what should make me stop?'
 */
export function clinicianQuestions(report: QuestionInput): string[] {
  const out: string[] = [];
  const flags = report.redFlags[0]?.positive ?? [];
  if (flags.length)
    out.push(
      `I answered yes or not sure to: ${flags.map((f) => f.label.toLowerCase()).join(', ')}. Does that need checking or tests?`,
    );
  const placed = [...report.pain.points].reverse().find((p) => p.where.length > 0);
  if (placed?.where.includes('down one leg, below the knee'))
    out.push('My pain goes below the knee: is a nerve involved, and what should I watch for?');
  const days = report.summary.painDurationDays;
  if (days !== null && days >= PERSISTENT_DAYS)
    out.push(`The pain has lasted ${days} days: should anything change in how it is managed?`);
  const tried = report.tried;
  const first = tried?.painFirstWeek ?? null;
  const last = tried?.painLastWeek ?? null;
  if (
    tried?.pct != null &&
    tried.pct >= GOOD_ADHERENCE_PCT &&
    first !== null &&
    last !== null &&
    last >= first
  )
    out.push(
      `I did ${tried.pct}% of my plan and my pain did not ease (${first} to ${last} out of 10): what should I do differently?`,
    );
  else if (tried?.pct != null && tried.pct <= LOW_ADHERENCE_PCT && tried.planned > 0)
    out.push(`I managed ${tried.logged} of ${tried.planned} planned sessions: which exercises matter most?`);
  // The week after a jump is marked too (its window still holds the jump): ask about the biggest week.
  const spike = report.weeks
    .filter((w) => w.spike && w.increasePct !== null)
    .reduce<(typeof report.weeks)[number] | undefined>((a, w) => (a && a.km >= w.km ? a : w), undefined);
  if (spike)
    out.push(
      `My running rose to ${spike.km} km in the week of ${dayWords(spike.weekStart)}, ${spike.increasePct}% above the weeks before: how fast can I build up again?`,
    );
  const worn = report.shoes.find((s) => s.inUse && !s.retired && s.distanceKm >= s.retireKm);
  if (worn) out.push(`My shoes (${worn.name}) have ${worn.distanceKm} km on them: could they play a part?`);
  const picked = out.slice(0, MAX_QUESTIONS - 1);
  picked.push('When can I go back to my usual running, and what should make me stop?');
  return picked;
}
