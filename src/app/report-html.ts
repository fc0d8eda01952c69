/**
 * The report as one HTML page that prints on A4: server-rendered, no script, its stylesheet inline under a
 * hash (`REPORT_CSP`). Every section is present even when empty, saying what is missing.
 */
import { dayWords, KIND_LABEL, orDash, sexWords, URGENCY_LABEL } from '../core/report/report-words';
import type { ClinicianReport, PainPoint } from '../core/report/report-types';
import { REPORT_CSS } from './report-css';
import { esc, painTimelineSvg, weeklyKmSvg } from './report-svg';

/** The section headings, in order: the HTML, the PDF and the tests read the same list. */
export const REPORT_SECTIONS = [
  'Runner',
  'Current triage',
  'Red-flag screening',
  'Pain timeline',
  'Weekly running distance',
  'Shoes and surface',
  'What was tried',
  'What changed recently',
  'Questions for the clinician',
] as const;

const [S_RUNNER, S_TRIAGE, S_FLAGS, S_PAIN, S_WEEKS, S_SHOES, S_TRIED, S_CHANGES, S_QUESTIONS] =
  REPORT_SECTIONS;

const fact = (label: string, value: string) => `<div><dt>${esc(label)}</dt><dd>${esc(value)}</dd></div>`;
const none = (text: string) => `<p class="muted">${esc(text)}</p>`;

function runner(r: ClinicianReport): string {
  const s = r.summary;
  return `<section><h2>${S_RUNNER}</h2><dl class="facts">${[
    fact('Age', orDash(s.age)),
    fact('Sex', sexWords(s.sex)),
    fact('Pain for', s.painDurationDays === null ? '–' : `${s.painDurationDays} days`),
    fact('Running history', s.weeksOfHistory === null ? 'none recorded' : `${s.weeksOfHistory} weeks`),
    fact('Typical week', orDash(s.typicalWeeklyKm, ' km')),
    fact('Runs a week', orDash(s.runsPerWeek)),
  ].join('')}</dl>${s.goal ? `<p class="goal"><strong>Goal:</strong> ${esc(s.goal)}</p>` : ''}</section>`;
}

