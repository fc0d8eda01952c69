/** A still of a foot landing, grabbed from the clip on the phone, with the measured lines drawn over the runner. */
import { useEffect, useRef, useState } from 'react';
import type { ClipFacts, FootContact, PoseFrame } from '../../../src/core/form/types';
import { grabFrame } from './pipeline';
import { stillLines, type Point } from './still-lines';

const MAX_W = 640;

function draw(
  canvas: HTMLCanvasElement,
  bitmap: ImageBitmap,
  frame: PoseFrame,
  clip: ClipFacts,
  facing: 'left' | 'right',
  overstrideWords: string,
): boolean {
  const scale = Math.min(1, MAX_W / bitmap.width);
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return false;
  ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  const lines = stillLines(frame, facing);
  if (!lines) return true;
  // Keypoints are in the clip's pixels; the bitmap may be a different size.
  const sx = canvas.width / clip.widthPx;
  const sy = canvas.height / clip.heightPx;
  const p = (q: Point) => [q.x * sx, q.y * sy] as const;
  const stroke = (colour: string, width: number, points: Point[], dash: number[] = []) => {
    ctx.beginPath();
    ctx.setLineDash(dash);
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    points.forEach((q, i) => (i === 0 ? ctx.moveTo(...p(q)) : ctx.lineTo(...p(q))));
    ctx.stroke();
  };
  const w = Math.max(2, canvas.width / 200);
  stroke(
    'rgba(255,255,255,0.9)',
    w,
    [
      { x: lines.hip.x, y: 0 },
      { x: lines.hip.x, y: clip.heightPx },
    ],
    [8, 6],
  );
  stroke('#2dd4bf', w * 1.5, [lines.hip, lines.shoulder]);
  stroke('#facc15', w * 1.5, lines.leg);
  stroke('#f97316', w * 2, lines.overstride);
  const [ax, ay] = p(lines.overstride[1]);
  ctx.setLineDash([]);
  ctx.font = `${Math.round(w * 7)}px system-ui, sans-serif`;
  ctx.fillStyle = '#ffffff';
  ctx.strokeStyle = 'rgba(0,0,0,0.8)';
  ctx.lineWidth = w * 1.5;
  // Beside the ankle, on whichever side leaves the words inside the picture.
  const textW = ctx.measureText(overstrideWords).width;
  const tx = ax + 6 + textW <= canvas.width ? ax + 6 : Math.max(0, ax - 6 - textW);
  ctx.strokeText(overstrideWords, tx, ay - 10);
  ctx.fillText(overstrideWords, tx, ay - 10);
  return true;
}

export function StillCanvas({
  file,
  contact,
  frame,
  clip,
  facing,
  overstrideWords,
}: {
  file: Blob;
  contact: FootContact;
  frame: PoseFrame;
  clip: ClipFacts;
  facing: 'left' | 'right';
  overstrideWords: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'loading' | 'shown' | 'failed'>('loading');
  useEffect(() => {
    let live = true;
    grabFrame(file, contact.timeS)
      .then((bitmap) => {
        if (live && ref.current)
          setState(draw(ref.current, bitmap, frame, clip, facing, overstrideWords) ? 'shown' : 'failed');
        bitmap.close();
      })
      .catch(() => live && setState('failed'));
    return () => {
      live = false;
    };
  }, [file, contact.timeS, frame, clip, facing, overstrideWords]);
  return (
    <figure className="card form-still">
      <canvas
        ref={ref}
        hidden={state !== 'shown'}
        role="img"
        aria-label={`A foot landing at ${contact.timeS.toFixed(1)} s, with lines over the runner: the front leg from hip to knee to ankle in yellow, hip to shoulder in green, a dashed upright line through the hip, and in orange how far the foot lands ahead of it (${overstrideWords}).`}
      />
      {state === 'loading' && <p className="muted">Drawing a still of a foot landing…</p>}
      {state === 'failed' && (
        <p className="muted">
          The still could not be drawn on this phone; the numbers above are not affected.
        </p>
      )}
      <figcaption className="small">
        A foot landing, {contact.timeS.toFixed(1)} s into the clip. Yellow: your front leg. Green: hip to
        shoulder. Dashed: upright through your hip. Orange: how far ahead of it your foot lands.
      </figcaption>
    </figure>
  );
}
