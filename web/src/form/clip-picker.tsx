/** Two ways in: record a clip now with the camera, or choose one already on the phone. */
import type { ChangeEvent } from 'react';

export function ClipPicker({ onPick }: { onPick: (file: File) => void }) {
  const picked = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared so the same file can be picked again after a refusal.
    e.target.value = '';
    if (file) onPick(file);
  };
  return (
    <section className="form-picker" aria-labelledby="picker-h">
      <h2 id="picker-h">Your clip</h2>
      <div className="form-picker-buttons">
        <label className="button primary form-file">
          Record a clip
          <input type="file" accept="video/*" capture="environment" onChange={picked} />
        </label>
        <label className="button form-file">
          Choose a clip
          <input type="file" accept="video/*" onChange={picked} />
        </label>
      </div>
    </section>
  );
}
