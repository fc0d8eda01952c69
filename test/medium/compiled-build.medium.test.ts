import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, serverBuildIsFresh } from '../../scripts/build-server.mjs';
import { runCli } from '../support/spawn';

/** The npm packages and dist/ files a compiled file imports statically (`import … from`, `import "…"`). */
function staticImports(file: string): { packages: string[]; files: string[] } {
  const code = readFileSync(join(DIST, file), 'utf8');
  const specifiers = [...code.matchAll(/^(?:import|export)\s[^;]*?["']([^"']+)["'];?$/gms)].map((m) => m[1]!);
  return {
    packages: specifiers.filter((s) => !s.startsWith('.') && !s.startsWith('node:')),
    files: specifiers.filter((s) => s.startsWith('./')).map((s) => s.slice(2)),
  };
}

/** Every npm package loaded before `entry` runs: its static imports, followed through dist/. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const found = staticImports(file);
    found.packages.forEach((p) => packages.add(p));
    found.files.forEach(visit);
  };
  visit(entry);
  return packages;
}

describe('the compiled build in dist/', () => {
  it('is fresh after the test setup, and bin/backstride runs it', async () => {
    expect(serverBuildIsFresh()).toBe(true);
    const res = await runCli(['--help']);
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain('inspect [options] <paths...>');
  });

  it('was built from the migrations of both dialects, so they need no folder at run time', () => {
    const info = JSON.parse(readFileSync(join(DIST, 'build-info.json'), 'utf8')) as { inputs: string[] };
    expect(info.inputs).toContain('src/store/migrations/sqlite/2026-11-26-0001-accounts.ts');
    expect(info.inputs).toContain('src/store/migrations/postgres/2026-11-26-0001-accounts.ts');
  });

  it('starts the command with commander alone; the server and databases load only when used', () => {
    expect([...packagesLoadedBy('backstride.js')]).toEqual(['commander']);
    const server = packagesLoadedBy('server.js');
    expect(server).toContain('fastify');
    expect(server).toContain('kysely');
  });
});
