import { useState } from 'react';
import type { DistanceUnit } from '../../../src/core/units/format';
import { formatDistance } from '../../../src/core/units/format';
import { KindIcon } from './plan-icons';
import { PlanItemView } from './plan-item';
import {
  chipWord,
  dateLabel,
  dayInWords,
  dayLabel,
  weekdayLabel,
  weekToShow,
  type Plan,
  type PlanDay,
} from './plan-words';

function DayRow({
  day,
  today,
  open,
  onToggle,
  weekNumber,
  units,
  canStart,
}: {
  canStart: boolean;
  day: PlanDay;
  today: string;
  open: boolean;
  onToggle: () => void;
  weekNumber: number;
  units: DistanceUnit;
}) {
  const isToday = day.date === today;
  const past = day.date < today;
  const panel = `day-${day.date}`;
  return (
    <li className={`plan-day${isToday ? ' is-today' : ''}${past ? ' is-past' : ''}`}>
      <button
        type="button"
        className="plan-day-row"
        aria-expanded={open}
        aria-controls={panel}
        onClick={onToggle}
      >
        <span className="plan-day-date">
          {isToday && <span className="today-tag">Today</span>}
          <span className="plan-day-name">{weekdayLabel(day.date)}</span>
          <span className="plan-day-num">{dateLabel(day.date)}</span>
        </span>
        <span className="visually-hidden">: {dayInWords(day, units)}</span>
        <span className="chips" aria-hidden="true">
          {day.items.map((item, i) => (
            <span key={i} className={`chip chip-${item.kind}`}>
              <KindIcon kind={item.kind} size={16} />
              {chipWord(item, units)}
            </span>
          ))}
        </span>
      </button>
      {open && (
        <ul id={panel} className="plan-items">
          {day.items.map((_, i) => (
            <PlanItemView
              key={i}
              day={day}
              at={i}
              weekNumber={weekNumber}
              units={units}
              canStart={canStart}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * The plan one week at a time: its target distance and each day as a row of chips; today is marked and
 * open, any other day opens on a tap. Starts on the week holding today.
 */
export function WeekStrip({
  plan,
  today,
  units,
  canStart,
}: {
  plan: Plan;
  today: string;
  units: DistanceUnit;
  canStart: boolean;
}) {
  const [index, setIndex] = useState(() => weekToShow(plan, today));
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set([today]));
  const week = plan.weeks[index];
  if (!week) return null;
  const toggle = (date: string) =>
    setOpen((now) => {
      const next = new Set(now);
      if (next.has(date)) next.delete(date);
      else next.add(date);
      return next;
    });
  return (
    <section className="card week-strip" aria-labelledby="week-h">
      <div className="week-head">
        <button
          type="button"
          className="button week-nav"
          onClick={() => setIndex(index - 1)}
          disabled={index === 0}
          aria-label="Previous week"
        >
          ‹
        </button>
        <div>
          <h2 id="week-h">
            Week {index + 1} of {plan.weeks.length}
          </h2>
          <p className="muted week-sub">
            From {dayLabel(week.weekStart)} ·{' '}
            {week.targetKm > 0 ? `${formatDistance(week.targetKm * 1000, units)} planned` : 'no running'}
          </p>
        </div>
        <button
          type="button"
          className="button week-nav"
          onClick={() => setIndex(index + 1)}
          disabled={index === plan.weeks.length - 1}
          aria-label="Next week"
        >
          ›
        </button>
      </div>
      <ol className="plan-days">
        {week.days.map((day) => (
          <DayRow
            key={day.date}
            day={day}
            today={today}
            open={open.has(day.date)}
            onToggle={() => toggle(day.date)}
            weekNumber={index + 1}
            units={units}
            canStart={canStart}
          />
        ))}
      </ol>
    </section>
  );
}
