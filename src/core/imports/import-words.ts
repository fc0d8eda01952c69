/**
 * What an import says to a runner: one plain sentence per outcome code (what happened, then what to
 * do), the label of each outcome, and the summary line over the counts. The web app and the CLI both
 * say these; the technical message (byte offsets, parser complaints) is shown apart, as detail.
 */
import type { ErrorCode } from '../error-codes';
import {
  countedTotal,
  filesAdded,
  FILE_OUTCOMES,
  type FileOutcome,
  type ImportCounts,
} from './import-counts';

/** The short label of each outcome: the counts and the file list use the same words. */
export const OUTCOME_LABEL: Record<FileOutcome, string> = {
  imported: 'Added',
  recovered: 'Partly read',
  duplicate: 'Already here',
  skipped: 'Nothing to import',
  failed: 'Not imported',
};

export interface FileWords {
  /** What happened, in a sentence. */
  said: string;
  /** What the runner can do about it, or null when nothing is needed. */
  todo: string | null;
}

/** The codes an import's file results carry. */
export type ImportCode = Extract<
  ErrorCode,
  | 'corrupt_file'
  | 'partly_read'
  | 'not_an_activity'
  | 'unknown_format'
  | 'empty_file'
  | 'limit_exceeded'
  | 'overlapping_entries'
  | 'entry_count_mismatch'
  | 'not_found'
  | 'duplicate'
  | 'incomplete_entry'
  | 'replaced_partial'
  | 'recovered'
  | 'decode_timeout'
  | 'decode_out_of_memory'
  | 'decoder_stopped'
  | 'import_timeout'
>;

const EXPORT_AGAIN = 'If your watch or app still has this activity, export it again and import the new file.';

const PARTLY_READ: FileWords = {
  said: 'This file is damaged part way through. The part before the damage was kept, so this run may be shorter than the one you did.',
  todo: 'If your watch or app still has the whole run, export it again and import that file: it takes the place of the partly read one.',
};

/** One sentence per code, in our own calm words. */
export const IMPORT_WORDS: Record<ImportCode, FileWords> = {
  corrupt_file: {
    said: 'This file is damaged, and none of it could be read.',
    todo: EXPORT_AGAIN,
  },
  partly_read: PARTLY_READ,
  // Imports saved before `partly_read` said `recovered`: the same words.
  recovered: PARTLY_READ,
  not_an_activity: {
    said: 'Watches also save sleep, health and settings files. This is one of those, so there is no activity to add.',
    todo: null,
  },
  unknown_format: {
    said: 'This is not a file backstride reads. It reads FIT, GPX and TCX files, gzipped or not, and .zip exports.',
    todo: 'Export the activity as FIT, GPX or TCX and import that file.',
  },
  empty_file: {
    said: 'This file is empty, so there is nothing in it to read.',
    todo: EXPORT_AGAIN,
  },
  limit_exceeded: {
    said: 'This file is larger, or built more deeply, than this server accepts.',
    todo: 'Import it in smaller parts, or ask whoever runs your backstride server to raise the limit.',
  },
  overlapping_entries: {
    said: 'The files in this archive are stored on top of one another, a trick used to make a small archive unpack into a huge one, so nothing in it was read.',
    todo: 'Unpack the archive on your computer and import the files in it, or export it again.',
  },
  entry_count_mismatch: {
    said: "This archive's list of contents names fewer files than it holds, so nothing in it was read rather than only a part.",
    todo: 'Unpack the archive on your computer and import the files in it, or export it again.',
  },
  not_found: {
    said: 'This file could not be opened.',
    todo: 'Check that it is still there and that you may read it, then try again.',
  },
  duplicate: {
    said: 'This activity is already here, from this file or another copy of it, so it was not added twice.',
    todo: null,
  },
  incomplete_entry: {
    said: 'Your export lists this activity without a date or a duration, so there is nothing to add.',
    todo: 'If you want it here, add it by hand.',
  },
  replaced_partial: {
    said: 'This complete copy took the place of a partly read run of the same activity.',
    todo: null,
  },
  decode_timeout: {
    said: 'Reading this file took longer than this server allows for one file, so it was left out. The other files were still read.',
    todo: 'If it is a real activity, import it again on its own, or ask whoever runs your backstride server to allow more time.',
  },
  decode_out_of_memory: {
    said: 'Reading this file needed more memory than this server allows for one file, so it was left out. The other files were still read.',
    todo: 'If it is a real activity, ask whoever runs your backstride server to allow more memory per file.',
  },
  decoder_stopped: {
    said: 'Something went wrong inside the server while reading this file, so it was left out. The other files were still read.',
    todo: 'Try this file again. If it keeps happening, the details below help whoever runs your backstride server.',
  },
  import_timeout: {
    said: 'This import took longer than this server allows for one import, so it was stopped. The runs read before it stopped are kept.',
    todo: 'Import the rest in smaller parts: files already here are passed over. Or ask whoever runs your backstride server to allow more time.',
  },
};

