import type { Command } from 'commander';
import { buildPlan } from '../../core/plan/plan';
import { planInputSchema } from '../../contract/plan';
import { UsageError, writeLine, type CliContext } from '../context';
import { parseJsonInput, readInput } from '../read-input';

const HELP = `
Input (FILE or standard input), JSON:
  {"checkin": {"age": 34, "sex": "F", "findings": [...], "complete": true},
   "weeklyKm": [18, 20, 21.5], "runsPerWeek": 3, "startDate": "2026-12-07", "weeks": 8,
   "availableDays": ["tue", "thu", "sat", "sun"]}
  checkin as for \`backstride triage\`; weeklyKm: complete weeks, oldest first ([] for none); availableDays
  (optional): days the runner can run. Weeks start on the Monday on or after startDate.

Output, JSON: {"status": "ok"|"withheld", "urgency", "reason"?, "notes": [...],
  "weeks": [{"weekStart", "targetKm", "days": [{"date", "items": [{"kind", "km"?, "task"?,
  "exercises"?: [{"id", "sets", "reps"?, "holdS"?, "perSide"?, "durationS"?}]}]}]}]}
  kinds: run, warmup, cooldown_stretch, strength, drills, mobility, foam_rolling, active_recovery, rest, task;
  tasks: appointment, shoe_check, form_cue (recheck only in an adapted plan). Emergency and urgent results are withheld, with no weeks.

Exit status: 0 with a plan (withheld included), 2 for bad input or an incomplete check-in (the message names
each wrong field or unanswered question).`;

/** `backstride plan [FILE]`: a plan as JSON from a check-in, weekly distances and the runner's week. */
export function registerPlan(program: Command, ctx: CliContext): void {
  program
    .command('plan')
    .description('a weekly plan (JSON) from a check-in and weekly distances, from FILE or standard input')
    .argument('[file]', 'a JSON file; standard input when absent')
    .addHelpText('after', HELP)
    .action(async (file: string | undefined) => {
      const text = await readInput(ctx, file, 'give a FILE, or pipe the plan input into standard input');
      const result = buildPlan(parseJsonInput(text, planInputSchema));
      if (!result.ok) {
        const missing = (result.error.details as { missing?: string[] } | undefined)?.missing;
        throw new UsageError(
          missing ? `checkin incomplete, unanswered: ${missing.join(', ')}` : result.error.message,
        );
      }
      writeLine(ctx.io.stdout, JSON.stringify(result.value, null, 2));
    });
}
