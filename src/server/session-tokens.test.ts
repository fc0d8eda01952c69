import { describe, expect, it } from 'vitest';
import { hashSessionToken, newSessionToken, sessionTokenHasher, TOKEN_LENGTH } from './session-tokens';

describe('sessionTokenHasher', () => {
  it('gives the same keyed hash as hashSessionToken, for new and remembered tokens alike', () => {
    const hash = sessionTokenHasher('secret', 2);
    const tokens = [newSessionToken(), newSessionToken(), newSessionToken()];
    for (const token of [...tokens, ...tokens]) {
      expect(hash(token)).toBe(hashSessionToken('secret', token));
    }
    expect(hash(tokens[0]!)).not.toBe(hashSessionToken('another secret', tokens[0]!));
  });

  it('hashes a token of any other shape as well, each time afresh', () => {
    expect(newSessionToken()).toHaveLength(TOKEN_LENGTH);
    const hash = sessionTokenHasher('secret', 1);
    const long = 'x'.repeat(8_000);
    expect(hash(long)).toBe(hashSessionToken('secret', long));
    expect(hash('short')).toBe(hashSessionToken('secret', 'short'));
  });
});
