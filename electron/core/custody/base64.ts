/**
 * Strict standard base64 (RFC 4648 §4, padded). Node's Buffer.from(s, 'base64') skips
 * characters it does not know and accepts missing padding, so two different strings would
 * decode to the same key or signature; signed notes and checkpoints must have exactly one
 * spelling, so anything that does not re-encode to itself is refused.
 */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function decodeBase64Strict(text: string): Buffer | undefined {
  if (!BASE64.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}

export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
