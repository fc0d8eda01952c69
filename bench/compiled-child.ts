/**
 * The import benchmark's child, compiled the way `npm start` runs backstride (scripts/build-server.mjs:
 * esbuild, one flat folder, the decode worker its own entry), so its time and memory are those of the
 * compiled server rather than of tsx compiling TypeScript in every thread.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, stop } from 'esbuild';

/**
 * Compiles bench/archive-import-child.ts into a folder of the repository (so node_modules resolve);
 * returns the child's path and a function that removes the folder.
 */
export async function compileImportChild(root: string): Promise<{ path: string; remove(): void }> {
  const outdir = join(root, `.dist-bench-${process.pid}`);
  await build({
    absWorkingDir: root,
    entryPoints: {
      'archive-import-child': 'bench/archive-import-child.ts',
      'decode-worker': 'src/importers/decode-worker.ts',
    },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    packages: 'external',
    chunkNames: 'chunk-[hash]',
    logLevel: 'warning',
  });
  await stop(); // esbuild's helper process would otherwise outlive the build
  return {
    path: join(outdir, 'archive-import-child.js'),
    remove: () => rmSync(outdir, { recursive: true, force: true }),
  };
}
