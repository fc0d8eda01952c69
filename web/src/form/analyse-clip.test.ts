import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormAnalysis } from '../../../src/core/form/types';
import { ok } from '../../../src/core/result';

const pipeline = vi.hoisted(() => ({ analyseClipFile: vi.fn() }));
const core = vi.hoisted(() => ({ analyseForm: vi.fn() }));
vi.mock('./pipeline', async (original) => ({ ...(await original<object>()), ...pipeline }));
vi.mock('../../../src/core/form/analyse', () => core);

const { analyseClip, isNotVideo } = await import('./analyse-clip');
const { ClipError } = await import('./pipeline');

const poses = {
  clip: { widthPx: 720, heightPx: 1280, durationS: 8, frameTimesS: [] },
  frames: [],
  model: 'movenet',
};
const video = new Blob(['x'], { type: 'video/mp4' });

describe('analysing a clip on the device', () => {
  beforeEach(() => {
    pipeline.analyseClipFile.mockReset();
    core.analyseForm.mockReset();
  });

  it('refuses a file labelled as something other than a video before reading it', async () => {
    expect(isNotVideo(new Blob(['x'], { type: 'text/plain' }))).toBe(true);
    expect(isNotVideo(new Blob(['x'], { type: '' }))).toBe(false);
    expect(isNotVideo(video)).toBe(false);
    const outcome = await analyseClip(new Blob(['x'], { type: 'image/png' }));
    expect(outcome).toMatchObject({ kind: 'no_result', code: 'not_video' });
    expect(pipeline.analyseClipFile).not.toHaveBeenCalled();
  });

  it("passes on the pipeline's reason, the core's refusal, or the result", async () => {
    pipeline.analyseClipFile.mockRejectedValueOnce(new ClipError('unsupported_codec', 'hevc'));
    expect(await analyseClip(video)).toEqual({
      kind: 'no_result',
      code: 'unsupported_codec',
      detail: 'hevc',
    });

    pipeline.analyseClipFile.mockResolvedValue(poses);
    core.analyseForm.mockReturnValueOnce({ ok: false, error: { code: 'several_people', message: 'two' } });
    expect(await analyseClip(video)).toEqual({ kind: 'no_result', code: 'several_people', detail: 'two' });

    const analysis = { steps: 12 } as FormAnalysis;
    core.analyseForm.mockReturnValueOnce(ok(analysis));
    expect(await analyseClip(video)).toEqual({ kind: 'result', analysis, poses });
    expect(core.analyseForm).toHaveBeenLastCalledWith(poses.frames, poses.clip);
  });

  it('says cancelled when stopped, and lets a fault through', async () => {
    const stop = new AbortController();
    pipeline.analyseClipFile.mockImplementationOnce(async () => {
      stop.abort();
      throw new DOMException('stopped', 'AbortError');
    });
    expect(await analyseClip(video, { signal: stop.signal })).toEqual({ kind: 'cancelled' });
    pipeline.analyseClipFile.mockRejectedValueOnce(new TypeError('a bug'));
    await expect(analyseClip(video)).rejects.toThrow('a bug');
  });
});
