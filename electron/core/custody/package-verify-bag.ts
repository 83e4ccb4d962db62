import { decodeManifestPath, parseBagInfo, payloadOxum } from './bag-files';
import type { CollectedBag } from './package-verify-collect';
import type { CheckResult } from './package-verify-types';

/**
 * The BagIt checks of RFC 8493 on what the single pass collected: declaration, bag-info,
 * completeness, both payload manifests, Payload-Oxum and both tag manifests. Pure functions:
 * every file was read once already, these only compare.
 */
export const SIGNED_TAG_FILES = ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'manifest-sha512.txt', 'vault-signing-key.pub'] as const;
export const TAG_MANIFESTS = ['tagmanifest-sha256.txt', 'tagmanifest-sha512.txt'] as const;
export const SIGNATURE_FILE = 'tagmanifest-sha256.txt.minisig';
const KNOWN_TOP_LEVEL: ReadonlySet<string> = new Set([...SIGNED_TAG_FILES, ...TAG_MANIFESTS, SIGNATURE_FILE]);

/** The fields the sender's app always writes (issue 5); a recipient's archive needs all of them. */
export const REQUIRED_BAG_INFO = ['Source-Organization', 'Contact-Name', 'External-Identifier', 'Bagging-Date', 'Payload-Oxum', 'Bag-Size', 'Internal-Sender-Description'] as const;

const ALGORITHMS = { sha256: { label: 'SHA-256', hexLength: 64 }, sha512: { label: 'SHA-512', hexLength: 128 } } as const;
type Algorithm = keyof typeof ALGORITHMS;

const result = (check: CheckResult['check'], problems: string[], note?: string): CheckResult => ({ check, ok: problems.length === 0, problems, ...(note ? { note } : {}) });

/** A held file as text; null when absent, a problem string when it is not UTF-8. */
export function textOf(bag: CollectedBag, path: string): { text: string } | { problem: string } | null {
  const bytes = bag.held.get(path);
  if (!bytes) return null;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: `${path} is not valid UTF-8` };
  }
}

interface ParsedManifest {
  entries: Map<string, string>;
  problems: string[];
}

/** `<hex>  <path>` lines, as sha256sum writes them; a bad line, a wrong hash length or a repeated path is named. */
export function readManifest(bag: CollectedBag, name: string, algorithm: Algorithm): ParsedManifest | null {
  const file = textOf(bag, name);
  if (!file) return null;
  if ('problem' in file) return { entries: new Map(), problems: [file.problem] };
  const { hexLength, label } = ALGORITHMS[algorithm];
  const entries = new Map<string, string>();
  const problems: string[] = [];
  file.text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line === '') return;
    const match = /^([0-9a-fA-F]+)[ \t]+\*?(.+)$/.exec(line);
    if (!match) return problems.push(`${name} line ${i + 1} is not "<hash>  <path>"`);
    const path = decodeManifestPath(match[2]!);
    if (match[1]!.length !== hexLength) return problems.push(`${name} line ${i + 1}: the hash of ${path} is not a ${label} (${hexLength} hex digits)`);
    if (entries.has(path)) return problems.push(`${name} lists ${path} twice`);
    entries.set(path, match[1]!.toLowerCase());
  });
  return { entries, problems };
}

export function bagDeclaration(bag: CollectedBag): CheckResult {
  const file = textOf(bag, 'bagit.txt');
  if (!file) return result('bag-declaration', ['bagit.txt is missing: this is not a BagIt bag']);
  if ('problem' in file) return result('bag-declaration', [file.problem]);
  const fields = parseBagInfo(file.text);
  const problems: string[] = [];
  const version = fields.get('BagIt-Version');
  if (!version || version.length !== 1 || !['1.0', '0.97'].includes(version[0]!)) problems.push(`bagit.txt: BagIt-Version is ${version ? `"${version.join(', ')}"` : 'missing'}, expected 1.0`);
  const encoding = fields.get('Tag-File-Character-Encoding');
  if (!encoding || encoding.length !== 1 || encoding[0]!.toUpperCase() !== 'UTF-8') problems.push(`bagit.txt: Tag-File-Character-Encoding is ${encoding ? `"${encoding.join(', ')}"` : 'missing'}, expected UTF-8`);
  return result('bag-declaration', problems);
}

