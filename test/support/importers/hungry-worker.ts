/**
 * Test support: a decode worker that, for a file named `hungry.fit`, keeps allocating until its heap
 * limit ends it, as a runaway decoder would; other files decode as usual.
 */
import decodeTask, { type DecodeTask } from '../../../src/importers/decode-worker';

export default function hungryTask(task: DecodeTask): unknown {
  if (task.request.name !== 'hungry.fit') return decodeTask(task);
  const held: { at: number; text: string }[] = [];
  for (let i = 0; ; i++) held.push({ at: i, text: `sample ${i}` });
}
