import type { ReactNode } from 'react';
import { isRequired, noneOfThese, openRequiredYesNo, type AnswerContext } from '../../../src/core/checkin';
import type { DistanceUnit } from '../../../src/core/units/format';
import { NumberQuestion, YesNoQuestion } from './questions';
import { visibleDefs, type Answer, type Section } from './steps';

/**
 * One group of questions under its heading. Where several required yes/no questions are still open, "None of
 * these" answers No to each of them at once; every question stays on screen and can still be changed.
 */
export function QuestionSection({
  section,
  stepId,
  ctx,
  missing,
  units,
  onAnswer,
  onAnswers,
  prefill = {},
}: {
  section: Section;
  stepId: string;
  ctx: AnswerContext;
  missing: ReadonlySet<string>;
  units: DistanceUnit;
  onAnswer: (code: string, value: Answer | undefined) => void;
  onAnswers: (values: Record<string, Answer>) => void;
  /**
   * Per question: a number worked out from the runner's history, shown until the runner types their own
   * (`value`), or a note on an answer already filled in (from their runs); `key` shows it afresh.
   */
  prefill?: Partial<Record<string, { value?: number; hint: ReactNode; key?: string }>>;
}) {
  const defs = visibleDefs(section, ctx);
  const open = openRequiredYesNo(defs, ctx);
  const headingId = `h-${stepId}-${section.id}`;
  return (
    <section className="question-group" aria-labelledby={headingId}>
      <h2 id={headingId}>{section.heading}</h2>
      {defs.map((d) =>
        d.type === 'N' ? (
          <NumberQuestion
            key={`${d.code}:${prefill[d.code]?.key ?? prefill[d.code]?.value ?? ''}`}
            def={d}
            value={ctx.answers.get(d.code) ?? prefill[d.code]?.value}
            hint={prefill[d.code]?.hint}
            onChange={(v) => onAnswer(d.code, v)}
            units={units}
            missing={missing.has(d.code)}
          />
        ) : (
          <YesNoQuestion
            key={d.code}
            def={d}
            value={ctx.answers.get(d.code)}
            hint={prefill[d.code]?.hint}
            onChange={(v) => onAnswer(d.code, v)}
            age={ctx.age}
            required={isRequired(d, ctx.age)}
            missing={missing.has(d.code)}
          />
        ),
      )}
      {open.length > 1 && (
        <p className="none-of-these">
          <button
            type="button"
            className="button"
            aria-label={`None of these: answer No to the ${open.length} unanswered questions under ${section.heading}`}
            onClick={() => onAnswers(noneOfThese(defs, ctx))}
          >
            None of these
          </button>
        </p>
      )}
    </section>
  );
}
