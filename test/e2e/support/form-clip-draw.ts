/**
 * Draws the synthetic runner (form-clip-kinematics) as a figure a pose model takes for a person: pose models are
 * trained on photos, so limbs are filled and tapered with skin, shirt, shorts, socks and shoes, shaded across
 * their width, the head has hair, an ear, an eye and a nose, and the far limbs are darker. Runs in Chromium.
 */
import type { FramePoses, Point, RunnerPose } from './form-clip-kinematics';

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface RunnerLook {
  skin: string;
  hair: string;
  shirt: string;
  shorts: string;
  sock: string;
  shoe: string;
  sole: string;
}

export const LOOKS: readonly RunnerLook[] = [
  {
    skin: '#d39a74',
    hair: '#3b2a1e',
    shirt: '#2f6fd6',
    shorts: '#1f2430',
    sock: '#f1f1f1',
    shoe: '#e4572e',
    sole: '#f5f5f5',
  },
  {
    skin: '#8d5a3b',
    hair: '#151515',
    shirt: '#d63d3d',
    shorts: '#2c3e50',
    sock: '#e8e8e8',
    shoe: '#2b2b2b',
    sole: '#dddddd',
  },
];

function shade(hex: string, k: number): string {
  const n = parseInt(hex.slice(1), 16);
  const c = (v: number): number => Math.max(0, Math.min(255, Math.round(v * k)));
  return `rgb(${c((n >> 16) & 255)},${c((n >> 8) & 255)},${c(n & 255)})`;
}

const mix = (a: Point, b: Point, t: number): Point => ({
  x: a.x + (b.x - a.x) * t,
  y: a.y + (b.y - a.y) * t,
});

/** A tapered, rounded limb from a to b, lit from above-front so it reads as a solid. */
function limb(ctx: Ctx, a: Point, b: Point, wa: number, wb: number, colour: string, light = 1): void {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const nx = -dy / len;
  const ny = dx / len;
  const g = ctx.createLinearGradient(
    a.x + (nx * wa) / 2,
    a.y + (ny * wa) / 2,
    a.x - (nx * wa) / 2,
    a.y - (ny * wa) / 2,
  );
  g.addColorStop(0, shade(colour, 0.72 * light));
  g.addColorStop(0.45, shade(colour, 1.08 * light));
  g.addColorStop(1, shade(colour, 0.8 * light));
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.moveTo(a.x + (nx * wa) / 2, a.y + (ny * wa) / 2);
  ctx.lineTo(b.x + (nx * wb) / 2, b.y + (ny * wb) / 2);
  ctx.lineTo(b.x - (nx * wb) / 2, b.y - (ny * wb) / 2);
  ctx.lineTo(a.x - (nx * wa) / 2, a.y - (ny * wa) / 2);
  ctx.closePath();
  ctx.fill();
  ctx.beginPath();
  ctx.arc(a.x, a.y, wa / 2, 0, Math.PI * 2);
  ctx.arc(b.x, b.y, wb / 2, 0, Math.PI * 2);
  ctx.fillStyle = shade(colour, 0.95 * light);
  ctx.beginPath();
  ctx.arc(a.x, a.y, wa / 2, 0, Math.PI * 2);
  ctx.fill();
  ctx.beginPath();
  ctx.arc(b.x, b.y, wb / 2, 0, Math.PI * 2);
  ctx.fill();
}

function leg(ctx: Ctx, p: RunnerPose, s: RunnerPose['near'], look: RunnerLook, light: number): void {
  const m = p.scale;
  const shortsEnd = mix(s.hip, s.knee, 0.45);
  limb(ctx, s.hip, s.knee, 0.16 * m, 0.11 * m, look.skin, light);
  limb(ctx, s.knee, s.ankle, 0.11 * m, 0.07 * m, look.skin, light);
  limb(ctx, s.hip, shortsEnd, 0.2 * m, 0.16 * m, look.shorts, light);
  limb(ctx, mix(s.knee, s.ankle, 0.92), s.ankle, 0.072 * m, 0.072 * m, look.sock, light);
  // The shoe: a rounded wedge from heel to toe with a pale sole.
  const up = {
    x: (s.ankle.x - mix(s.heel, s.toe, 0.3).x) * 0.9,
    y: (s.ankle.y - mix(s.heel, s.toe, 0.3).y) * 0.9,
  };
  ctx.fillStyle = shade(look.shoe, light);
  ctx.beginPath();
  ctx.moveTo(s.heel.x, s.heel.y);
  ctx.lineTo(s.toe.x, s.toe.y);
  ctx.quadraticCurveTo(
    s.toe.x + up.x * 0.6,
    s.toe.y + up.y * 0.6,
    mix(s.heel, s.toe, 0.55).x + up.x,
    mix(s.heel, s.toe, 0.55).y + up.y,
  );
  ctx.lineTo(s.heel.x + up.x * 1.1, s.heel.y + up.y * 1.1);
  ctx.closePath();
  ctx.fill();
  ctx.strokeStyle = shade(look.sole, light);
  ctx.lineWidth = 0.02 * m;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(s.heel.x, s.heel.y);
  ctx.lineTo(s.toe.x, s.toe.y);
  ctx.stroke();
}

