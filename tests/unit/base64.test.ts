import { expect, test } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../src/background/base64.ts';

test('base64 matches the platform encoding and round-trips every length', () => {
  for (let length = 0; length < 40; length++) {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + length) & 255);
    const encoded = bytesToBase64(bytes);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(encoded)).toEqual(bytes);
  }
});

test('text that is not base64 is refused, not misread', () => {
  expect(base64ToBytes('abc')).toBeNull();
  expect(base64ToBytes('ab$=')).toBeNull();
  expect(base64ToBytes('éééé')).toBeNull();
});
