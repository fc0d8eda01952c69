/**
 * The player's sound and buzz: short beeps through Web Audio (no sound file to fetch, so it works offline) and
 * `navigator.vibrate` where the phone has it. The player's root element counts what was played in
 * `data-beeps` / `data-buzzes` (beeps played, buzzes asked of the phone), so a test can see a signal went off without hearing it.
 */
import type { StepSignal } from '../../../src/core/plan/session-steps';

/** Beeps per signal: two at the end of a hold, one at half-way, one short high one for "go". */
const BEEPS: Record<StepSignal, { hz: number; ms: number; count: number }> = {
  end: { hz: 880, ms: 180, count: 2 },
  halfway: { hz: 660, ms: 220, count: 1 },
  go: { hz: 1040, ms: 90, count: 1 },
};
const BUZZ: Record<StepSignal, number[] | null> = { end: [200, 100, 200], halfway: [250], go: null };

export interface Signaller {
  /** Must be called from a tap: browsers only let a page make sound after the runner touched it. */
  unlock(): void;
  play(signal: StepSignal, sound: boolean): { beeped: boolean; buzzed: boolean };
  close(): void;
}

export function createSignaller(): Signaller {
  let audio: AudioContext | null = null;
  return {
    unlock() {
      try {
        audio ??= new AudioContext();
        if (audio.state === 'suspended') void audio.resume();
      } catch {
        audio = null; // No Web Audio: the player stays silent and still shows every step.
      }
    },
    play(signal, sound) {
      let beeped = false;
      if (sound && audio) {
        const { hz, ms, count } = BEEPS[signal];
        for (let i = 0; i < count; i++) {
          const at = audio.currentTime + (i * (ms + 120)) / 1000;
          const osc = audio.createOscillator();
          const gain = audio.createGain();
          osc.frequency.value = hz;
          gain.gain.setValueAtTime(0.0001, at);
          gain.gain.exponentialRampToValueAtTime(0.4, at + 0.01);
          gain.gain.exponentialRampToValueAtTime(0.0001, at + ms / 1000);
          osc.connect(gain).connect(audio.destination);
          osc.start(at);
          osc.stop(at + ms / 1000 + 0.02);
        }
        beeped = true;
      }
      const pattern = BUZZ[signal];
      const buzzed =
        pattern !== null && typeof navigator.vibrate === 'function' && navigator.vibrate(pattern);
      return { beeped, buzzed };
    },
    close() {
      void audio?.close().catch(() => undefined);
      audio = null;
    },
  };
}
