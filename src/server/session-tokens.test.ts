import { describe, expect, it } from 'vitest';
import { hashSessionToken, newSessionToken, sessionTokenHasher } from './session-tokens';

describe('sessionTokenHasher', () => {
  it('gives the same keyed hash as hashSessionToken, for new and remembered tokens alike', () => {
    const hash = sessionTokenHasher('secret', 2);
    const tokens = [newSessionToken(), newSessionToken(), newSessionToken()];
    for (const token of [...tokens, ...tokens]) {
      expect(hash(token)).toBe(hashSessionToken('secret', token));
    }
    expect(hash(tokens[0]!)).not.toBe(hashSessionToken('another secret', tokens[0]!));
  });
});
