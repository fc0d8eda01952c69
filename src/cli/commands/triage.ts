import type { Command } from 'commander';
import { triageChecked } from '../../core/checkin/triage';
import type { Failure } from '../../core/result';
import { writeLine, type CliContext } from '../context';
import { readInput } from '../read-input';

const HELP = `
Input: one check-in as JSON, {"age": 34, "sex": "F", "findings": [{"code": "fever", "value": false}, ...]}.
A yes/no value may also be "unsure" (counts as yes for every rule, never as a cause). Optional: "complete": false
when some required questions went unanswered; "country": "GB" for that country's emergency number and words
(otherwise 112 and "the emergency department"). Yes/no codes left out read as no; without pain_duration_days a
self-management answer is refused (checkin-rules §9.5). Other top-level fields (id, narrative, expected_*, ...)
are ignored; an unknown finding code is an error.

Output: one JSON line per check-in.
  answered: {"ok":true,"urgency":...,"rules":[{"id","urgency","title","action","when","meanwhile","sources",
             "stopRunning"}],"factors":[{"id","score","because"}],"safetyNet":{"goNow","checkInAgain"}|null,
             "stopRunning":bool,"emergencyContact":{"country","number","alternatives","department"}}
  refused:  {"ok":false,"error":{"code","message","issues":[{"path","message"}]}}
            codes: invalid_json, validation_failed, checkin_incomplete (issues name the unanswered codes)

Exit status: 0 when every check-in was answered, 2 if any input was refused. With --jsonl every line is still
answered in order; blank lines are skipped.`;

interface Options {
  jsonl?: boolean;
}

/** `backstride triage [FILE] [--jsonl]`: triage check-ins from FILE or standard input, one JSON line each. */
export function registerTriage(program: Command, ctx: CliContext): void {
  program
    .command('triage')
    .description('triage one check-in (JSON) from FILE or standard input')
    .argument('[file]', 'a JSON (or JSON Lines with --jsonl) file; standard input when absent')
    .option('--jsonl', 'read one check-in per line and print one result per line, in order')
    .addHelpText('after', HELP)
    .action(async (file: string | undefined, options: Options) => {
      const text = await readInput(ctx, file, 'give a FILE, or pipe a check-in into standard input');
      const documents = options.jsonl ? jsonLines(text) : [{ line: 1, text }];
      let refused = false;
      for (const { line, text: doc } of documents) {
        const output = answer(doc, options.jsonl ? line : undefined);
        if (!output.ok) refused = true;
        writeLine(ctx.io.stdout, JSON.stringify(output));
      }
      if (refused) ctx.exit(2);
    });
}

type Output = ({ ok: true } & Record<string, unknown>) | { ok: false; error: CliError };

interface CliError {
  code: Failure['code'];
  message: string;
  issues: { path: string; message: string }[];
}

function answer(text: string, line: number | undefined): Output {
  const where = line === undefined ? '' : `line ${line}: `;
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { code: 'invalid_json', message: `${where}not valid JSON (${reason})`, issues: [] },
    };
  }
  const result = triageChecked(input);
  if (result.ok) return { ok: true, ...result.value };
  const { code, message } = result.error;
  return { ok: false, error: { code, message: where + message, issues: issuesOf(result.error) } };
}

function issuesOf(error: Failure): CliError['issues'] {
  const details = error.details as { issues?: CliError['issues']; missing?: string[] } | undefined;
  if (details?.issues) return details.issues;
  if (details?.missing)
    return details.missing.map((code) => ({ path: code, message: 'required question not answered' }));
  return [];
}

function jsonLines(text: string): { line: number; text: string }[] {
  return text
    .split(/\r?\n/)
    .map((content, index) => ({ line: index + 1, text: content }))
    .filter(({ text: content }) => content.trim() !== '');
}
