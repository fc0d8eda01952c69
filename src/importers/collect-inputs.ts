import { open, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ImportError } from './import-events';
import { entryKind } from './archive/entry-kind';

/** One thing to import, found on disk. `label` is how events name it (the path as the user gave it). */
export type ImportInput =
  | { kind: 'file' | 'archive'; path: string; label: string; size: number }
  | { kind: 'skipped'; label: string; size: number }
  | { kind: 'failed'; label: string; error: ImportError };

/**
 * Expands paths into files: folders recursively (sorted, symlinked folders not followed, obvious
 * non-activity files skipped), zips told by extension or by their magic bytes. A path given
 * explicitly is always tried, whatever its name.
 * @example await collectInputs(['export.zip', 'runs/'], process.cwd())
 */
export async function collectInputs(paths: string[], cwd: string): Promise<ImportInput[]> {
  const inputs: ImportInput[] = [];
  for (const label of paths) await collect(resolve(cwd, label), label, true, inputs);
  return inputs;
}

async function collect(path: string, label: string, explicit: boolean, out: ImportInput[]): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    out.push({
      kind: 'failed',
      label,
      error: { code: 'not_found', message: `cannot read ${label}: ${code}` },
    });
    return;
  }
  if (info.isDirectory()) {
    let names: string[];
    try {
      names = (await readdir(path, { withFileTypes: true }))
        .filter((d) => explicit || !d.isSymbolicLink())
        .map((d) => d.name)
        .sort();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      out.push({
        kind: 'failed',
        label,
        error: { code: 'not_found', message: `cannot list ${label}: ${code}` },
      });
      return;
    }
    for (const name of names) {
      const child = join(path, name);
      const childLabel = join(label, name);
      const childInfo = await stat(child).catch(() => null);
      if (childInfo?.isDirectory()) await collect(child, childLabel, false, out);
      else if (childInfo) classify(child, childLabel, childInfo.size, false, out);
    }
    return;
  }
  if (!info.isFile()) {
    out.push({
      kind: 'failed',
      label,
      error: { code: 'unknown_format', message: `${label} is not a regular file` },
    });
    return;
  }
  await classifyWithMagic(path, label, info.size, explicit, out);
}

function classify(path: string, label: string, size: number, explicit: boolean, out: ImportInput[]): void {
  const kind = entryKind(label);
  if (kind === 'archive') out.push({ kind: 'archive', path, label, size });
  else if (!explicit && kind !== 'activity') out.push({ kind: 'skipped', label, size });
  else out.push({ kind: 'file', path, label, size });
}

async function classifyWithMagic(
  path: string,
  label: string,
  size: number,
  explicit: boolean,
  out: ImportInput[],
): Promise<void> {
  if (entryKind(label) !== 'archive' && (await hasZipMagic(path))) {
    out.push({ kind: 'archive', path, label, size });
    return;
  }
  classify(path, label, size, explicit, out);
}

/** True when the file starts like a zip (an upload may come without a useful name). */
export async function hasZipMagic(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const head = new Uint8Array(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  } finally {
    await handle.close();
  }
}
