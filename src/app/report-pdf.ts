/**
 * The report as a PDF, made on the server with pdfkit (no browser): the same sections as the HTML page, in
 * the same order, with the two charts drawn as vectors. pdfkit's built-in Helvetica needs no font files.
 */
import PDFDocument from 'pdfkit';
import { dayWords, KIND_LABEL, orDash, sexWords, shortDay, URGENCY_LABEL } from '../core/report/report-words';
import type { ClinicianReport, PainPoint, ReportWeek } from '../core/report/report-types';
import { REPORT_SECTIONS } from './report-html';

type Doc = PDFKit.PDFDocument;

const MARGIN = 40;
const INK = '#1f2933';
const MUTED = '#667085';

function heading(doc: Doc, text: string): void {
  if (doc.y > doc.page.height - 120) doc.addPage();
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(10).fillColor('#344054').text(text.toUpperCase());
  const y = doc.y + 1;
  doc
    .moveTo(MARGIN, y)
    .lineTo(doc.page.width - MARGIN, y)
    .lineWidth(0.5)
    .strokeColor('#d0d5dd')
    .stroke();
  doc.moveDown(0.3).font('Helvetica').fontSize(9).fillColor(INK);
}

const line = (doc: Doc, text: string, options: PDFKit.Mixins.TextOptions = {}) =>
  doc.font('Helvetica').fontSize(9).fillColor(INK).text(text, options);

function chartFrame(doc: Doc, height: number): { x: number; y: number; w: number; h: number } {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
  const frame = { x: MARGIN + 24, y: doc.y + 4, w: doc.page.width - 2 * MARGIN - 30, h: height - 24 };
  doc.y += height;
  return frame;
}

function painChart(doc: Doc, points: readonly PainPoint[], today: string): void {
  const f = chartFrame(doc, 100);
  const end = Date.parse(`${today}T23:59:59.000Z`);
  const start = Math.min(points.length ? Date.parse(points[0]!.at) : end, end - 14 * 86_400_000) - 86_400_000;
  const x = (t: number) => f.x + ((t - start) / (end - start)) * f.w;
  const y = (s: number) => f.y + (1 - s / 10) * f.h;
  for (const s of [0, 5, 10]) {
    doc
      .moveTo(f.x, y(s))
      .lineTo(f.x + f.w, y(s))
      .lineWidth(0.4)
      .strokeColor('#d5dbe1')
      .stroke();
    doc
      .fontSize(7)
      .fillColor(INK)
      .text(String(s), f.x - 20, y(s) - 3, { width: 14, align: 'right' });
  }
  doc
    .fontSize(7)
    .text(shortDay(new Date(start).toISOString().slice(0, 10)), f.x, f.y + f.h + 4, { lineBreak: false });
  doc.text(shortDay(today), f.x + f.w - 40, f.y + f.h + 4, { width: 40, align: 'right', lineBreak: false });
  const checkins = points.filter((p) => p.source === 'checkin');
  checkins.forEach((p, i) => {
    const px = x(Date.parse(p.at));
    const py = y(p.score);
    if (i === 0) doc.moveTo(px, py);
    else doc.lineTo(px, py);
  });
  if (checkins.length > 1) doc.lineWidth(1).strokeColor('#b42318').stroke();
  for (const p of points) {
    const px = x(Date.parse(p.at));
    const py = y(p.score);
    if (p.source === 'checkin') doc.circle(px, py, 3).fillColor('#b42318').fill();
    else if (p.source === 'plan')
      doc
        .rect(px - 2.5, py - 2.5, 5, 5)
        .lineWidth(1)
        .strokeColor('#175cd3')
        .stroke();
    else
      doc
        .polygon([px, py - 3.5], [px + 3.5, py], [px, py + 3.5], [px - 3.5, py])
        .fillColor('#7a5af8')
        .fill();
  }
  doc.x = MARGIN;
}

function weeksChart(doc: Doc, weeks: readonly ReportWeek[]): void {
  const f = chartFrame(doc, 105);
  const scale = Math.ceil(Math.max(10, ...weeks.map((w) => w.km)) / 10) * 10;
  const slot = f.w / Math.max(1, weeks.length);
  const y = (km: number) => f.y + 10 + (1 - km / scale) * (f.h - 10);
  doc
    .moveTo(f.x, y(0))
    .lineTo(f.x + f.w, y(0))
    .lineWidth(0.4)
    .strokeColor('#d5dbe1')
    .stroke();
  doc
    .fontSize(7)
    .fillColor(INK)
    .text(`${scale} km`, f.x - 24, y(scale) - 3, { width: 20, align: 'right' });
  weeks.forEach((w, i) => {
    const cx = f.x + slot * i + slot / 2;
    const bw = slot * 0.6;
    const color = w.spike ? '#dc6803' : w.complete ? '#475467' : '#98a2b3';
    doc
      .rect(cx - bw / 2, y(w.km), bw, y(0) - y(w.km))
      .fillColor(color)
      .fill();
    const label = w.spike ? `${w.km} +${Math.round(w.increasePct ?? 0)}%` : String(w.km);
    doc.fontSize(6.5).fillColor(w.spike ? '#b54708' : INK);
    doc.text(label, cx - slot / 2, y(w.km) - 9, { width: slot, align: 'center', lineBreak: false });
    doc.fillColor(INK).text(shortDay(w.weekStart), cx - slot / 2, y(0) + 3, {
      width: slot,
      align: 'center',
      lineBreak: false,
    });
  });
  doc.x = MARGIN;
}

