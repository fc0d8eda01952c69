import type { CSSProperties } from 'react';
import type { ExerciseId } from '../../../src/core/plan/doses';
import { LIBRARY } from '../../../src/core/plan/library';
import { parts } from './figure-paths';
import { VIEW, type PoseFrames } from './pose-kit';
import { POSES } from './poses';
import './figure.css';

const LOOK_CLASS = {
  near: 'figure-near',
  far: 'figure-far',
  head: 'figure-head',
  prop: 'figure-prop',
  band: 'figure-band',
};

/**
 * A stick figure from one or two poses. With two it moves between them (CSS); with reduced motion, or where the
 * browser cannot animate a path, it shows the second pose still. `label` is the drawing's text alternative.
 */
export function Figure({ frames, label }: { frames: PoseFrames; label: string }) {
  const end = parts(frames[frames.length - 1]!);
  const start = frames.length === 2 ? parts(frames[0]) : undefined;
  return (
    <svg
      className={start ? 'figure figure-moving' : 'figure'}
      viewBox={`0 0 ${VIEW.width} ${VIEW.height}`}
      role="img"
      aria-label={label}
    >
      {end.map((part, i) => {
        const from = start?.[i];
        const style = from
          ? ({ '--from': `path('${from.d}')`, '--to': `path('${part.d}')` } as CSSProperties)
          : undefined;
        return <path key={part.key} className={LOOK_CLASS[part.look]} d={part.d} style={style} />;
      })}
    </svg>
  );
}

/** The drawing of one exercise, named by its words in the library. */
export function ExerciseFigure({ id }: { id: ExerciseId }) {
  const text = LIBRARY[id];
  return <Figure frames={POSES[id]} label={`Drawing: ${text.name}. ${text.summary}`} />;
}
