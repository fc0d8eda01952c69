import { z } from 'zod';
import { checkinInputSchema, startBackAnswersSchema, URGENCIES, SEXES } from '../../core/checkin';

/** A check-in from the app: the engine's input, saying whether every red-flag question was answered. */
export const checkinBodySchema = checkinInputSchema.extend({
  complete: z.boolean().describe('false when some red-flag questions were left unanswered'),
  startBack: startBackAnswersSchema.optional().describe('Keele STarT Back answers, if the runner took it'),
});

const findingOut = z.object({ code: z.string(), value: z.union([z.boolean(), z.number()]) });

export const triageResultSchema = z.object({
  urgency: z.enum(URGENCIES),
  rules: z.array(
    z.object({
      id: z.string(),
      urgency: z.enum(URGENCIES),
      title: z.string(),
      action: z.string(),
      sources: z.array(z.string()),
      stopRunning: z.boolean(),
    }),
  ),
  factors: z.array(z.object({ id: z.string(), score: z.number(), because: z.array(findingOut) })),
  safetyNet: z
    .object({
      caudaEquinaCard: z.object({ title: z.string(), symptoms: z.array(z.string()), action: z.string() }),
      retriageTriggers: z.array(z.object({ id: z.string(), text: z.string() })),
    })
    .nullable(),
  stopRunning: z.boolean(),
});

export const checkinRecordSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  age: z.number(),
  sex: z.enum(SEXES),
  complete: z.boolean(),
  findings: z.array(findingOut),
  painScore: z.number().nullable(),
  result: triageResultSchema,
});

export const checkinListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      createdAt: z.string(),
      urgency: z.enum(URGENCIES),
      painScore: z.number().nullable(),
      ruleIds: z.array(z.string()),
      stopRunning: z.boolean(),
    }),
  ),
  recheck: z.object({
    due: z.boolean(),
    reason: z.enum(['never', 'over_a_week', 'pain_rose']).nullable(),
    message: z.string().nullable(),
  }),
});