function body(doc: Doc, r: ClinicianReport): void {
  const [runner, triage, flags, pain, weeks, shoes, tried, changes, questions] = REPORT_SECTIONS;
  const s = r.summary;
  heading(doc, runner);
  line(
    doc,
    `Age ${orDash(s.age)}   Sex ${sexWords(s.sex)}   Pain for ${s.painDurationDays === null ? '–' : `${s.painDurationDays} days`}   ` +
      `Running history ${s.weeksOfHistory === null ? 'none recorded' : `${s.weeksOfHistory} weeks`}   ` +
      `Typical week ${orDash(s.typicalWeeklyKm, ' km')}   Runs a week ${orDash(s.runsPerWeek)}`,
  );
  if (s.goal) line(doc, `Goal: ${s.goal}`);

  heading(doc, triage);
  if (!r.triage) line(doc, 'No check-in yet.');
  else {
    const t = r.triage;
    doc
      .font('Helvetica-Bold')
      .fontSize(9.5)
      .text(`${URGENCY_LABEL[t.urgency]} (check-in of ${dayWords(t.at)})`);
    line(doc, `${t.headline}${t.stopRunning ? ' Advised to stop running meanwhile.' : ''}`);
    for (const rule of t.rules.slice(1)) line(doc, `- ${rule}`, { indent: 8 });
  }

  heading(doc, flags);
  if (!r.redFlags.length) line(doc, 'No check-in yet.');
  for (const f of r.redFlags)
    line(
      doc,
      `${dayWords(f.at)}: ${f.asked} questions, ${
        f.positive.length ? f.positive.map((p) => `${p.label}: ${p.answer}`).join('; ') : 'all answered No'
      }`,
    );

  heading(doc, pain);
  const p = r.pain;
  if (p.first && p.latest)
    line(
      doc,
      `First score ${p.first.score}/10 (${dayWords(p.first.at)}), latest ${p.latest.score}/10 (${dayWords(p.latest.at)}), highest ${p.highest}/10, ${p.points.length} ${p.points.length === 1 ? 'score' : 'scores'} in all.`,
    );
  painChart(doc, p.points, r.today);
  doc
    .fontSize(7)
    .fillColor(MUTED)
    .text('Red dots: check-ins. Blue squares: plan logs. Purple diamonds: pain diary.');
  for (const point of p.points
    .filter((q) => q.where.length)
    .slice(-4)
    .reverse())
    line(doc, `${dayWords(point.at)}: ${point.score}/10, ${point.where.join(', ')}`);

  heading(doc, weeks);
  weeksChart(doc, r.weeks);
  const spikes = r.weeks.filter((w) => w.spike);
  line(
    doc,
    spikes.length
      ? `Spikes (30% or more above the four weeks before): ${spikes.map((w) => `week of ${dayWords(w.weekStart)} (+${w.increasePct}%)`).join('; ')}.`
      : 'No spike in these 12 weeks.',
  );

  heading(doc, shoes);
  const list = r.shoes.filter((x) => x.inUse || !x.retired);
  if (!list.length) line(doc, 'No shoes recorded.');
  for (const x of list)
    line(doc, `${x.name}: ${x.distanceKm} km of ${x.retireKm} km${x.inUse ? ', in use' : ''}`);
  if (r.surface.treadmillPctLastTwoWeeks !== null)
    line(doc, `Treadmill: ${r.surface.treadmillPctLastTwoWeeks}% of the last two weeks' distance.`);

  heading(doc, tried);
  const t = r.tried;
  if (!t) line(doc, 'No exercise plan followed in backstride.');
  else {
    line(
      doc,
      `A ${t.weeks}-week plan started ${dayWords(t.startedAt)} (${t.status}): ${t.logged} of ${t.planned} sessions due so far were logged${t.pct === null ? '' : ` (${t.pct}%)`}.`,
    );
    line(
      doc,
      t.byKind.map((k) => `${KIND_LABEL[k.kind] ?? k.kind} ${k.logged} of ${k.planned}`).join('  ·  '),
      {
        indent: 8,
      },
    );
    if (t.painFirstWeek !== null && t.painLastWeek !== null)
      line(
        doc,
        `Mean pain during logged items: ${t.painFirstWeek}/10 first week, ${t.painLastWeek}/10 latest.`,
      );
  }

  heading(doc, changes);
  if (!r.changes.length) line(doc, 'Nothing changed in the last six weeks.');
  for (const c of r.changes) line(doc, `${dayWords(c.on)}: ${c.text}`);

  heading(doc, questions);
  r.questions.forEach((q, i) =>
    doc
      .font('Helvetica-Bold')
      .fontSize(9)
      .fillColor(INK)
      .text(`${i + 1}. ${q}`),
  );
}

/**
 * The report as PDF bytes (A4).
 * @example const bytes = await reportPdf(report); bytes.subarray(0, 5).toString() // '%PDF-'
 */
export function reportPdf(r: ClinicianReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `Running and back pain report, ${dayWords(r.today)}`, Creator: 'backstride' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(15).fillColor(INK).text('Running and back pain report');
  doc
    .font('Helvetica')
    .fontSize(8.5)
    .fillColor(MUTED)
    .text(
      `Made ${dayWords(r.today)} by backstride from the runner's own records: not a diagnosis. Times in ${r.timeZone}.`,
    );
  body(doc, r);
  doc.end();
  return done;
}
