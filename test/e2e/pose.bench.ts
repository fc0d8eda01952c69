/**
 * `npm run bench:pose`: how fast the form check analyses a clip in Chromium on this machine, per model, beside
 * how fast the same clip only decodes and scales (the baseline, same run, same page). The built app serves the
 * models (run `npm run build:web` first); test media from ../shared/data/pose. Target: 10 frames a second or
 * more with MoveNet. Lives beside the e2e tests because it drives the same built pipeline in the same browser.
 *
 * Settings: BENCH_ROUNDS (2; the best round is kept, the first also warms the WASM runtime up).
 */
import { launchBrowser } from './support/browser';
import { startE2eServer } from './support/server';
import {
  analyseMedia,
  decodeMedia,
  hasPoseMedia,
  openPipelinePage,
  POSE_MEDIA_DIR,
} from './support/form-pipeline';
import { ANALYSIS_LONG_SIDE_PX } from '../../web/src/form/pipeline/models';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CLIPS = ['pose_squats.mp4', 'pose_1.mp4'];

if (!hasPoseMedia) {
  console.error(`No pose test media at ${POSE_MEDIA_DIR}.`);
  process.exit(1);
}

function best(runs: number[]): number {
  return Math.max(...runs);
}

const server = await startE2eServer();
const session = await launchBrowser();
try {
  const { page, blocked } = await openPipelinePage(session.browser, server.url);
  const rows: string[][] = [
    ['clip', 'frames', 'model', 'analysed/s', 'decode-only/s', 'model ms/frame', 'ratio'],
  ];
  for (const clip of CLIPS) {
    for (const model of ['movenet', 'blazepose'] as const) {
      const longSide = ANALYSIS_LONG_SIDE_PX[model];
      const decodeFps: number[] = [];
      const analyseFps: number[] = [];
      const modelMs: number[] = [];
      let frames = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const decoded = await decodeMedia(page, clip, longSide);
        decodeFps.push((decoded.frames / decoded.wallMs) * 1000);
        const run = await analyseMedia(page, clip, model);
        frames = run.frameTimesS.length;
        analyseFps.push((frames / run.wallMs) * 1000);
        modelMs.push(run.poseMs / frames);
      }
      const analysed = best(analyseFps);
      const decodeOnly = best(decodeFps);
      rows.push([
        clip,
        String(frames),
        `${model} (${longSide} px)`,
        analysed.toFixed(1),
        decodeOnly.toFixed(1),
        Math.min(...modelMs).toFixed(0),
        `${((analysed / decodeOnly) * 100).toFixed(0)} %`,
      ]);
    }
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
  console.log(
    '\nanalysed/s: frames through decode, scaling and the pose model (pipelined); best of',
    ROUNDS,
    'rounds.',
  );
  if (blocked.length > 0) console.log('Requests refused (not to the local server):', blocked);
} finally {
  await session.close();
  await server.stop();
}