function triage(r: ClinicianReport): string {
  const t = r.triage;
  if (!t) return `<section><h2>${S_TRIAGE}</h2>${none('No check-in yet.')}</section>`;
  const rules = t.rules.length > 1 ? `<ul>${t.rules.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : '';
  return `<section><h2>${S_TRIAGE}</h2>
<p><span class="urgency u-${t.urgency}">${esc(URGENCY_LABEL[t.urgency])}</span> at the check-in of ${esc(dayWords(t.at))}${t.complete ? '' : ' (not every question answered)'}.</p>
<p><strong>${esc(t.headline)}</strong>${t.stopRunning ? ' Advised to stop running meanwhile.' : ''}</p>${rules}</section>`;
}

function redFlags(r: ClinicianReport): string {
  if (!r.redFlags.length) return `<section><h2>${S_FLAGS}</h2>${none('No check-in yet.')}</section>`;
  const rows = r.redFlags
    .map(
      (f) =>
        `<tr><td>${esc(dayWords(f.at))}</td><td class="num">${f.asked}</td><td>${
          f.positive.length
            ? f.positive.map((p) => `<span class="flag">${esc(p.label)}: ${p.answer}</span>`).join('; ')
            : 'All answered No'
        }</td></tr>`,
    )
    .join('');
  return `<section><h2>${S_FLAGS}</h2><table><thead><tr><th>Check-in</th><th class="num">Questions</th><th>Answered Yes or Not sure</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

const sourceWords = (p: PainPoint) =>
  p.source === 'checkin' ? 'check-in' : p.source === 'plan' ? `plan log, ${p.context ?? ''}` : 'pain diary';

function pain(r: ClinicianReport): string {
  const { first, latest, highest, points } = r.pain;
  const placed = points
    .filter((p) => p.where.length > 0)
    .slice(-4)
    .reverse();
  const line =
    first && latest
      ? `<p>First score <strong>${first.score}/10</strong> (${esc(dayWords(first.at))}), latest <strong>${latest.score}/10</strong> (${esc(dayWords(latest.at))}, ${esc(sourceWords(latest))}), highest ${highest}/10, ${points.length} ${points.length === 1 ? 'score' : 'scores'} in all.</p>`
      : '';
  const where = placed.length
    ? `<table><thead><tr><th>Date</th><th class="num">Pain</th><th>Where</th></tr></thead><tbody>${placed
        .map(
          (p) =>
            `<tr><td>${esc(dayWords(p.at))}</td><td class="num">${p.score}/10</td><td>${esc(p.where.join(', '))}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : none('No location recorded.');
  return `<section><h2>${S_PAIN}</h2>${line}${painTimelineSvg(points, r.today)}
<p class="legend">0–10 scale.<span class="key k-checkin"></span>check-in<span class="key k-plan"></span>plan log (during an item or next morning)<span class="key k-diary"></span>pain diary</p>${where}</section>`;
}

function weeks(r: ClinicianReport): string {
  const spikes = r.weeks.filter((w) => w.spike);
  const spikeLine = spikes.length
    ? `<p>Spikes (30% or more above the four weeks before): ${spikes
        .map((w) => `week of ${esc(dayWords(w.weekStart))} (+${w.increasePct}%)`)
        .join('; ')}.</p>`
    : '<p>No spike in these 12 weeks (a spike: 30% or more above the four weeks before).</p>';
  return `<section><h2>${S_WEEKS}</h2>${weeklyKmSvg(r.weeks)}
<p class="legend">km a week, week starting Monday.<span class="key k-week"></span>complete week<span class="key k-spike"></span>spike<span class="key k-now"></span>this week so far</p>${spikeLine}</section>`;
}

function shoes(r: ClinicianReport): string {
  const list = r.shoes.filter((s) => s.inUse || !s.retired);
  const rows = list.length
    ? `<ul>${list
        .map(
          (s) =>
            `<li>${esc(s.name)}: ${s.distanceKm} km of ${s.retireKm} km${s.retired ? ' (retired)' : s.inUse ? ', in use' : ''}${s.addedAt ? `, added ${esc(dayWords(s.addedAt))}` : ''}</li>`,
        )
        .join('')}</ul>`
    : none('No shoes recorded.');
  const t = r.surface;
  const surface =
    t.treadmillPctLastTwoWeeks === null
      ? none('No running in the last two weeks.')
      : `<p>Treadmill: ${t.treadmillPctLastTwoWeeks}% of the last two weeks' distance${
          t.treadmillPctFourWeeksBefore === null
            ? ''
            : `, ${t.treadmillPctFourWeeksBefore}% in the four weeks before`
        }.</p>`;
  return `<section><h2>${S_SHOES}</h2>${rows}${surface}</section>`;
}

function tried(r: ClinicianReport): string {
  const t = r.tried;
  if (!t) return `<section><h2>${S_TRIED}</h2>${none('No exercise plan followed in backstride.')}</section>`;
  const kinds = t.byKind
    .map((k) => `<li>${esc(KIND_LABEL[k.kind] ?? k.kind)} <strong>${k.logged}</strong> of ${k.planned}</li>`)
    .join('');
  const pain =
    t.painFirstWeek !== null && t.painLastWeek !== null
      ? `<p>Mean pain during logged items: ${t.painFirstWeek}/10 in the first week logged, ${t.painLastWeek}/10 in the latest.</p>`
      : '';
  return `<section><h2>${S_TRIED}</h2>
<p>A ${t.weeks}-week exercise and running plan (graded strength, mobility and running) started ${esc(dayWords(t.startedAt))}, ${esc(t.status)}: <strong>${t.logged} of ${t.planned}</strong> sessions due so far were logged${t.pct === null ? '' : ` (${t.pct}%)`}.</p>
<p class="legend">Logged of planned, by kind:</p><ul class="kinds">${kinds}</ul>${pain}</section>`;
}

function changes(r: ClinicianReport): string {
  const body = r.changes.length
    ? `<ul>${r.changes.map((c) => `<li>${esc(dayWords(c.on))}: ${esc(c.text)}</li>`).join('')}</ul>`
    : none('Nothing changed in the last six weeks.');
  return `<section><h2>${S_CHANGES}</h2>${body}</section>`;
}

function questions(r: ClinicianReport): string {
  return `<section><h2>${S_QUESTIONS}</h2><ol class="questions">${r.questions
    .map((q) => `<li>${esc(q)}</li>`)
    .join('')}</ol></section>`;
}

/**
 * The whole page.
 * @example reportHtml(report).startsWith('<!doctype html>') // true
 */
export function reportHtml(r: ClinicianReport, options: { shared?: boolean } = {}): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>Running and back pain report, ${esc(dayWords(r.today))}</title>
<style>${REPORT_CSS}</style></head>
<body><header><div><h1>Running and back pain report</h1></div><p>Made ${esc(dayWords(r.today))} by backstride${options.shared ? ', shared by the runner' : ''}<br>From the runner's own records: not a diagnosis</p></header>
<main>${runner(r)}${triage(r)}${redFlags(r)}<div class="grid">${pain(r)}${weeks(r)}</div><div class="grid"><div>${shoes(r)}${changes(r)}</div>${tried(r)}</div>${questions(r)}</main>
<footer>Triage follows published red-flag guidance for low back pain; weekly spikes compare the larger of the last two weeks with the mean of the four before. Times are in ${esc(r.timeZone)}.</footer>
</body></html>`;
}
