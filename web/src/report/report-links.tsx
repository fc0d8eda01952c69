import { browserTimeZone } from '../lib/time-zone';

/** The report's addresses for the runner's own time zone: the printable page and the PDF. */
export function reportUrls(): { html: string; pdf: string } {
  const query = `?timeZone=${encodeURIComponent(browserTimeZone())}`;
  return { html: `/api/report${query}`, pdf: `/api/report.pdf${query}` };
}

/** "Report for your physio": opens the printable report in a new tab, or downloads the PDF. */
export function ReportEntry() {
  const urls = reportUrls();
  return (
    <div className="report-entry">
      <p>
        One page for a physiotherapist or sports doctor: your pain over time, your running, the plan and how
        it went, and questions to ask. Print it or bring it on your phone.
      </p>
      <div className="button-row">
        <a className="button primary" href={urls.html} target="_blank" rel="noopener">
          Open the report for your physio
        </a>
        <a className="button" href={urls.pdf} download>
          Download as PDF
        </a>
      </div>
    </div>
  );
}
