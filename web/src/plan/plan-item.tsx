import { Link } from 'react-router';
import { doseWords } from '../../../src/core/plan/dose-words';
import type { ExerciseId } from '../../../src/core/plan/doses';
import { formCueForWeek } from '../../../src/core/plan/form-cues';
import { LIBRARY } from '../../../src/core/plan/library';
import type { DistanceUnit } from '../../../src/core/units/format';
import { KindIcon } from './plan-icons';
import { ItemLog, usePlanToday } from './plan-logs';
import {
  dayLabel,
  isSessionItem,
  itemTitle,
  kindIndex,
  sessionPath,
  type PlanDay,
  type PlanItem,
} from './plan-words';

/** What a task asks, in a sentence, with where to do it. */
function TaskBody({ item, weekNumber }: { item: PlanItem; weekNumber: number }) {
  if (item.task === 'appointment')
    return (
      <p>
        Book an appointment with a GP or physiotherapist for the next week or two. Tell them what your
        check-in found; <Link to="/check-in">your check-ins</Link> have the details.
      </p>
    );
  if (item.task === 'shoe_check')
    return (
      <p>
        Look at how far your shoes have run and how worn the soles are.{' '}
        <Link to="/shoes">Open your shoes</Link>.
      </p>
    );
  const cue = formCueForWeek(weekNumber);
  return (
    <p>
      <strong>{cue.title}.</strong> {cue.how} <Link to="/plan/form">All the form cues</Link>.
    </p>
  );
}

/** One exercise at its dose, linked to its page. */
function ExerciseLine({ ex }: { ex: NonNullable<PlanItem['exercises']>[number] }) {
  const id = ex.id as ExerciseId;
  return (
    <li>
      <Link to={`/plan/exercises/${id}`}>
        <span className="exercise-name">{LIBRARY[id].name}</span>
        <span className="dose">{doseWords(id, ex)}</span>
      </Link>
    </li>
  );
}

/** One item of a day: its exercises and doses in words, and what to do with it (start, log, read). */
export function PlanItemView({
  day,
  at,
  weekNumber,
  units,
  canStart = true,
  headingLevel = 3,
}: {
  day: PlanDay;
  at: number;
  weekNumber: number;
  units: DistanceUnit;
  /** False while the plan is on hold: nothing to start until a new check-in. */
  canStart?: boolean;
  headingLevel?: 3 | 4;
}) {
  const item = day.items[at]!;
  // A later day's session opens on its day (the player says so too): the plan spaces them on purpose.
  const today = usePlanToday();
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const title = itemTitle(item, units);
  return (
    <li className={`plan-item kind-${item.kind}`}>
      <H className="plan-item-title">
        <KindIcon kind={item.kind} /> {title}
      </H>
      {item.kind === 'rest' && <p className="muted">No running and no strength today. A walk is fine.</p>}
      {item.kind === 'task' && <TaskBody item={item} weekNumber={weekNumber} />}
      {item.kind === 'run' && <p className="muted">At an easy pace you could chat at.</p>}
      {item.kind === 'active_recovery' && <p className="muted">Pick one, at an easy, chatty effort.</p>}
      {item.exercises && item.exercises.length > 0 && (
        <ul className="exercise-lines">
          {item.exercises.map((ex) => (
            <ExerciseLine key={ex.id} ex={ex} />
          ))}
        </ul>
      )}
      {canStart && isSessionItem(item) && (today === null || day.date <= today) && (
        <Link
          className="button primary"
          to={sessionPath(day.date, item.kind, kindIndex(day.items, at))}
          aria-label={`Start ${title.toLowerCase()}, ${dayLabel(day.date, true)}`}
        >
          Start
        </Link>
      )}
      <ItemLog day={day} at={at} />
    </li>
  );
}
