import { GROUND_Y, HEAD_R, ROLLER_R, VIEW, type Limb, type Pose, type Pt } from './pose-kit';

/** One drawn part of the figure: its path in a pose, and how it is drawn. */
export interface Part {
  key: string;
  look: 'near' | 'far' | 'head' | 'prop' | 'band';
  d: string;
}

const xy = ([x, y]: Pt): string => `${x} ${y}`;
const line = (...pts: Pt[]): string => `M ${pts.map(xy).join(' L ')}`;
const limb = (from: Pt, l: Limb): string => line(from, l.mid, l.end);
/** A circle as a path (two arcs), so it can move like the limbs. */
const circle = ([x, y]: Pt, r: number): string =>
  `M ${x - r} ${y} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0`;
const square = ([x, y]: Pt, s: number): string =>
  line([x - s, y - s], [x + s, y - s], [x + s, y + s], [x - s, y + s]) + ' Z';

/**
 * The paths of one pose, far side first so the near side draws over it. Two poses of one exercise give the
 * same keys in the same order with the same path commands, so the drawing can move from one to the other.
 */
export function parts(p: Pose): Part[] {
  const out: Part[] = [{ key: 'ground', look: 'prop', d: line([0, GROUND_Y], [VIEW.width, GROUND_Y]) }];
  for (const [i, prop] of (p.props ?? []).entries()) {
    const key = `prop-${i}`;
    if (prop.kind === 'box')
      out.push({
        key,
        look: 'prop',
        d:
          line(
            [prop.x, GROUND_Y],
            [prop.x, GROUND_Y - prop.h],
            [prop.x + prop.w, GROUND_Y - prop.h],
            [prop.x + prop.w, GROUND_Y],
          ) + ' Z',
      });
    if (prop.kind === 'roller')
      out.push({ key, look: 'prop', d: circle([prop.x, GROUND_Y - ROLLER_R], ROLLER_R) });
    if (prop.kind === 'wall') out.push({ key, look: 'prop', d: line([prop.x, GROUND_Y], [prop.x, 4]) });
  }
  out.push(
    { key: 'far-leg', look: 'far', d: limb(p.hip, p.legs[1]) },
    { key: 'far-arm', look: 'far', d: limb(p.shoulder, p.arms[1]) },
    { key: 'trunk', look: 'near', d: line(p.hip, p.shoulder) },
    { key: 'near-leg', look: 'near', d: limb(p.hip, p.legs[0]) },
    { key: 'near-arm', look: 'near', d: limb(p.shoulder, p.arms[0]) },
    { key: 'head', look: 'head', d: circle(p.head, HEAD_R) },
  );
  for (const [i, prop] of (p.props ?? []).entries()) {
    const key = `prop-${i}`;
    if (prop.kind === 'weight') out.push({ key, look: 'prop', d: square(p.arms[0].end, 2.5) });
    if (prop.kind === 'band') out.push({ key, look: 'band', d: line(p.legs[0].mid, p.legs[1].mid) });
  }
  return out;
}