const UNKNOWN: FileWords = {
  said: 'Something went wrong while reading this file.',
  todo: 'Try again. If it keeps happening, the details below help whoever runs your backstride server.',
};

/**
 * The plain words for a file's code; a code without words gets a general sentence, never the raw text.
 * @example wordsFor('corrupt_file').said // 'This file is damaged, and none of it could be read.'
 */
export function wordsFor(code: string): FileWords {
  return Object.hasOwn(IMPORT_WORDS, code) ? IMPORT_WORDS[code as ImportCode] : UNKNOWN;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const PART_WORDS: Record<FileOutcome, string> = {
  imported: 'added',
  recovered: 'partly read',
  duplicate: 'already here',
  skipped: 'with nothing to import',
  failed: 'not imported',
};

const FIELD_OF: Record<FileOutcome, keyof ImportCounts> = {
  imported: 'imported',
  recovered: 'recovered',
  duplicate: 'duplicates',
  skipped: 'skipped',
  failed: 'failed',
};

/** "9 files", "13 files and 1 entry": what the counts are counted in. */
export function itemsPhrase(c: ImportCounts): string {
  const total = countedTotal(c);
  const files = total - c.entries;
  if (c.entries === 0) return count(files, 'file', 'files');
  const entries = count(c.entries, 'entry typed in by hand', 'entries typed in by hand');
  return files === 0 ? entries : `${count(files, 'file', 'files')} and ${entries}`;
}

/**
 * The summary over an import's counts, per file, with the parts adding up to the total:
 * "3 files: 2 added, 1 already here." Says the activities too when a file held more than one.
 * @example importSummary({ ...emptyCounts(), imported: 2, duplicates: 1, activities: 2 }) // '3 files: 2 added, 1 already here.'
 * @example importSummary({ ...emptyCounts(), recovered: 1, activities: 1 }) // '1 file: partly read.'
 */
export function importSummary(c: ImportCounts): string {
  const total = countedTotal(c);
  if (total === 0) return 'No activity files were found.';
  const present = FILE_OUTCOMES.filter((o) => c[FIELD_OF[o]] > 0);
  const only = present.length === 1 ? present[0] : undefined;
  const parts =
    only !== undefined
      ? total === 1
        ? PART_WORDS[only]
        : `${total === 2 ? 'both' : 'all'} ${PART_WORDS[only]}`
      : present.map((o) => `${c[FIELD_OF[o]]} ${PART_WORDS[o]}`).join(', ');
  const sentences = [`${itemsPhrase(c)}: ${parts}.`];
  const added = filesAdded(c);
  if (c.activities !== added && c.activities > 0) {
    const activities = count(c.activities, 'new activity', 'new activities');
    sentences.push(
      added === 1
        ? `The added file holds ${activities}, one per sport or session.`
        : `The added files hold ${activities}, as some keep one per sport or session.`,
    );
  }
  if (c.replaced > 0) {
    sentences.push(
      `${count(c.replaced, 'partly read run was', 'partly read runs were')} replaced by a complete copy.`,
    );
  }
  return sentences.join(' ');
}

/** What a partly read run means, said on its page (the same words as the import's, about the run). */
export const PARTLY_READ_RUN: FileWords = {
  said: 'Only part of this run could be read: its file is damaged part way through. The distance, time, pace, charts and route here come from the part that was read, and only that part counts in your weekly distance.',
  todo: IMPORT_WORDS.partly_read.todo,
};
