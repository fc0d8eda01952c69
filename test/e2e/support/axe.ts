import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type * as Axe from 'axe-core';

/** axe-core's browser bundle, injected into the page under test. */
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices. No rule is disabled, nothing excluded. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  /** One entry per offending element: its selector and axe's one-line account of what is wrong. */
  nodes: { selector: string; summary: string }[];
}

/**
 * Runs axe on the whole page as it is now and returns its violations (an empty list when there are none).
 * With `AXE_REVIEW=1` in the environment, axe's "needs review" items come too, as `review:<rule>`, for a
 * person to look through (they fail the test like violations, so use it by hand, not in CI).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: a <script> tag would be inline script, which the app's CSP blocks.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  return page.evaluate(
    async ({ tags, review }) => {
      const axe = (window as unknown as { axe: typeof Axe }).axe;
      const results = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: review ? ['violations', 'incomplete'] : ['violations'],
      });
      const list = review
        ? [...results.violations, ...results.incomplete.map((v) => ({ ...v, id: `review:${v.id}` }))]
        : results.violations;
      return list.map((v) => ({
        id: v.id,
        impact: v.impact ?? 'unknown',
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({
          selector: n.target.map(String).join(' >> '),
          summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
        })),
      }));
    },
    { tags: AXE_TAGS, review: Boolean(process.env.AXE_REVIEW) },
  );
}

/** One line per violation and one indented line per element, for a failure message a person can act on. */
export function formatViolations(where: string, violations: AxeViolation[]): string[] {
  return violations.map(
    (v) =>
      `${where}: [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
      v.nodes.map((n) => `    ${n.selector}\n      ${n.summary}`).join('\n'),
  );
}

/**
 * Fails the test when axe finds anything on the page, listing each violation's id, impact, help text and
 * the offending selectors. `soft` records the failure and lets the test go on to the next page, so one run
 * reports every page.
 * @example await expectNoAxeViolations(page, 'runs (phone, dark)');
 */
export async function expectNoAxeViolations(
  page: Page,
  where: string,
  { soft = false }: { soft?: boolean } = {},
): Promise<void> {
  const lines = formatViolations(where, await axeViolations(page));
  const message = `axe found ${lines.length} violation(s) on ${where}`;
  // The soft expectation's diff lists the lines; a thrown error carries them in its message.
  if (soft) expect.soft(lines, message).toEqual([]);
  else if (lines.length > 0) throw new Error(`${message}:\n${lines.join('\n')}`);
}
