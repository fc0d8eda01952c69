/** What to do with a file found in a folder or an archive, told from its name alone. */
export type EntryKind = 'activity' | 'archive' | 'strava-csv' | 'directory' | 'skip';

const SKIPPED_EXTENSIONS = new Set([
  'csv',
  'tsv',
  'xml',
  'xlsx',
  'json',
  'txt',
  'md',
  'html',
  'htm',
  'pdf',
  'log',
  'ini',
  'db',
  'sqlite',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'heic',
  'heif',
  'webp',
  'bmp',
  'tif',
  'tiff',
  'svg',
  'mp4',
  'mov',
  'm4v',
  'avi',
  'mp3',
  'm4a',
  'wav',
]);

/**
 * Activity files (and anything unknown, which the decoder then reports), nested zips, Strava's
 * activities.csv, or quietly skipped: directories, macOS metadata, images, JSON, other CSVs.
 * @example entryKind('activities/123.fit.gz') // 'activity'
 * @example entryKind('DI_CONNECT/DI-Connect-User/user_profile.json') // 'skip'
 */
export function entryKind(path: string): EntryKind {
  if (path.endsWith('/') || path.endsWith('\\')) return 'directory';
  const name = path.split(/[/\\]/).pop() ?? path;
  if (path.startsWith('__MACOSX/') || name.startsWith('._') || name === '.DS_Store' || name === 'Thumbs.db') {
    return 'skip';
  }
  const lower = name.toLowerCase();
  if (lower === 'activities.csv') return 'strava-csv';
  const ext = /\.([a-z0-9]+)$/.exec(lower.replace(/\.gz$/, ''))?.[1];
  if (ext === 'zip' && !lower.endsWith('.gz')) return 'archive';
  if (ext !== undefined && SKIPPED_EXTENSIONS.has(ext)) return 'skip';
  return 'activity';
}
