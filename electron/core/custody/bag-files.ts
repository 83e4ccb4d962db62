/**
 * The tag files of a BagIt bag (RFC 8493), as text. A recipient validates them with any BagIt
 * tool, or with `sha256sum -c manifest-sha256.txt` (the two-space line format is the same).
 */
export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

/** RFC 8493 §2.1.3: in manifests, CR, LF and % in a path are percent-encoded. */
export function encodeManifestPath(path: string): string {
  return path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function decodeManifestPath(path: string): string {
  return path.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%25/g, '%');
}

export function manifest(entries: readonly { path: string; hash: string }[]): string {
  return [...entries]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((e) => `${e.hash}  ${encodeManifestPath(e.path)}\n`)
    .join('');
}

/** Parses a manifest into path -> hash; null with the line number on a malformed line. */
export function parseManifest(text: string): { entries: Map<string, string>; badLine: number | null } {
  const entries = new Map<string, string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line === '') continue;
    const match = /^([0-9a-fA-F]+)[ \t]+\*?(.+)$/.exec(line);
    if (!match) return { entries, badLine: i + 1 };
    entries.set(decodeManifestPath(match[2]!), match[1]!.toLowerCase());
  }
  return { entries, badLine: null };
}

/** "octets.streams" of the payload (RFC 8493 §2.2.2). */
export function payloadOxum(bytes: number, files: number): string {
  return `${bytes}.${files}`;
}

/** A human size for Bag-Size, in decimal units as the RFC's examples use. */
export function humanSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

/** bag-info.txt: `Label: value` lines; values are one line each (line breaks become spaces). */
export function bagInfo(fields: readonly (readonly [string, string])[]): string {
  return fields.map(([label, value]) => `${label}: ${value.replace(/[\r\n]+/g, ' ').trim()}\n`).join('');
}

export function parseBagInfo(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let last: string | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line === '') continue;
    if (/^[ \t]/.test(line) && last) {
      // A continuation line (RFC 8493 §2.2.2 allows folding).
      const values = out.get(last)!;
      values[values.length - 1] += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    last = line.slice(0, colon).trim();
    out.set(last, [...(out.get(last) ?? []), line.slice(colon + 1).trim()]);
  }
  return out;
}