function arm(ctx: Ctx, p: RunnerPose, s: RunnerPose['near'], look: RunnerLook, light: number): void {
  const m = p.scale;
  limb(ctx, s.shoulder, s.elbow, 0.085 * m, 0.07 * m, look.skin, light);
  limb(ctx, s.elbow, s.wrist, 0.07 * m, 0.055 * m, look.skin, light);
  limb(ctx, s.shoulder, mix(s.shoulder, s.elbow, 0.45), 0.12 * m, 0.1 * m, look.shirt, light);
  const hand = mix(s.elbow, s.wrist, 1.18);
  ctx.fillStyle = shade(look.skin, 0.95 * light);
  ctx.beginPath();
  ctx.arc(hand.x, hand.y, 0.045 * m, 0, Math.PI * 2);
  ctx.fill();
}

const TRUNK_BELOW_HIP = 0.06;
const TRUNK_ABOVE_SHOULDER = 0.06;

function torsoAndHead(ctx: Ctx, p: RunnerPose, look: RunnerLook): void {
  const m = p.scale;
  const hip = p.near.hip;
  const sh = p.near.shoulder;
  limb(ctx, p.neck, mix(p.neck, p.head, 0.5), 0.11 * m, 0.1 * m, look.skin);
  // The round ends of the trunk reach only a few centimetres past the hip and shoulder joints, as a body does,
  // so the model does not read the joints higher or lower than they are.
  const len = Math.hypot(sh.x - hip.x, sh.y - hip.y) / m;
  const low = mix(hip, sh, (0.135 - TRUNK_BELOW_HIP) / len);
  const high = mix(sh, hip, (0.145 - TRUNK_ABOVE_SHOULDER) / len);
  limb(ctx, low, high, 0.27 * m, 0.29 * m, look.shirt);
  limb(ctx, low, mix(hip, sh, 0.36), 0.28 * m, 0.27 * m, look.shorts);
  const dir = p.facing === 'right' ? 1 : -1;
  const r = p.headR;
  const { x, y } = p.head;
  const g = ctx.createRadialGradient(x + dir * r * 0.3, y - r * 0.3, r * 0.2, x, y, r * 1.1);
  g.addColorStop(0, shade(look.skin, 1.1));
  g.addColorStop(1, shade(look.skin, 0.8));
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.ellipse(x, y, r * 0.92, r * 1.08, 0, 0, Math.PI * 2);
  ctx.fill();
  // Nose, chin, hair on the back and top, an ear, an eye and a mouth: a face seen from the side.
  ctx.beginPath();
  ctx.moveTo(x + dir * r * 0.85, y - r * 0.2);
  ctx.lineTo(p.nose.x, p.nose.y);
  ctx.lineTo(x + dir * r * 0.85, y + r * 0.15);
  ctx.fill();
  ctx.fillStyle = look.hair;
  ctx.beginPath();
  ctx.ellipse(x - dir * r * 0.12, y - r * 0.3, r * 0.9, r * 0.82, 0, Math.PI, Math.PI * 2);
  ctx.fill();
  ctx.beginPath();
  ctx.ellipse(x - dir * r * 0.45, y - r * 0.05, r * 0.5, r * 0.75, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = shade(look.skin, 0.85);
  ctx.beginPath();
  ctx.ellipse(x - dir * r * 0.05, y + r * 0.05, r * 0.18, r * 0.25, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#1b1b1b';
  ctx.beginPath();
  ctx.arc(x + dir * r * 0.55, y - r * 0.15, r * 0.09, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = shade(look.skin, 0.6);
  ctx.lineWidth = Math.max(1, r * 0.07);
  ctx.beginPath();
  ctx.moveTo(x + dir * r * 0.55, y + r * 0.5);
  ctx.lineTo(x + dir * r * 0.85, y + r * 0.45);
  ctx.stroke();
}

export function drawRunner(ctx: Ctx, p: RunnerPose, look: RunnerLook): void {
  arm(ctx, p, p.far, look, 0.68);
  leg(ctx, p, p.far, look, 0.68);
  torsoAndHead(ctx, p, look);
  leg(ctx, p, p.near, look, 1);
  arm(ctx, p, p.near, look, 1);
}

/** A plain park scene: sky, a hedge with posts and a path whose marks move with the ground. */
export function drawScene(
  ctx: Ctx,
  f: FramePoses,
  width: number,
  height: number,
  treadmillsX: number[],
): void {
  const horizon = height * 0.52;
  const sky = ctx.createLinearGradient(0, 0, 0, horizon);
  sky.addColorStop(0, '#a9c6e2');
  sky.addColorStop(1, '#e3ecf2');
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, width, horizon);
  ctx.fillStyle = '#5d7f4a';
  ctx.fillRect(0, horizon, width, height * 0.12);
  ctx.fillStyle = '#9a9a92';
  ctx.fillRect(0, horizon + height * 0.12, width, height);
  ctx.fillStyle = '#b9b7ad';
  ctx.fillRect(0, f.groundYPx + height * 0.02, width, height);
  const spacing = width / 3;
  const shift = ((f.groundShiftPx * 0.6) % spacing) + spacing;
  ctx.fillStyle = '#6e5b45';
  for (let x = shift - 2 * spacing; x < width + spacing; x += spacing) {
    ctx.fillRect(x, horizon - height * 0.05, width * 0.012, height * 0.17);
  }
  const mark = width / 6;
  const mshift = (f.groundShiftPx % mark) + mark;
  ctx.fillStyle = '#d8d6cc';
  for (let x = mshift - 2 * mark; x < width + mark; x += mark) {
    ctx.fillRect(x, f.groundYPx + height * 0.05, mark * 0.45, height * 0.012);
  }
  ctx.fillStyle = '#2d2d2d';
  for (const cx of treadmillsX)
    ctx.fillRect(cx - height * 0.3, f.groundYPx - 2, height * 0.6, height * 0.035);
}
