/**
 * The stick figure's skeleton: a pose is built from limb angles (so every drawing has the same proportions),
 * then set on the ground. Side view, facing right; angles in degrees with y pointing down
 * (0 = right, 90 = down, 180 = left, 270 = up). The first arm and leg are the near ones (drawn darker).
 */

export type Pt = readonly [number, number];
export interface Limb {
  /** Elbow or knee. */
  mid: Pt;
  /** Hand or foot. */
  end: Pt;
}

/** Things the figure uses, standing on the ground unless tied to a joint. */
export type Prop =
  | { kind: 'box'; x: number; w: number; h: number }
  | { kind: 'roller'; x: number }
  | { kind: 'wall'; x: number }
  | { kind: 'weight' }
  | { kind: 'band' };

export interface Pose {
  head: Pt;
  shoulder: Pt;
  hip: Pt;
  arms: readonly [Limb, Limb];
  legs: readonly [Limb, Limb];
  props?: readonly Prop[];
}

/** One or two frames: with two, the drawing moves from the first to the second and back. */
export type PoseFrames = readonly [Pose] | readonly [Pose, Pose];

export const VIEW = { width: 120, height: 80 } as const;
export const GROUND_Y = 76;
export const HEAD_R = 5;
export const ROLLER_R = 4;
export const BONES = { neck: 8, trunk: 24, upperArm: 11, forearm: 10, thigh: 18, shin: 18 } as const;

type Pair = readonly [number, number];

export interface Angles {
  trunk: number;
  /** Direction from shoulder to head; the trunk's by default. */
  head?: number;
  arms: readonly [Pair, Pair];
  legs: readonly [Pair, Pair];
  props?: readonly Prop[];
}

const rad = (deg: number): number => (deg * Math.PI) / 180;
const round = (n: number): number => Math.round(n * 10) / 10;

export const at = ([x, y]: Pt, length: number, deg: number): Pt => [
  round(x + length * Math.cos(rad(deg))),
  round(y + length * Math.sin(rad(deg))),
];

function limb(from: Pt, [first, second]: Pair, a: number, b: number): Limb {
  const mid = at(from, a, first);
  return { mid, end: at(mid, b, second) };
}

/** Every point of a pose that can touch the ground, with its lowest extent. */
function lowest(p: Pose): number {
  const ys = [
    p.head[1] + HEAD_R,
    p.shoulder[1],
    p.hip[1],
    ...[...p.arms, ...p.legs].flatMap((l) => [l.mid[1], l.end[1]]),
  ];
  return Math.max(...ys);
}

function shift(p: Pose, dx: number, dy: number): Pose {
  const m = ([x, y]: Pt): Pt => [round(x + dx), round(y + dy)];
  const ml = (l: Limb): Limb => ({ mid: m(l.mid), end: m(l.end) });
  return {
    head: m(p.head),
    shoulder: m(p.shoulder),
    hip: m(p.hip),
    arms: [ml(p.arms[0]), ml(p.arms[1])],
    legs: [ml(p.legs[0]), ml(p.legs[1])],
    ...(p.props ? { props: p.props } : {}),
  };
}

/**
 * A pose from angles with its hip at x = 60 (moved by `dx`), lowered or raised so its lowest point rests on the ground
 * (or `lift` above it, for a body resting on a roller or a box).
 */
export function body(a: Angles, { lift = 0, dx = 0 }: { lift?: number; dx?: number } = {}): Pose {
  const hip: Pt = [60, 40];
  const shoulder = at(hip, BONES.trunk, a.trunk);
  const raw: Pose = {
    hip,
    shoulder,
    head: at(shoulder, BONES.neck, a.head ?? a.trunk),
    arms: [
      limb(shoulder, a.arms[0], BONES.upperArm, BONES.forearm),
      limb(shoulder, a.arms[1], BONES.upperArm, BONES.forearm),
    ],
    legs: [limb(hip, a.legs[0], BONES.thigh, BONES.shin), limb(hip, a.legs[1], BONES.thigh, BONES.shin)],
    ...(a.props ? { props: a.props } : {}),
  };
  return shift(raw, dx, GROUND_Y - lift - lowest(raw));
}

/** The frames moved together so that both fit the drawing, centred across. */
export function centred(frames: PoseFrames): PoseFrames {
  const xs = frames.flatMap((p) => [
    p.head[0] - HEAD_R,
    p.head[0] + HEAD_R,
    p.shoulder[0],
    p.hip[0],
    ...[...p.arms, ...p.legs].flatMap((l) => [l.mid[0], l.end[0]]),
    ...(p.props ?? []).flatMap((q) =>
      q.kind === 'box'
        ? [q.x, q.x + q.w]
        : q.kind === 'roller'
          ? [q.x - ROLLER_R, q.x + ROLLER_R]
          : q.kind === 'wall'
            ? [q.x]
            : [],
    ),
  ]);
  const dx = round(VIEW.width / 2 - (Math.min(...xs) + Math.max(...xs)) / 2);
  const move = (p: Pose): Pose => {
    const moved = shift(p, dx, 0);
    const props = p.props?.map((q): Prop =>
      q.kind === 'box' || q.kind === 'roller' || q.kind === 'wall' ? { ...q, x: round(q.x + dx) } : q,
    );
    return props ? { ...moved, props } : moved;
  };
  return frames.length === 1 ? [move(frames[0])] : [move(frames[0]), move(frames[1])];
}

/** Every joint of a pose, for checks and drawing. */
export const points = (p: Pose): Pt[] => [
  p.head,
  p.shoulder,
  p.hip,
  ...[...p.arms, ...p.legs].flatMap((l) => [l.mid, l.end]),
];
