import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer fences of eslint.config.js, tried with real lint runs: an import across a fence fails, the
 * imports each layer is meant to make pass. (README, "Architecture": who may import whom.)
 */
const ROOT = resolve(import.meta.dirname, '../..');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The messages of the import rule for `source` linted as if it were the file at `path`. */
async function importProblems(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, {
    filePath: resolve(ROOT, path),
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.fatal)
    .map((m) => m.message);
}

// [file in the layer, an import it must not make, an import it may make]
const FENCES: [string, string, string][] = [
  ['src/core/runs/x.ts', "import { x } from '../../store/database';", "import { x } from '../units/format';"],
  ['src/core/runs/x.ts', "import { x } from '../../app/accounts';", "import { x } from '../result';"],
  ['src/contract/x.ts', "import { x } from '../store/database';", "import { x } from '../core/result';"],
  ['src/contract/x.ts', "import { x } from 'fastify';", "import { z as x } from 'zod';"],
  ['src/importers/x.ts', "import { x } from '../store/database';", "import { x } from '../core/result';"],
  [
    'src/importers/fit/x.ts',
    "import { x } from '../../app/import-runs';",
    "import { x } from '../decode-file';",
  ],
  ['src/importers/x.ts', "import { x } from '../server/app';", "import { x } from 'node:fs';"],
  ['src/importers/x.ts', "import { x } from '../cli/main';", "import { x } from 'yauzl';"],
  [
    'src/store/repositories/x.ts',
    "import { x } from '../../app/accounts';",
    "import { x } from '../database';",
  ],
  ['src/store/x.ts', "import { x } from '../server/deps';", "import { x } from '../core/result';"],
  ['src/store/x.ts', "import { x } from '../cli/context';", "import { x } from 'kysely';"],
  ['src/app/x.ts', "import { x } from '../server/app-error';", "import { x } from '../store/database';"],
  ['src/app/x.ts', "import { x } from '../cli/context';", "import { x } from '../importers/import-batch';"],
  [
    'src/cli/commands/x.ts',
    "import { x } from '../../server/start';",
    "import { x } from '../../app/accounts';",
  ],
  [
    'src/cli/x.ts',
    "import { x } from '../server/trust-proxy';",
    "import { x } from '../config/trust-proxy';",
  ],
  ['src/config/x.ts', "import { x } from '../server/deps';", "import { x } from '../store/location';"],
  ['src/server/x.ts', "import { x } from '../cli/main';", "import { x } from '../config/app-config';"],
  [
    'web/src/runs/x.tsx',
    "import { x } from '../../../src/server/app';",
    "import { x } from '../../../src/core/units/format';",
  ],
  [
    'web/src/x.ts',
    "import { x } from '../../src/app/import-status';",
    "import { x } from '../../src/contract/checkins';",
  ],
  ['web/src/x.ts', "import { x } from '../../src/store/database';", "import { x } from 'react';"],
  ['web/src/x.ts', "import { x } from 'node:fs';", "import { x } from './lib/api';"],
];

describe('layer fences', () => {
  it.each(FENCES)('%s: refuses `%s`, allows `%s`', async (path, refused, allowed) => {
    const refusedProblems = await importProblems(path, refused);
    expect(refusedProblems).toHaveLength(1);
    expect(refusedProblems[0]).toMatch(/is restricted from being used by a pattern/);
    expect(await importProblems(path, allowed)).toEqual([]);
  });

  it('lets the composition entry wire any layer together', async () => {
    const source =
      "import { x } from '../server/start';\nimport { y } from '../cli/main';\nexport const z = y;";
    expect(await importProblems('src/main/x.ts', source)).toEqual([]);
  });
});
