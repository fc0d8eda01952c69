import { z } from 'zod';
import { SEXES, FINDINGS, findingDef, type FindingCode } from './vocabulary';

const CODES = FINDINGS.map((f) => f.code) as [FindingCode, ...FindingCode[]];

const describeValue = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : String(value));

/** One `{code, value}` answer; the value's type and range are checked against the code's definition. */
export const findingSchema = z
  .object({
    code: z.enum(CODES, { error: (issue) => `unknown finding code ${JSON.stringify(issue.input)}` }),
    value: z.union([z.boolean(), z.number(), z.literal('unsure')], {
      error: (issue) =>
        `value must be true, false, "unsure" or a whole number, got ${describeValue(issue.input)}`,
    }),
  })
  .superRefine(({ code, value }, ctx) => {
    const def = findingDef(code);
    if (def === undefined) return; // unreachable: the enum already rejected it
    if (def.type === 'B' && typeof value !== 'boolean' && value !== 'unsure') {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `finding "${code}" must be true, false or "unsure", got ${value}`,
      });
      return;
    }
    if (def.type === 'N') {
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `finding "${code}" must be a whole number, got ${describeValue(value)}`,
        });
        return;
      }
      const tooLow = def.min !== undefined && value < def.min;
      const tooHigh = def.max !== undefined && value > def.max;
      if (tooLow || tooHigh) {
        const range = def.max === undefined ? `at least ${def.min}` : `between ${def.min} and ${def.max}`;
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `finding "${code}" must be ${range}, got ${value}`,
        });
      }
    }
  });

/**
 * A check-in as received from outside (HTTP body, CLI line). Unknown top-level keys are stripped; unknown
 * finding codes, wrong value types and repeated codes are errors that name the code.
 * @example checkinInputSchema.parse({ age: 30, sex: 'F', findings: [{ code: 'fever', value: false }], id: 'x' })
 * // { age: 30, sex: 'F', findings: [{ code: 'fever', value: false }] }
 */
export const checkinInputSchema = z.object({
  age: z.number().int('age must be whole years').min(0).max(130),
  sex: z.enum(SEXES, { error: (issue) => `sex must be "F" or "M", got ${describeValue(issue.input)}` }),
  findings: z.array(findingSchema).superRefine((findings, ctx) => {
    const seen = new Set<string>();
    findings.forEach(({ code }, index) => {
      if (seen.has(code)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'code'],
          message: `finding "${code}" is given more than once`,
        });
      }
      seen.add(code);
    });
  }),
  /** false when the caller knows some red-flag questions were not answered (checkin-rules §7.13). */
  complete: z.boolean().optional(),
  /** The runner's country (ISO 3166-1 alpha-2), for the emergency number and words in the result. */
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'country must be a two-letter code such as "GB"')
    .transform((c) => c.toUpperCase())
    .optional(),
});

export type CheckinInput = z.infer<typeof checkinInputSchema>;

/** A validation problem, with the path as text (`findings[2].value`). */
export interface InputIssue {
  path: string;
  message: string;
}

/**
 * Flattens zod issues to `{path, message}` for error output.
 * @example formatIssues(checkinInputSchema.safeParse({}).error!)[0] // { path: 'age', message: '…' }
 */
export function formatIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.reduce<string>(
      (text, key) =>
        typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
      '',
    ),
    message: issue.message,
  }));
}
