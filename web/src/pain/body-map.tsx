/**
 * Where it hurts: a back view of the body with tappable areas, and the same choices as a list of
 * checkboxes (the drawing is for the eye and the finger; the list is what screen readers and keyboards use).
 */
import { useId } from 'react';
import { capital } from './words';
import { AREA_WORDS, PAIN_AREAS, areasText, type PainArea } from '../../../src/core/pain/pain-entry';

/** Each area's shape in a 200 × 430 back view; the runner's left is on the left, as seen from behind. */
const SHAPES: Record<PainArea, string> = {
  low_back_left: 'M62 150 H88 V196 H60 Q60 170 62 150 Z',
  low_back_central: 'M90 150 H110 V196 H90 Z',
  low_back_right: 'M112 150 H138 Q140 170 140 196 H112 Z',
  buttock_left: 'M59 199 H98 V252 H64 Q56 230 59 199 Z',
  buttock_right: 'M102 199 H141 Q144 230 136 252 H102 Z',
  thigh_left: 'M64 255 H98 L96 332 H70 Z',
  thigh_right: 'M102 255 H136 L130 332 H104 Z',
  below_knee_left: 'M70 340 H96 L92 420 H74 Z',
  below_knee_right: 'M104 340 H130 L126 420 H108 Z',
};

/** The rest of the body, drawn but not tappable. */
const SILHOUETTE =
  'M100 8 a22 22 0 1 1 -0.1 0 Z M86 50 H114 V58 H86 Z M60 60 Q100 52 140 60 L142 148 H58 Z ' +
  'M40 64 L56 62 L54 150 L44 200 L32 198 L38 140 Z M160 64 L144 62 L146 150 L156 200 L168 198 L162 140 Z';

export function BodyMap({
  value,
  onChange,
}: {
  value: readonly PainArea[];
  onChange: (areas: PainArea[]) => void;
}) {
  const id = useId();
  const toggle = (a: PainArea) =>
    onChange(
      value.includes(a)
        ? value.filter((x) => x !== a)
        : PAIN_AREAS.filter((x) => x === a || value.includes(x)),
    );
  return (
    <fieldset className="body-map" aria-describedby={`${id}-chosen`}>
      <legend>Where is the pain?</legend>
      <p className="field-hint">
        Tap every place that hurts. The drawing shows your back: your left is on the left.
      </p>
      <div className="body-map-row">
        <svg viewBox="0 0 200 430" className="body-map-svg" aria-hidden="true">
          <path d={SILHOUETTE} className="body-rest" />
          <text x="30" y="250" className="body-side">
            L
          </text>
          <text x="162" y="250" className="body-side">
            R
          </text>
          {PAIN_AREAS.map((a) => (
            <path
              key={a}
              d={SHAPES[a]}
              data-area={a}
              className={`body-area${value.includes(a) ? ' on' : ''}`}
              onClick={() => toggle(a)}
            >
              <title>{AREA_WORDS[a]}</title>
            </path>
          ))}
        </svg>
        <div className="area-list">
          {PAIN_AREAS.map((a) => (
            <label key={a} className={`choice${value.includes(a) ? ' selected' : ''}`}>
              <input type="checkbox" checked={value.includes(a)} onChange={() => toggle(a)} />
              {capital(AREA_WORDS[a])}
            </label>
          ))}
        </div>
      </div>
      <p id={`${id}-chosen`} className="muted" aria-live="polite">
        {value.length === 0 ? 'No place chosen yet.' : `Chosen: ${areasText(value)}.`}
      </p>
    </fieldset>
  );
}
