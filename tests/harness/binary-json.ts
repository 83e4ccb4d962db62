/**
 * JSON text that keeps Uint8Array values: each becomes `{"__tvBytes": "<base64>"}` and comes
 * back as a Uint8Array. The harness bridge answers as JSON text (electron-shim.ts says why),
 * and plain JSON would turn bytes (recording chunks, `media.readRange` answers) into objects
 * of numbered keys. Electron's structured clone keeps Uint8Array natively; this only makes the
 * test transport as faithful. Runs in the page (bundled into the shim) and in Node.
 */
export const BYTES_TAG = '__tvBytes';

/** base64 without Buffer, for the page; Node passes its own faster one. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Undefined for undefined (as JSON.stringify), so an absent input stays absent. */
export function toJsonText(value: unknown, encode: (bytes: Uint8Array) => string = bytesToBase64): string | undefined {
  // The holder's own property, not `raw`: JSON.stringify hands the replacer what toJSON made
  // of it, and Node's Buffer (a Uint8Array) has a toJSON.
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, raw: unknown) {
    const own = this[key];
    return own instanceof Uint8Array ? { [BYTES_TAG]: encode(own) } : raw;
  });
}

export function fromJsonText(text: string, decode: (text: string) => Uint8Array = base64ToBytes): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const keys = Object.keys(value);
      const tagged = (value as Record<string, unknown>)[BYTES_TAG];
      if (keys.length === 1 && typeof tagged === 'string') return decode(tagged);
    }
    return value;
  });
}
