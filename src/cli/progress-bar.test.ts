import { describe, expect, it } from 'vitest';
import { formatProgress } from './progress-bar';

describe('formatProgress', () => {
  it('shows files, megabytes, rate and time left', () => {
    const line = formatProgress({
      filesDone: 500,
      filesTotal: 2000,
      bytesDone: 50 * 1024 * 1024,
      bytesTotal: 200 * 1024 * 1024,
      elapsedMs: 5000,
    });
    expect(line).toBe('[#####...............] 500/2000 files  50.0/200.0 MB  10.0 MB/s  ETA 0:15');
  });

  it('has no bar or estimate while the total is unknown', () => {
    expect(
      formatProgress({ filesDone: 3, filesTotal: null, bytesDone: 0, bytesTotal: null, elapsedMs: 10 }),
    ).toBe('3 files  0.0 MB  0.0 MB/s  ETA --:--');
  });
});
