/**
 * The report's two charts as SVG text: the pain timeline and weekly running distance with spikes marked.
 * Presentation attributes only (no `style`), so the page's content security policy needs no inline styles
 * for them; every value is a number or escaped text.
 */
import { shortDay } from '../core/report/report-words';
import type { PainPoint, ReportWeek } from '../core/report/report-types';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML and SVG. @example esc('<a & b>') // '&lt;a &amp; b&gt;' */
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const W = 680;
const H = 170;
const PAD = { left: 34, right: 12, top: 14, bottom: 30 };
const DAY_MS = 86_400_000;
const INK = '#1f2933';
const GRID = '#d5dbe1';

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The mark of each source: check-ins filled circles, plan logs squares, diary diamonds. */
function mark(source: PainPoint['source'], x: number, y: number): string {
  if (source === 'checkin') return `<circle cx="${r1(x)}" cy="${r1(y)}" r="4.5" fill="#b42318"/>`;
  if (source === 'plan')
    return `<rect x="${r1(x - 3.5)}" y="${r1(y - 3.5)}" width="7" height="7" fill="#ffffff" stroke="#175cd3" stroke-width="1.6"/>`;
  return `<path d="M${r1(x)} ${r1(y - 5)}L${r1(x + 5)} ${r1(y)}L${r1(x)} ${r1(y + 5)}L${r1(x - 5)} ${r1(y)}Z" fill="#7a5af8"/>`;
}

/**
 * The pain timeline: every score (0–10) against time, from the first score (or two weeks before today) to
 * today, the check-ins joined by a line.
 * @example painTimelineSvg([], '2026-12-03') // an empty chart that says so
 */
export function painTimelineSvg(points: readonly PainPoint[], today: string): string {
  const end = Date.parse(`${today}T23:59:59.000Z`);
  const first = points.length ? Date.parse(points[0]!.at) : end;
  const start = Math.min(first, end - 14 * DAY_MS) - DAY_MS;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (t: number) => PAD.left + ((t - start) / (end - start)) * plotW;
  const y = (score: number) => PAD.top + (1 - score / 10) * plotH;
  const parts: string[] = [];
  for (const s of [0, 2, 4, 6, 8, 10]) {
    parts.push(
      `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${r1(y(s))}" y2="${r1(y(s))}" stroke="${GRID}" stroke-width="${s % 10 === 0 ? 1 : 0.6}"/>`,
      `<text x="${PAD.left - 6}" y="${r1(y(s) + 3.5)}" text-anchor="end" font-size="10" fill="${INK}">${s}</text>`,
    );
  }
  // Date ticks: about six, on whole days.
  const spanDays = Math.round((end - start) / DAY_MS);
  const step = Math.max(1, Math.round(spanDays / 6));
  for (let d = 0; d <= spanDays; d += step) {
    const t = start + d * DAY_MS;
    const day = new Date(t).toISOString().slice(0, 10);
    // The last label ends at the plot's edge rather than running off it.
    const anchor = x(t) > W - PAD.right - 20 ? 'end' : 'middle';
    parts.push(
      `<text x="${r1(Math.min(x(t), W - 2))}" y="${H - 10}" text-anchor="${anchor}" font-size="10" fill="${INK}">${esc(shortDay(day))}</text>`,
    );
  }
  const checkins = points.filter((p) => p.source === 'checkin');
  if (checkins.length > 1)
    parts.push(
      `<polyline fill="none" stroke="#b42318" stroke-width="1.4" points="${checkins
        .map((p) => `${r1(x(Date.parse(p.at)))},${r1(y(p.score))}`)
        .join(' ')}"/>`,
    );
  for (const p of points) parts.push(mark(p.source, x(Date.parse(p.at)), y(p.score)));
  if (!points.length)
    parts.push(
      `<text x="${W / 2}" y="${H / 2}" text-anchor="middle" font-size="12" fill="${INK}">No pain scores recorded yet</text>`,
    );
  const summary = points.length
    ? `Pain scores from ${shortDay(points[0]!.at.slice(0, 10))} to ${shortDay(points.at(-1)!.at.slice(0, 10))}: ${points.map((p) => p.score).join(', ')}`
    : 'No pain scores recorded yet';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${esc(summary)}"><title>${esc(summary)}</title>${parts.join('')}</svg>`;
}

/**
 * Weekly running distance, one bar a week (this week last, drawn lighter as it is not over); spike weeks in
 * amber with the rise written above.
 * @example weeklyKmSvg([{ weekStart: '2026-11-30', km: 10, runs: 2, complete: false, increasePct: null, spike: false }])
 */
export function weeklyKmSvg(weeks: readonly ReportWeek[]): string {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom - 10;
  const top = PAD.top + 10;
  const max = Math.max(10, ...weeks.map((w) => w.km));
  const scale = Math.ceil(max / 10) * 10;
  const slot = plotW / Math.max(1, weeks.length);
  const barW = slot * 0.62;
  const y = (km: number) => top + (1 - km / scale) * plotH;
  const parts: string[] = [];
  for (const f of [0, 0.5, 1]) {
    const km = scale * f;
    parts.push(
      `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${r1(y(km))}" y2="${r1(y(km))}" stroke="${GRID}" stroke-width="0.8"/>`,
      `<text x="${PAD.left - 6}" y="${r1(y(km) + 3.5)}" text-anchor="end" font-size="10" fill="${INK}">${km}</text>`,
    );
  }
  weeks.forEach((w, i) => {
    const cx = PAD.left + slot * i + slot / 2;
    const fill = w.spike ? '#dc6803' : w.complete ? '#475467' : '#98a2b3';
    const h = Math.max(0, y(0) - y(w.km));
    parts.push(
      `<rect x="${r1(cx - barW / 2)}" y="${r1(y(w.km))}" width="${r1(barW)}" height="${r1(h)}" fill="${fill}"/>`,
      `<text x="${r1(cx)}" y="${r1(y(w.km) - 4)}" text-anchor="middle" font-size="9.5" fill="${INK}">${w.km}</text>`,
      `<text x="${r1(cx)}" y="${H - 10}" text-anchor="middle" font-size="9.5" fill="${INK}">${esc(shortDay(w.weekStart))}</text>`,
    );
    if (w.spike)
      parts.push(
        `<text x="${r1(cx)}" y="${r1(y(w.km) - 15)}" text-anchor="middle" font-size="9.5" font-weight="bold" fill="#b54708">+${Math.round(w.increasePct ?? 0)}%</text>`,
      );
  });
  const summary = `Weekly running km, weeks from ${weeks[0] ? shortDay(weeks[0].weekStart) : '–'}: ${weeks
    .map((w) => `${w.km}${w.spike ? ' (spike)' : ''}`)
    .join(', ')}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${esc(summary)}"><title>${esc(summary)}</title>${parts.join('')}</svg>`;
}
