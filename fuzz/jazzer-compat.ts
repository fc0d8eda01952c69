/**
 * Makes Jazzer.js's prebuilt libFuzzer addon load on an older glibc (Debian 12 has glibc 2.36 and the
 * libstdc++ of GCC 12). The addon that @jazzer.js/fuzzer 4.0.0 ships for linux-x64 was linked against
 * glibc 2.38 and GCC 13's libstdc++, and uses exactly three symbols newer than those:
 * `__isoc23_strtol`, `__isoc23_strtoul` (glibc 2.38's C23 spellings of strtol and strtoul) and
 * `std::ios_base_library_init()` (GCC 13's hook that sets up the standard streams).
 *
 * Where the addon does not load, this builds a small library that defines those three (with C's own
 * strtol and strtoul, and the standard streams set up the GCC 12 way), and writes a copy of the addon in
 * which the two newer version requirements are marked weak (VER_FLG_WEAK: the loader goes on without
 * them), where the addon looks first (`dist/prebuilds/`). The fuzzer then runs with the library in
 * LD_PRELOAD. The package's own files are left as they are. Needs gcc and g++ (Debian: build-essential).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Version requirements of the prebuilt addon newer than Debian 12 provides. */
const NEWER_VERSIONS = new Set(['GLIBC_2.38', 'GLIBCXX_3.4.32']);

const C_SHIM = `#include <stdlib.h>
long __isoc23_strtol(const char *s, char **end, int base) { return strtol(s, end, base); }
unsigned long __isoc23_strtoul(const char *s, char **end, int base) { return strtoul(s, end, base); }
`;
const C_MAP = 'GLIBC_2.38 { global: __isoc23_strtol; __isoc23_strtoul; local: *; };\n';
const CXX_SHIM = `#include <iostream>
namespace std { void ios_base_library_init() {} }
`;
const CXX_MAP = 'GLIBCXX_3.4.32 { global: _ZSt21ios_base_library_initv; local: *; };\n';

/** The environment the fuzzer runs with: `{}` where the addon loads as shipped. */
export function jazzerEnvironment(root: string, workDir: string): Record<string, string> {
  const fuzzerDir = dirname(
    createRequire(join(root, 'package.json')).resolve('@jazzer.js/fuzzer/package.json'),
  );
  const addon = join(fuzzerDir, 'prebuilds', `fuzzer-${process.platform}-${process.arch}.node`);
  const patched = join(fuzzerDir, 'dist', 'prebuilds', `fuzzer-${process.platform}-${process.arch}.node`);
  const dir = join(workDir, 'compat');
  const libs = [join(dir, 'libc-compat.so'), join(dir, 'libstdcxx-compat.so')];
  const env = { LD_PRELOAD: libs.join(' ') };
  if (!existsSync(patched) && loads(addon, {})) return {};
  if (process.platform !== 'linux' || process.arch !== 'x64') return {};
  if (!existsSync(patched)) {
    mkdirSync(dirname(patched), { recursive: true });
    writeFileSync(patched, weakened(readFileSync(addon)));
  }
  if (!libs.every((lib) => existsSync(lib))) {
    mkdirSync(dir, { recursive: true });
    build(dir, 'gcc', 'libc-compat', C_SHIM, C_MAP, 'c');
    build(dir, 'g++', 'libstdcxx-compat', CXX_SHIM, CXX_MAP, 'cc');
  }
  if (!loads(patched, env)) throw new Error(`the Jazzer.js addon does not load here, even with ${dir}`);
  console.log(`Jazzer.js: its addon needs glibc 2.38; running it with the compatibility shims in ${dir}`);
  return env;
}

function build(dir: string, compiler: string, name: string, source: string, map: string, ext: string): void {
  writeFileSync(join(dir, `${name}.${ext}`), source);
  writeFileSync(join(dir, `${name}.map`), map);
  execFileSync(compiler, [
    '-shared',
    '-fPIC',
    '-O2',
    `-Wl,--version-script=${join(dir, `${name}.map`)}`,
    '-o',
    join(dir, `${name}.so`),
    join(dir, `${name}.${ext}`),
  ]);
}

/** True when a fresh Node process can load the addon with these extra environment variables. */
function loads(addon: string, env: Record<string, string>): boolean {
  const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(addon)})`], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return r.status === 0;
}

/**
 * A copy of an ELF64 (little-endian) shared object whose version requirements in NEWER_VERSIONS are
 * flagged weak. Only the 2-byte vna_flags of those entries change.
 */
export function weakened(elf: Buffer): Buffer {
  const b = Buffer.from(elf);
  if (b.readUInt32BE(0) !== 0x7f454c46 || b[4] !== 2 || b[5] !== 1)
    throw new Error('not a 64-bit LE ELF file');
  const shoff = Number(b.readBigUInt64LE(0x28));
  const shentsize = b.readUInt16LE(0x3a);
  const shnum = b.readUInt16LE(0x3c);
  const section = (i: number) => {
    const at = shoff + i * shentsize;
    return {
      type: b.readUInt32LE(at + 4),
      offset: Number(b.readBigUInt64LE(at + 0x18)),
      link: b.readUInt32LE(at + 0x28),
      info: b.readUInt32LE(at + 0x2c),
    };
  };
  for (let i = 0; i < shnum; i++) {
    const s = section(i);
    if (s.type !== 0x6ffffffe) continue; // SHT_GNU_verneed
    const strings = section(s.link).offset;
    let need = s.offset;
    for (let k = 0; k < s.info; k++) {
      let aux = need + b.readUInt32LE(need + 8);
      for (let j = 0; j < b.readUInt16LE(need + 2); j++) {
        const nameAt = strings + b.readUInt32LE(aux + 8);
        const name = b.toString('latin1', nameAt, b.indexOf(0, nameAt));
        if (NEWER_VERSIONS.has(name)) b.writeUInt16LE(b.readUInt16LE(aux + 4) | 0x2, aux + 4); // VER_FLG_WEAK
        aux += b.readUInt32LE(aux + 12);
      }
      need += b.readUInt32LE(need + 12);
    }
  }
  return b;
}
