/**
 * PLACEHOLDER on branch h-d only, so the form check page compiles and can be driven before the analysis lands:
 * the lead takes the core helper's version of this file instead. It refuses every clip.
 */
import { fail } from '../result';
import type { ClipFacts, FormResult, PoseFrame } from './types';

export function analyseForm(frames: readonly PoseFrame[], clip: ClipFacts): FormResult {
  void frames;
  void clip;
  return fail('low_confidence', 'The form analysis is not built yet.');
}