export function readBagInfo(bag: CollectedBag): { fields: Map<string, string[]>; check: CheckResult } {
  const file = textOf(bag, 'bag-info.txt');
  if (!file) return { fields: new Map(), check: result('bag-info', ['bag-info.txt is missing']) };
  if ('problem' in file) return { fields: new Map(), check: result('bag-info', [file.problem]) };
  const fields = parseBagInfo(file.text);
  const problems: string[] = [];
  for (const label of REQUIRED_BAG_INFO) {
    const values = fields.get(label);
    if (!values || values.every((v) => v === '')) problems.push(`bag-info.txt: ${label} is missing`);
    else if (values.length > 1) problems.push(`bag-info.txt: ${label} appears ${values.length} times`);
  }
  const date = fields.get('Bagging-Date')?.[0];
  if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.push(`bag-info.txt: Bagging-Date "${date}" is not a date (YYYY-MM-DD)`);
  const oxum = fields.get('Payload-Oxum')?.[0];
  if (oxum && !/^\d+\.\d+$/.test(oxum)) problems.push(`bag-info.txt: Payload-Oxum "${oxum}" is not "<octets>.<files>"`);
  return { fields, check: result('bag-info', problems) };
}

const isPayload = (path: string) => path.startsWith('data/');

export function completeness(bag: CollectedBag, manifests: Record<Algorithm, ParsedManifest | null>): CheckResult {
  const problems: string[] = [];
  for (const name of [...SIGNED_TAG_FILES, ...TAG_MANIFESTS, SIGNATURE_FILE]) if (!bag.files.has(name)) problems.push(`${name} is missing`);
  for (const path of bag.files.keys()) {
    if (!isPayload(path) && !KNOWN_TOP_LEVEL.has(path)) problems.push(`${path} is an extra file: not part of this bag's format and not covered by its signature`);
  }
  for (const algorithm of ['sha256', 'sha512'] as const) {
    const manifest = manifests[algorithm];
    if (!manifest) continue;
    const name = `manifest-${algorithm}.txt`;
    for (const path of bag.files.keys()) if (isPayload(path) && !manifest.entries.has(path)) problems.push(`${path} is not in ${name} (a file added to the bag?)`);
    for (const path of manifest.entries.keys()) {
      if (!isPayload(path)) problems.push(`${name} lists ${path}, which is not in the payload folder data/`);
      else if (!bag.files.has(path)) problems.push(`${path} is listed in ${name} but missing from the bag`);
    }
  }
  return result('completeness', problems);
}

export function checksums(bag: CollectedBag, algorithm: Algorithm, manifest: ParsedManifest | null): CheckResult {
  const check = algorithm === 'sha256' ? 'checksums-sha256' : 'checksums-sha512';
  const name = `manifest-${algorithm}.txt`;
  if (!manifest) return result(check, [`${name} is missing: the payload cannot be checked`]);
  const problems = [...manifest.problems];
  const { label } = ALGORITHMS[algorithm];
  for (const [path, expected] of manifest.entries) {
    const facts = bag.files.get(path);
    if (facts && facts[algorithm] !== expected) problems.push(`${path}: ${label} differs from ${name}`);
  }
  return result(check, problems);
}

export function payloadOxumCheck(bag: CollectedBag, fields: Map<string, string[]>): { actual: string; check: CheckResult } {
  let octets = 0;
  let streams = 0;
  for (const [path, facts] of bag.files) {
    if (!isPayload(path)) continue;
    octets += facts.size;
    streams++;
  }
  const actual = payloadOxum(octets, streams);
  const declared = fields.get('Payload-Oxum')?.[0];
  if (declared === undefined) return { actual, check: result('payload-oxum', [`bag-info.txt has no Payload-Oxum; the payload has ${actual}`]) };
  return { actual, check: result('payload-oxum', declared === actual ? [] : [`bag-info.txt: Payload-Oxum says ${declared}, the payload has ${actual}`]) };
}

export function tagManifests(bag: CollectedBag): CheckResult {
  const problems: string[] = [];
  for (const name of TAG_MANIFESTS) {
    const algorithm: Algorithm = name.includes('512') ? 'sha512' : 'sha256';
    const manifest = readManifest(bag, name, algorithm);
    if (!manifest) {
      problems.push(`${name} is missing`);
      continue;
    }
    problems.push(...manifest.problems);
    const { label } = ALGORITHMS[algorithm];
    for (const [path, expected] of manifest.entries) {
      const facts = bag.files.get(path);
      if (isPayload(path) || TAG_MANIFESTS.includes(path as (typeof TAG_MANIFESTS)[number])) problems.push(`${name} lists ${path}, which is not a tag file it may cover`);
      else if (!facts) problems.push(`${name} lists ${path}, which is missing from the bag`);
      else if (facts[algorithm] !== expected) problems.push(`${path}: ${label} differs from ${name}`);
    }
    for (const path of SIGNED_TAG_FILES) if (bag.files.has(path) && !manifest.entries.has(path)) problems.push(`${path} is not listed in ${name}`);
  }
  return result('tag-manifests', problems);
}
