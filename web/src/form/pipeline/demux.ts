/**
 * Opens a clip with mediabunny (MP4, MOV, WebM; frames decoded by WebCodecs' VideoDecoder) and reads what the
 * container says about it, refusing with a ClipError what the form check cannot read.
 */
import { BlobSource, Input, MATROSKA, MP4, QTFF, WEBM, type InputVideoTrack } from 'mediabunny';
import { ClipError } from './clip-error';

/** Longer clips are refused: 5–10 s of steady running is enough, and a phone would take minutes on more. */
export const MAX_CLIP_S = 30;

export interface OpenClip {
  input: Input;
  track: InputVideoTrack;
  /** Displayed size (after the phone's rotation), pixels. */
  widthPx: number;
  heightPx: number;
  durationS: number;
  /** Frames in the track, from the container's index (for progress). */
  frameCount: number;
  captureFps?: number;
}

const CODEC_NAMES: Record<string, string> = {
  hevc: 'HEVC (H.265)',
  av1: 'AV1',
  vp9: 'VP9',
  prores: 'ProRes',
};

export function hasWebCodecs(): boolean {
  return typeof VideoDecoder !== 'undefined' && typeof VideoFrame !== 'undefined';
}

/** Opens `file`; the caller disposes `input`. */
export async function openClip(file: Blob, maxDurationS = MAX_CLIP_S): Promise<OpenClip> {
  if (!hasWebCodecs())
    throw new ClipError(
      'no_webcodecs',
      'This browser cannot decode video frames by itself (it lacks WebCodecs). A recent Chrome, Edge, Firefox or Safari can.',
    );
  // Only the containers phones and browsers record to: the audio-only readers would only add weight.
  const input = new Input({ formats: [MP4, QTFF, WEBM, MATROSKA], source: new BlobSource(file) });
  try {
    const track = await videoTrack(input);
    if (!(await track.canDecode())) {
      const codec = track.codec === null ? 'an unknown format' : (CODEC_NAMES[track.codec] ?? track.codec);
      const hint =
        track.codec === 'hevc'
          ? ' Chrome decodes HEVC only where the device has a hardware decoder for it. On an iPhone, choose Settings › Camera › Formats › Most Compatible to record in H.264, or try the clip in Safari.'
          : ' Record it again in H.264, the most common format.';
      throw new ClipError(
        'unsupported_codec',
        `This clip's video is ${codec}, which this browser cannot decode.${hint}`,
      );
    }
    const durationS = await input.computeDuration([track]);
    if (durationS > maxDurationS)
      throw new ClipError(
        'too_long',
        `This clip is ${Math.round(durationS)} s long; the form check takes up to ${maxDurationS} s. Trim it to 5–10 s of steady running.`,
      );
    const stats = await track.computePacketStats();
    const captureFps = await readCaptureFps(input);
    return {
      input,
      track,
      widthPx: track.displayWidth,
      heightPx: track.displayHeight,
      durationS,
      frameCount: stats.packetCount,
      ...(captureFps === undefined ? {} : { captureFps }),
    };
  } catch (e) {
    input.dispose();
    throw e;
  }
}

async function videoTrack(input: Input): Promise<InputVideoTrack> {
  let track: InputVideoTrack | null;
  try {
    track = await input.getPrimaryVideoTrack();
  } catch {
    throw new ClipError(
      'unsupported_container',
      'This file is not a video the form check can read (MP4, MOV or WebM).',
    );
  }
  if (track === null) throw new ClipError('no_video', 'This file has no video in it.');
  return track;
}

/**
 * The capture rate a phone writes beside a slow-motion clip's playback rate: Android's
 * `com.android.capture.fps` (a float in the MP4's metadata keys). iPhone slow motion keeps its rate in an edit
 * list mediabunny does not expose; the frame timing check in the core catches what this misses.
 */
async function readCaptureFps(input: Input): Promise<number | undefined> {
  try {
    const value = (await input.getMetadataTags()).raw?.['com.android.capture.fps'];
    const fps =
      typeof value === 'string'
        ? Number.parseFloat(value)
        : value instanceof Uint8Array && value.byteLength === 4
          ? new DataView(value.buffer, value.byteOffset, 4).getFloat32(0)
          : Number.NaN;
    return Number.isFinite(fps) && fps > 0 ? fps : undefined;
  } catch {
    return undefined;
  }
}
