/** One self-rewriting terminal line: files, MB, rate and time left. */
export function formatProgress(p: {
  filesDone: number;
  filesTotal: number | null;
  bytesDone: number;
  bytesTotal: number | null;
  elapsedMs: number;
}): string {
  const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
  const seconds = Math.max(p.elapsedMs / 1000, 0.001);
  const rate = p.bytesDone / seconds;
  const share = p.bytesTotal ? Math.min(1, p.bytesDone / p.bytesTotal) : null;
  const width = 20;
  const bar = share === null ? '' : `[${'#'.repeat(Math.round(share * width)).padEnd(width, '.')}] `;
  const eta = share && rate > 0 && p.bytesTotal ? clock((p.bytesTotal - p.bytesDone) / rate) : '--:--';
  const files = p.filesTotal ? `${p.filesDone}/${p.filesTotal}` : `${p.filesDone}`;
  const total = p.bytesTotal ? `/${mb(p.bytesTotal)}` : '';
  return `${bar}${files} files  ${mb(p.bytesDone)}${total} MB  ${mb(rate)} MB/s  ETA ${eta}`;
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}
