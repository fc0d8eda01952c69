/** What each plan task asks, in words: its title on the plan, its word in a calendar summary, and the whole ask. */
import type { PlanTask } from './plan-types';

export interface TaskWords {
  /** On the plan page and Home: "Check your shoes". */
  title: string;
  /** In a day's one-line summary: "shoe check". */
  short: string;
  /** The whole ask, one sentence. */
  long: string;
}

export const TASK_WORDS: Record<PlanTask, TaskWords> = {
  appointment: {
    title: 'Book your appointment',
    short: 'book a clinician',
    long: 'Book an appointment with a clinician, and take your check-in result with you.',
  },
  shoe_check: {
    title: 'Check your shoes',
    short: 'shoe check',
    long: 'Check your shoes: how far they have gone, and whether the soles or heels have worn unevenly.',
  },
  form_cue: {
    title: 'This week’s form cue',
    short: 'form cue',
    long: 'Read this week’s form cue and keep it in mind on your runs.',
  },
  recheck: {
    title: 'Check in again',
    short: 'check in again',
    long: 'The plan has stopped: do a new check-in before you train again.',
  },
};
