import { z } from 'zod';

/**
 * The reusable rules every request schema builds on: text a person could have typed, numbers a person could
 * have run, dates a run could have happened on. Each names the field in its message, so the error says what
 * was wrong.
 */

export type TextProblem = 'control_character' | 'lone_surrogate';

/**
 * The first reason `text` is not plain: a control character (C0, DEL or C1, which includes NUL, tabs and line
 * breaks) or half of a UTF-16 surrogate pair (which cannot be written as UTF-8 and is stored as U+FFFD).
 * @example textProblem('Ghost 15') // null
 * @example textProblem('a\u0000b') // 'control_character'
 * @example textProblem('x\ud800') // 'lone_surrogate'
 */
export function textProblem(text: string): TextProblem | null {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) return 'control_character';
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return 'lone_surrogate';
      i++; // the pair is one character
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return 'lone_surrogate';
  }
  return null;
}

const TEXT_PROBLEMS: Record<TextProblem, string> = {
  control_character: 'holds a control character (such as NUL, a tab or a line break)',
  lone_surrogate: 'holds a broken character (half of a UTF-16 surrogate pair)',
};

/** Adds an issue when `text` is not plain; for `superRefine` on string schemas. */
const refinePlain = (field: string) => (text: string, ctx: z.RefinementCtx) => {
  const problem = textProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: `${field} ${TEXT_PROBLEMS[problem]}` });
};

/**
 * One line of text a person typed: trimmed, at most `max` characters, no control characters or lone
 * surrogates.
 * @example plainText('shoe name', 80).parse(' Ghost 15 ') // 'Ghost 15'
 */
export const plainText = (field: string, max: number) =>
  z.string().trim().max(max, `${field} is longer than ${max} characters`).superRefine(refinePlain(field));

/**
 * A secret typed as is (never trimmed): between `min` and `max` characters, no control characters or lone
 * surrogates (two different lone surrogates would hash alike once written as UTF-8).
 * @example secretText('password', 10, 256).safeParse('ten chars!').success // true
 */
export const secretText = (field: string, min: number, max: number) =>
  z
    .string()
    .min(min, min === 1 ? `${field} is required` : `${field} must be at least ${min} characters`)
    .max(max, `${field} must be at most ${max} characters`)
    .superRefine(refinePlain(field));

/**
 * A number inside a range a person could reach; `whole` also asks for a safe integer. `z.number()` already
 * refuses NaN and ±Infinity; the range refuses 1e308.
 * @example boundedNumber('distance', { min: 0, max: 1_000_000, unit: 'm' }).safeParse(1e308).success // false
 */
export function boundedNumber(
  field: string,
  { min, max, unit = '', whole = false }: { min: number; max: number; unit?: string; whole?: boolean },
) {
  const u = unit ? ` ${unit}` : '';
  const base = z.number({ error: `${field} must be a number` });
  return (whole ? base.int(`${field} must be a whole number`) : base)
    .min(min, `${field} must be at least ${min}${u}`)
    .max(max, `${field} must be at most ${max}${u}`);
}

/** The years a run could have been on: from the first GPS running watches to well past any device in use. */
export const PLAUSIBLE_YEARS = { from: 1990, to: 2099 } as const;

/**
 * An ISO 8601 date-time with a UTC offset whose UTC year is within `years` (so never year 0 or 275760).
 * @example plausibleDateTime('startTime').safeParse('0000-01-01T00:00:00Z').success // false
 */
export function plausibleDateTime(field: string, years: { from: number; to: number } = PLAUSIBLE_YEARS) {
  return z.iso
    .datetime({ offset: true, message: `${field} must be an ISO date-time, e.g. 2026-11-26T07:30:00Z` })
    .superRefine((text, ctx) => {
      const year = new Date(text).getUTCFullYear();
      if (Number.isNaN(year)) return; // not a date-time at all: the format check has said so
      if (year < years.from || year > years.to) {
        ctx.addIssue({
          code: 'custom',
          message: `${field} must be a date from ${years.from} to ${years.to}, got the year ${year}`,
        });
      }
    });
}

/**
 * The id of something this server made (a UUID): letters, digits and dashes, at most 64.
 * @example idText.safeParse('0b7c1b52-4d0e-4a57-9a3f-2f1c1f0f7f11').success // true
 */
export const idText = z
  .string()
  .min(1, 'id is required')
  .max(64, 'id is longer than 64 characters')
  .regex(/^[A-Za-z0-9-]+$/, 'id is not one this server makes (letters, digits and dashes only)');
