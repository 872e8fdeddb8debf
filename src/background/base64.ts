/**
 * Base64 for the send log's fingerprint blobs. Table-driven, because atob/btoa work on
 * "binary strings" one character per byte, which made loading a full log three times slower.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let line = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    line += ALPHABET[(n >>> 18) & 63]! + ALPHABET[(n >>> 12) & 63]!;
    line += i + 1 < bytes.length ? ALPHABET[(n >>> 6) & 63]! : '=';
    line += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
    // Join in pieces: one ever-growing string is slow to build in some engines.
    if (line.length >= 4096) {
      parts.push(line);
      line = '';
    }
  }
  parts.push(line);
  return parts.join('');
}

/** The bytes, or null when the text is not base64. */
export function base64ToBytes(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const a = VALUE[text.charCodeAt(i)] ?? -1;
    const b = VALUE[text.charCodeAt(i + 1)] ?? -1;
    const c = text[i + 2] === '=' ? 0 : (VALUE[text.charCodeAt(i + 2)] ?? -1);
    const d = text[i + 3] === '=' ? 0 : (VALUE[text.charCodeAt(i + 3)] ?? -1);
    if ((a | b | c | d) < 0) return null;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = n >>> 16;
    if (o < out.length) out[o++] = (n >>> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
