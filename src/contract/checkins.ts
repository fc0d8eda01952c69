/** The check-in routes' request and response shapes: the server validates with them, the web reads its types from them. */
import { z } from 'zod';
import {
  checkinInputSchema,
  FACTOR_IDS,
  FINDINGS,
  RULE_IDS,
  SEXES,
  SOURCES,
  startBackAnswersSchema,
  URGENCIES,
  type FindingCode,
  type SourceKey,
} from '../core/checkin';
import { idText } from '../core/validation/input-rules';

const findingCode = z.enum(FINDINGS.map((f) => f.code) as [FindingCode, ...FindingCode[]]);
const sourceKey = z.enum(Object.keys(SOURCES) as [SourceKey, ...SourceKey[]]);

/** A check-in from the app: the engine's input, with the optional STarT Back answers. */
export const checkinBodySchema = checkinInputSchema.extend({
  complete: z
    .boolean()
    .optional()
    .describe('ignored: the server works out from the answers whether every required question was answered'),
  startBack: startBackAnswersSchema.optional().describe('Keele STarT Back answers, if the runner took it'),
});

const findingValue = z.union([z.boolean(), z.number(), z.literal('unsure')]);
const findingOut = z.object({ code: findingCode, value: findingValue });
const sign = z.object({
  id: z.string(),
  text: z.string(),
  codes: z.array(findingCode),
  together: z.array(findingCode).optional(),
});

export const emergencyContactSchema = z.object({
  country: z.string().nullable(),
  number: z.string(),
  alternatives: z.array(z.string()),
  department: z.string(),
});

export const triageResultSchema = z.object({
  urgency: z.enum(URGENCIES),
  rules: z.array(
    z.object({
      id: z.enum(RULE_IDS),
      urgency: z.enum(URGENCIES),
      title: z.string(),
      action: z.string(),
      when: z.string(),
      meanwhile: z.string(),
      sources: z.array(sourceKey),
      stopRunning: z.boolean(),
    }),
  ),
  factors: z.array(z.object({ id: z.enum(FACTOR_IDS), score: z.number(), because: z.array(findingOut) })),
  safetyNet: z
    .object({
      goNow: z.object({ title: z.string(), signs: z.array(sign), action: z.string() }),
      checkInAgain: z.array(sign),
    })
    .nullable(),
  stopRunning: z.boolean(),
  emergencyContact: emergencyContactSchema,
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
      ruleIds: z.array(z.enum(RULE_IDS)),
      stopRunning: z.boolean(),
    }),
  ),
  recheck: z.object({
    due: z.boolean(),
    reason: z.enum(['never', 'over_a_week', 'pain_rose']).nullable(),
    message: z.string().nullable(),
  }),
  carryForward: z
    .object({
      fromCheckinId: z.string(),
      from: z.string(),
      answers: z.array(findingOut),
    })
    .nullable()
    .describe('standing history the next check-in may carry forward once the runner confirms it'),
  lastProfile: z.object({ age: z.number(), sex: z.enum(SEXES) }).nullable(),
});

export type CheckinBody = z.input<typeof checkinBodySchema>;
export type CheckinRecordOut = z.infer<typeof checkinRecordSchema>;
export type CheckinListOut = z.infer<typeof checkinListSchema>;
export type TriageResultOut = z.infer<typeof triageResultSchema>;

export const checkinIdParams = z.object({ id: idText });
