import { Link, useParams } from 'react-router';
import { doseWords } from '../../../src/core/plan/dose-words';
import {
  EXERCISE_GROUPS,
  EXERCISES,
  idsOf,
  type ExerciseGroup,
  type ExerciseId,
} from '../../../src/core/plan/doses';
import { LIBRARY } from '../../../src/core/plan/library';
import { FACTOR_TEXT } from '../checkin/words';
import { usePageTitle } from '../lib/page-title';
import { ExerciseFigure } from './figure';
import './plan.css';

export const GROUP_WORD: Record<ExerciseGroup, string> = {
  core: 'Core',
  glute_hip: 'Glutes and hips',
  dynamic_warmup: 'Warm-up before a run',
  static_stretch: 'Stretches after a run',
  drill: 'Form drills',
  foam_rolling: 'Foam rolling',
  active_recovery: 'Active recovery',
};

const isExerciseId = (id: string | undefined): id is ExerciseId =>
  id !== undefined && Object.hasOwn(EXERCISES, id);

/** Easier ← this → harder, each step a link. */
function Ladder({ id }: { id: ExerciseId }) {
  const { regression, progression } = EXERCISES[id] as { regression?: ExerciseId; progression?: ExerciseId };
  if (!regression && !progression) return null;
  return (
    <section aria-labelledby="ladder-h">
      <h2 id="ladder-h">Easier and harder</h2>
      <ol className="ladder">
        {regression && (
          <li>
            <span className="ladder-dir">Easier</span>
            <Link to={`/plan/exercises/${regression}`}>{LIBRARY[regression].name}</Link>
          </li>
        )}
        <li aria-current="step">
          <span className="ladder-dir">This one</span>
          <strong>{LIBRARY[id].name}</strong>
        </li>
        {progression && (
          <li>
            <span className="ladder-dir">Harder</span>
            <Link to={`/plan/exercises/${progression}`}>{LIBRARY[progression].name}</Link>
          </li>
        )}
      </ol>
      <p className="muted">
        The plan moves you one step harder after two good sessions in a row, and one step easier when it
        hurts.
      </p>
    </section>
  );
}

/** One exercise: the drawing, the dose, the steps, cues, mistakes, its ladder and what it is for. */
export function ExercisePage() {
  const { id } = useParams();
  const known = isExerciseId(id);
  usePageTitle(known ? LIBRARY[id].name : 'Exercise not found');
  if (!known)
    return (
      <>
        <h1>Exercise not found</h1>
        <p>
          There is no exercise at this address. <Link to="/plan/exercises">See every exercise</Link>.
        </p>
      </>
    );
  const text = LIBRARY[id];
  return (
    <article className="exercise-page">
      <p className="crumbs">
        <Link to="/plan/exercises">Exercises</Link> · {GROUP_WORD[EXERCISES[id].group]}
      </p>
      <h1>{text.name}</h1>
      <p className="lead">{text.summary}</p>
      <div className="figure-box">
        <ExerciseFigure id={id} />
      </div>
      <p className="dose-line">
        <strong>Dose:</strong> {doseWords(id)}
      </p>
      {text.safety && (
        <p className="safety-note">
          <strong>Before you start:</strong> {text.safety}
        </p>
      )}
      <section aria-labelledby="steps-h">
        <h2 id="steps-h">How to do it</h2>
        <ol className="steps">
          {text.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="cues-h">
        <h2 id="cues-h">Think about</h2>
        <ul className="plain-list">
          {text.cues.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="mistakes-h">
        <h2 id="mistakes-h">Common mistakes</h2>
        <ul className="plain-list">
          {text.mistakes.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>
      <Ladder id={id} />
      {text.factors.length > 0 && (
        <section aria-labelledby="factors-h">
          <h2 id="factors-h">What it helps with</h2>
          <ul className="plain-list">
            {text.factors.map((f) => (
              <li key={f}>{FACTOR_TEXT[f].name}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** Every exercise of the library by group, each with its dose. */
export function ExerciseIndexPage() {
  usePageTitle('Exercises');
  return (
    <>
      <p className="crumbs">
        <Link to="/plan">Plan</Link>
      </p>
      <h1>Exercises</h1>
      <p>Every move the plan uses, with how to do it, what to watch for, and easier or harder versions.</p>
      {EXERCISE_GROUPS.map((g) => (
        <section key={g} aria-labelledby={`group-${g}`} className="exercise-group">
          <h2 id={`group-${g}`}>{GROUP_WORD[g]}</h2>
          <ul className="list-links">
            {idsOf(g).map((id) => (
              <li key={id}>
                <Link to={`/plan/exercises/${id}`}>
                  <span>
                    {LIBRARY[id].name}
                    <span className="muted list-sub">{doseWords(id)}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
