import { findingDef, type CarriedForward } from '../../../src/core/checkin';
import { YesNoQuestion } from './questions';
import type { Answer, Answers } from './steps';

/** Short names for the standing history of checkin-rules §9.8, as shown in the "still true?" list. */
const LABEL: Partial<Record<string, string>> = {
  history_cancer: 'Cancer, now or ever (melanoma counts)',
  osteoporosis_known: 'Osteoporosis, or treatment for it',
  corticosteroid_long_term: 'Steroid tablets for more than 3 months',
  immunosuppression:
    'Medicines that weaken your immune system (transplant drugs, biologics, methotrexate, chemotherapy, long-term steroids), or HIV',
  iv_drug_use: 'Injecting drugs, now or recently',
  psoriasis: 'Psoriasis',
  ibd_history: 'Crohn’s disease or ulcerative colitis',
  family_history_spa: 'Spondyloarthritis in your close family',
  previous_stress_fracture: 'A stress fracture or bone stress injury before',
};

const word = (value: Answer | undefined): string =>
  value === true ? 'Yes' : value === false ? 'No' : value === 'unsure' ? 'Not sure' : '—';

/**
 * Standing history from a recent complete check-in, shown as one list to confirm or change (§9.8). Until the
 * runner confirms or answers, these count as unanswered.
 */
export function StandingStep({
  carried,
  age,
  answers,
  editing,
  onConfirm,
  onEdit,
  onAnswer,
}: {
  carried: CarriedForward;
  /** Which answers a question offers depends on it ("Not sure" where an answer is required). */
  age: number;
  answers: Answers;
  editing: boolean;
  onConfirm: () => void;
  onEdit: () => void;
  onAnswer: (code: string, value: Answer | undefined) => void;
}) {
  const when = new Date(carried.from).toLocaleDateString(undefined, { day: 'numeric', month: 'long' });
  if (editing) {
    return (
      <section className="question-group" aria-labelledby="h-standing">
        <h2 id="h-standing">Change what is no longer true</h2>
        {carried.answers.map((a) => {
          const def = findingDef(a.code);
          return def ? (
            <YesNoQuestion
              key={a.code}
              def={def}
              value={answers[a.code]}
              onChange={(v) => onAnswer(a.code, v)}
              age={age}
              required
            />
          ) : null;
        })}
      </section>
    );
  }
  return (
    <section className="card standing" aria-labelledby="h-standing">
      <h2 id="h-standing">Your answers on {when}</h2>
      <dl className="standing-list">
        {carried.answers.map((a) => (
          <div key={a.code}>
            <dt>{LABEL[a.code] ?? findingDef(a.code)?.askAs ?? a.code}</dt>
            <dd>{word(a.value)}</dd>
          </div>
        ))}
      </dl>
      <div className="standing-actions">
        <button type="button" className="button primary" onClick={onConfirm}>
          Yes, all still true
        </button>
        <button type="button" className="button" onClick={onEdit}>
          Something has changed
        </button>
      </div>
    </section>
  );
}
