import type { Units } from '../lib/settings';
import { formatDistance } from '../../../src/core/units/format';

const W = 340;
const PAD = 16;
const M_PER_DEG = 111_320;

/** Round distances for the scale bar, in metres. */
const SCALE_STEPS = [50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 50_000];
const SCALE_STEPS_MI = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 50].map((m) => m * 1609.344);

/**
 * The route from GPS as a line, no map tiles: equirectangular, longitude scaled by cos(latitude),
 * north up; start and finish marked, with a scale bar.
 */
export function RouteMap({
  lat,
  lon,
  units,
  distanceM,
}: {
  lat: (number | null)[];
  lon: (number | null)[];
  units: Units;
  distanceM: number;
}) {
  const pts: { x: number; y: number }[] = [];
  let latSum = 0;
  lat.forEach((la, i) => {
    const lo = lon[i];
    if (la === null || lo === null || lo === undefined || (la === 0 && lo === 0)) return;
    latSum += la;
    pts.push({ x: lo, y: la });
  });
  if (pts.length < 2) return null;
  const k = Math.cos(((latSum / pts.length) * Math.PI) / 180);
  // Metres east and north of the first point.
  const start0 = pts[0]!;
  const m = pts.map((p) => ({ x: (p.x - start0.x) * k * M_PER_DEG, y: (p.y - start0.y) * M_PER_DEG }));
  const minX = Math.min(...m.map((p) => p.x));
  const maxX = Math.max(...m.map((p) => p.x));
  const minY = Math.min(...m.map((p) => p.y));
  const maxY = Math.max(...m.map((p) => p.y));
  const spanX = Math.max(maxX - minX, 1);
  const spanY = Math.max(maxY - minY, 1);
  const H = Math.round(Math.min(360, Math.max(180, ((W - 2 * PAD) * spanY) / spanX + 2 * PAD)));
  const scale = Math.min((W - 2 * PAD) / spanX, (H - 2 * PAD - 18) / spanY);
  const offX = (W - spanX * scale) / 2;
  const offY = (H - 18 - spanY * scale) / 2;
  const px = (p: { x: number; y: number }) => ({
    x: offX + (p.x - minX) * scale,
    y: offY + (maxY - p.y) * scale,
  });
  const screen = m.map(px);
  const start = screen[0]!;
  const finish = screen[screen.length - 1]!;
  const mStart = m[0]!;
  const mFinish = m[m.length - 1]!;
  const apart = Math.hypot(mFinish.x - mStart.x, mFinish.y - mStart.y);
  const steps = units === 'km' ? SCALE_STEPS : SCALE_STEPS_MI;
  const bar = [...steps].reverse().find((s) => s * scale <= (W - 2 * PAD) / 3) ?? steps[0]!;
  const barPx = bar * scale;
  const barLabel =
    units === 'km'
      ? bar >= 1000
        ? `${bar / 1000} km`
        : `${bar} m`
      : `${Math.round((bar / 1609.344) * 100) / 100} mi`;
  const across = formatDistance(spanX, units);
  const tall = formatDistance(spanY, units);
  const shape =
    apart < 300
      ? `You finished ${apart < 50 ? 'where you started' : 'close to where you started'}.`
      : `You finished ${formatDistance(apart, units)} from where you started.`;
  const summary = `${shape} The route spans ${across} east to west and ${tall} north to south${
    distanceM > 0 ? `, ${formatDistance(distanceM, units)} in all` : ''
  }.`;
  return (
    <figure className="chart route-map">
      <figcaption className="chart-title">
        <strong>Route</strong> <span className="muted">(north is up)</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Route. ${summary}`}>
        <polyline
          className="route-line"
          points={screen.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}
        />
        {/* A bigger square than the start circle, so a loop's finish still shows around it. */}
        <rect
          x={finish.x - 10}
          y={finish.y - 10}
          width={20}
          height={20}
          className="route-finish"
          aria-hidden="true"
        />
        <circle cx={start.x} cy={start.y} r={7} className="route-start" aria-hidden="true" />
        <line x1={PAD} x2={PAD + barPx} y1={H - 8} y2={H - 8} className="route-scale" />
        <line x1={PAD} x2={PAD} y1={H - 13} y2={H - 3} className="route-scale" />
        <line x1={PAD + barPx} x2={PAD + barPx} y1={H - 13} y2={H - 3} className="route-scale" />
        <text x={PAD + barPx + 6} y={H - 4} className="axis">
          {barLabel}
        </text>
      </svg>
      <p className="chart-legend">
        <span className="legend">
          <span className="legend-start" aria-hidden="true" /> start
        </span>{' '}
        <span className="legend">
          <span className="legend-finish" aria-hidden="true" /> finish
        </span>
      </p>
      <p className="chart-summary">{summary}</p>
    </figure>
  );
}
