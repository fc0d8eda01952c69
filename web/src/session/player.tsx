/**
 * The guided session: a start screen, then one step at a time with big countdown digits, the exercise's
 * drawing and one cue, and the controls at the bottom for a thumb; at the end, the log.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { PlanItem } from '../../../src/core/plan/plan-types';
import type { ExerciseId } from '../../../src/core/plan/doses';
import { doseWords } from '../../../src/core/plan/dose-words';
import { LIBRARY } from '../../../src/core/plan/library';
import {
  isWork,
  sessionExercises,
  sessionLengthS,
  sessionSteps,
  tallySets,
  type GuidedKind,
  type SessionStep,
} from '../../../src/core/plan/session-steps';
import { ExerciseFigure } from '../plan/figure';
import { clockWords, remainingMs, shownSeconds } from './countdown';
import { initialRunner, runnerReducer } from './runner-state';
import { SessionLog } from './session-log';
import { createSignaller } from './signals';
import { useWakeLock } from './wake-lock';
import { PlayerIcon } from './player-icons';
import { aboutMinutes, announceWords, nextWords, repsWords, SESSION_NAME, SIDE_WORD } from './words';

const SOUND_KEY = 'backstride.session.sound';
/** How often the digits and the ring are redrawn, ms (the time itself always comes from the clock). */
const TICK_MS = 200;

const readSound = (): boolean => {
  try {
    return localStorage.getItem(SOUND_KEY) !== 'off';
  } catch {
    return true;
  }
};

function SoundToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <button
      type="button"
      className="player-chip player-sound"
      aria-pressed={on}
      title={on ? 'Sound is on' : 'Sound is off'}
      onClick={() => {
        try {
          localStorage.setItem(SOUND_KEY, on ? 'off' : 'on');
        } catch {
          // Private mode: the choice lasts for this visit only.
        }
        onChange(!on);
      }}
    >
      <PlayerIcon name={on ? 'soundOn' : 'soundOff'} />
      Sound
    </button>
  );
}

/** The figure shown for a step: its own exercise, or for a countdown the exercise that comes next. */
const figureOf = (step: SessionStep): ExerciseId | null =>
  'exerciseId' in step ? step.exerciseId : (step.next?.exerciseId ?? null);

function TimerRing({ leftMs, totalMs, label }: { leftMs: number; totalMs: number; label: string }) {
  const seconds = shownSeconds(leftMs);
  const r = 54;
  const length = 2 * Math.PI * r;
  const done = totalMs > 0 ? 1 - leftMs / totalMs : 1;
  return (
    <div className="timer" role="timer" aria-label={`${label}: ${seconds} seconds left`}>
      <svg viewBox="0 0 120 120" aria-hidden="true" className="timer-ring">
        <circle cx="60" cy="60" r={r} className="timer-track" />
        <circle
          cx="60"
          cy="60"
          r={r}
          className="timer-fill"
          strokeDasharray={length}
          strokeDashoffset={length * done}
          transform="rotate(-90 60 60)"
        />
      </svg>
      <span className="timer-digits" aria-hidden="true">
        {clockWords(seconds)}
      </span>
    </div>
  );
}

/** The line above the name: the set and side of a piece of work; nothing for a countdown. */
function kicker(step: SessionStep): string | null {
  if (step.type !== 'hold' && step.type !== 'reps') return null;
  const parts = [`Set ${step.set} of ${step.sets}`];
  if (step.type === 'hold' && step.side) parts.push(SIDE_WORD[step.side]);
  return parts.join(' · ');
}

const COUNTDOWN_NAME = { get_ready: 'Get ready', rest: 'Rest', switch_side: 'Switch sides' } as const;

function heading(step: SessionStep): string {
  return step.type === 'hold' || step.type === 'reps'
    ? LIBRARY[step.exerciseId].name
    : COUNTDOWN_NAME[step.type];
}

