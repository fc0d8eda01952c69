/** The pain diary: entries (add, list by range, edit, delete) and the escalation view. */
import { z } from 'zod';
import { ESCALATION_CODES } from '../core/pain/escalation';
import { INSIGHT_CODES } from '../core/pain/insight-conditions';
import { INSIGHT_MIN, INSIGHT_WEEKS } from '../core/pain/insights';
import { EASED_BY, PAIN_AREAS, PAIN_LIMITS, PAIN_WHEN, WORSENED_BY } from '../core/pain/pain-entry';
import { boundedNumber, idText, plainText, plausibleDateTime } from '../core/validation/input-rules';
import { weeklyLoadQuerySchema } from './load';

export const painIdParams = z.object({ id: idText });

const choice = <const V extends readonly [string, ...string[]]>(field: string, values: V) =>
  z.enum(values, { error: `${field} must be one of ${values.join(', ')}` });
const list = <const V extends readonly [string, ...string[]]>(field: string, values: V) =>
  z
    .array(choice(field, values), { error: `${field} must be a list` })
    .max(values.length, `${field} has more than ${values.length} choices`);

const area = choice('areas', PAIN_AREAS);
const when = choice('when', PAIN_WHEN);

export const painEntrySchema = z.object({
  id: z.string(),
  at: z.string().describe('when the pain was felt, ISO date-time (UTC)'),
  score: z.number().int().describe('0 = no pain, 10 = the worst pain imaginable'),
  areas: z.array(area).describe('where: several allowed'),
  when,
  easedBy: z.array(choice('easedBy', EASED_BY)),
  worsenedBy: z.array(choice('worsenedBy', WORSENED_BY)),
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const painListSchema = z.object({ items: z.array(painEntrySchema) });

export const painListQuery = z.object({
  from: plausibleDateTime('from').optional().describe('entries at or after this instant'),
  to: plausibleDateTime('to').optional().describe('entries before this instant'),
  limit: z.coerce.number<string | number>().int().min(1).max(1000).default(500),
});

const fields = {
  at: plausibleDateTime('at'),
  score: boundedNumber('score', { min: PAIN_LIMITS.minScore, max: PAIN_LIMITS.maxScore, whole: true }),
  areas: list('areas', PAIN_AREAS),
  when,
  easedBy: list('easedBy', EASED_BY),
  worsenedBy: list('worsenedBy', WORSENED_BY),
  note: plainText('note', PAIN_LIMITS.noteMax),
};

export const painCreateBody = z
  .object({
    at: fields.at.optional().describe('defaults to now'),
    score: fields.score,
    areas: fields.areas.optional(),
    when: fields.when,
    easedBy: fields.easedBy.optional(),
    worsenedBy: fields.worsenedBy.optional(),
    note: fields.note.optional(),
  })
  .strict();

export const painPatchBody = z
  .object({
    at: fields.at.optional(),
    score: fields.score.optional(),
    areas: fields.areas.optional(),
    when: fields.when.optional(),
    easedBy: fields.easedBy.optional(),
    worsenedBy: fields.worsenedBy.optional(),
    note: fields.note.optional(),
  })
  .strict();

export const painEscalationQuery = z.object({ timeZone: weeklyLoadQuerySchema.shape.timeZone });

export const painTriggerSchema = z.object({
  code: z.enum(ESCALATION_CODES),
  from: z.string().describe('first day the trigger rests on, YYYY-MM-DD'),
  to: z.string(),
  entryIds: z.array(z.string()).describe('the entries that caused it'),
  message: z.string().describe('why, and whom to see'),
  tellThem: z.array(z.string()).describe('what to tell the professional'),
});

export const painEscalationSchema = z.object({
  triggers: z.array(painTriggerSchema).describe('empty when nothing calls for a professional'),
  lastCheckin: z.object({ at: z.string(), painScore: z.number().nullable() }).nullable(),
});

export type PainEntryView = z.output<typeof painEntrySchema>;
export type PainCreateBody = z.input<typeof painCreateBody>;
export type PainPatchBody = z.input<typeof painPatchBody>;
export type PainEscalation = z.output<typeof painEscalationSchema>;
export type PainTrigger = z.output<typeof painTriggerSchema>;

export const painInsightsQuery = z.object({
  timeZone: weeklyLoadQuerySchema.shape.timeZone,
  weeks: z.coerce
    .number<string | number>()
    .int()
    .min(4, 'weeks must be at least 4')
    .max(52, 'weeks must be at most 52')
    .default(INSIGHT_WEEKS)
    .describe('how many weeks of the diary to read, up to today'),
});

const insightSideSchema = z.object({
  mean: z.number().nullable().describe('average pain 0–10, one decimal; null without entries'),
  entries: z.number().int(),
  days: z.number().int().describe('different days those entries fall on'),
});

export const insightSchema = z.object({
  code: z.enum(INSIGHT_CODES),
  title: z.string(),
  withLabel: z.string(),
  withoutLabel: z.string(),
  with: insightSideSchema.describe('entries when the condition held'),
  without: insightSideSchema.describe('entries when it did not'),
  enough: z
    .boolean()
    .describe(`true with at least ${INSIGHT_MIN.entries} entries on ${INSIGHT_MIN.days} days on each side`),
  difference: z.number().nullable().describe('with minus without, one decimal; null unless enough'),
  summary: z.string().describe('the pattern in words, or why it is not shown yet'),
});

export const painInsightsSchema = z.object({
  from: z.string().describe('first day read, YYYY-MM-DD'),
  to: z.string(),
  entries: z.number().int(),
  insights: z.array(insightSchema),
  caveat: z.string().describe('patterns, not causes'),
});

export type PainInsightsView = z.output<typeof painInsightsSchema>;
export type InsightView = z.output<typeof insightSchema>;