export function Player({
  planId,
  date,
  kind,
  itemIndex,
  item,
}: {
  planId: string;
  date: string;
  kind: GuidedKind;
  itemIndex: number;
  item: PlanItem;
}) {
  const [choice, setChoice] = useState<ExerciseId | undefined>(undefined);
  const steps = useMemo(() => sessionSteps(item, { choice }), [item, choice]);
  const reducer = useMemo(() => runnerReducer(steps), [steps]);
  const [state, dispatch] = useReducer(reducer, undefined, initialRunner);
  const [now, setNow] = useState(() => performance.now());
  const [sound, setSound] = useState(readSound);
  const [counts, setCounts] = useState({ beeps: 0, buzzes: 0, last: '' });
  const [announcement, setAnnouncement] = useState('');
  const signaller = useRef(createSignaller());
  const step = steps[state.index];

  useWakeLock(state.phase === 'running');

  // Tick while running: read the clock, redraw, let the state machine move on at zero. An interval, not a
  // timeout set after each render, so every tick carries its own clock reading even when renders lag.
  const running = state.phase === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      const t = performance.now();
      setNow(t);
      dispatch({ type: 'tick', now: t });
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [running]);

  // Each signal once: a beep (if sound is on) and a buzz; none for one long overdue (the screen was off).
  const lastSeq = useRef(0);
  useEffect(() => {
    const due = state.signals.filter((s) => s.seq > lastSeq.current);
    if (due.length === 0) return;
    lastSeq.current = due.at(-1)!.seq;
    let beeps = 0;
    let buzzes = 0;
    for (const s of due.filter((d) => !d.late)) {
      const played = signaller.current.play(s.kind, sound);
      if (played.beeped) beeps++;
      if (played.buzzed) buzzes++;
    }
    setCounts((c) => ({ beeps: c.beeps + beeps, buzzes: c.buzzes + buzzes, last: due.at(-1)!.kind }));
  }, [state.signals, sound]);

  // Say each new step once, not every second.
  useEffect(() => {
    if (state.phase === 'finished') setAnnouncement('Session finished. Log how it went below.');
    else if (state.phase !== 'ready' && step) setAnnouncement(announceWords(step));
  }, [state.phase, state.index, step]);

  useEffect(() => {
    const s = signaller.current;
    return () => s.close();
  }, []);

  const act = (type: 'start' | 'done' | 'skip' | 'back' | 'pause' | 'resume' | 'stop') => {
    if (type === 'start' || type === 'resume') signaller.current.unlock();
    const t = performance.now();
    setNow(t);
    dispatch({ type, now: t });
  };

  const name = SESSION_NAME[kind];
  const rootData = {
    'data-phase': state.phase,
    'data-step': step?.type ?? 'none',
    'data-beeps': counts.beeps,
    'data-buzzes': counts.buzzes,
    'data-last-signal': counts.last,
  };
  const live = (
    <p className="visually-hidden" aria-live="polite">
      {announcement}
    </p>
  );

  if (state.phase === 'ready') {
    const options = item.kind === 'active_recovery' ? (item.exercises ?? []) : [];
    const exercises = sessionExercises(item, { choice });
    return (
      <main className="player player-start" {...rootData}>
        <div className="player-scroll">
          <div className="player-start-top">
            <p className="player-kicker">{dayWords(date)}</p>
            <SoundToggle on={sound} onChange={setSound} />
          </div>
          <h1>{name}</h1>
          <p className="muted">
            {aboutMinutes(sessionLengthS(steps))}. Stop any exercise that brings on sharp pain.
          </p>
          {options.length > 1 && (
            <fieldset className="log-question">
              <legend>Pick one for today</legend>
              <div className="stacked-choices">
                {options.map((ex) => {
                  const picked = (choice ?? options[0]!.id) === ex.id;
                  return (
                    <label key={ex.id} className={picked ? 'selected' : undefined}>
                      <input
                        type="radio"
                        name="recovery-choice"
                        checked={picked}
                        onChange={() => setChoice(ex.id)}
                      />
                      {LIBRARY[ex.id].name}
                    </label>
                  );
                })}
              </div>
            </fieldset>
          )}
          <ol className="session-outline">
            {exercises.map((ex) => (
              <li key={ex.id}>
                <span className="outline-name">{LIBRARY[ex.id].name}</span>
                <span className="muted">{doseWords(ex.id, ex)}</span>
              </li>
            ))}
          </ol>
        </div>
        <div className="player-controls">
          <Link className="button player-side" to="/plan">
            Not now
          </Link>
          <button type="button" className="button primary player-main" onClick={() => act('start')}>
            <PlayerIcon name="play" /> Start
          </button>
        </div>
        {live}
      </main>
    );
  }

  if (state.phase === 'finished' || !step) {
    const tallies = tallySets(steps, new Set(state.finished));
    const done = tallies.reduce((n, t) => n + t.setsDone, 0);
    const planned = tallies.reduce((n, t) => n + t.sets, 0);
    return (
      <main className="player player-finished" {...rootData}>
        <div className="player-scroll">
          <div className="finished-banner">
            <span className="finished-mark" aria-hidden="true">
              ✓
            </span>
            <h1>{state.stoppedEarly ? 'Stopped early' : 'Session done'}</h1>
            <p>
              {name}: {done} of {planned} {planned === 1 ? 'set' : 'sets'} done.
              {state.stoppedEarly ? ' If something hurt, stopping was the right call.' : ''}
            </p>
          </div>
          <SessionLog planId={planId} date={date} kind={kind} itemIndex={itemIndex} tallies={tallies} />
        </div>
        {live}
      </main>
    );
  }

  const paused = state.phase === 'paused';
  const workIndexes = steps.flatMap((s, i) => (isWork(s) ? [i] : []));
  const workDone = workIndexes.filter((i) => i < state.index).length;
  const figure = figureOf(step);
  const cue = step.type === 'hold' || step.type === 'reps' ? LIBRARY[step.exerciseId].cues[0] : undefined;
  const left = state.countdown ? remainingMs(state.countdown, now) : 0;
  return (
    <main className={`player player-${step.type}${paused ? ' player-paused' : ''}`} {...rootData}>
      <header className="player-top">
        <button type="button" className="player-chip" onClick={() => act('stop')}>
          Stop early
        </button>
        <SoundToggle on={sound} onChange={setSound} />
      </header>
      <div
        className="player-progress"
        role="progressbar"
        aria-label="Sets done"
        aria-valuemin={0}
        aria-valuemax={workIndexes.length}
        aria-valuenow={workDone}
      >
        <div
          className="player-progress-fill"
          style={{ width: `${(100 * workDone) / workIndexes.length}%` }}
        />
      </div>
      <div className="player-body">
        {(paused || kicker(step)) && (
          <p className="player-kicker">
            {[paused ? 'Paused' : null, kicker(step)].filter(Boolean).join(' · ')}
          </p>
        )}
        <h1 className="player-name">{heading(step)}</h1>
        {figure && (
          <div className="player-figure">
            <ExerciseFigure id={figure} />
          </div>
        )}
        {state.countdown ? (
          <TimerRing leftMs={left} totalMs={state.countdown.durationMs} label={heading(step)} />
        ) : (
          step.type === 'reps' && <p className="player-reps">{repsWords(step)}</p>
        )}
        {cue && <p className="player-cue">{cue}</p>}
        <p className="player-next">
          <span className="player-next-label">Next</span> {nextWords(step.next)}
        </p>
      </div>
      <div className="player-controls">
        <button type="button" className="button player-side" onClick={() => act('back')}>
          <PlayerIcon name="back" /> Back
        </button>
        {step.type === 'reps' ? (
          <button type="button" className="button primary player-main" onClick={() => act('done')}>
            Done
          </button>
        ) : (
          <button
            type="button"
            className="button primary player-main"
            onClick={() => act(paused ? 'resume' : 'pause')}
          >
            <PlayerIcon name={paused ? 'play' : 'pause'} /> {paused ? 'Resume' : 'Pause'}
          </button>
        )}
        <button type="button" className="button player-side" onClick={() => act('skip')}>
          Skip <PlayerIcon name="skip" />
        </button>
      </div>
      {live}
    </main>
  );
}

/** "Tuesday 4 March" for a plan day, read as a calendar date (no time-zone shift). */
function dayWords(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return d.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
}
