import { sodium } from '../crypto/sodium';
import { decodeBase64Strict, encodeBase64 } from './base64';
import { sha256 } from './merkle';

/**
 * C2SP signed-note (https://c2sp.org/signed-note) with Ed25519 signatures, and the verifier
 * key strings of golang.org/x/mod/sumdb/note, so that a recipient can check our checkpoints
 * with the Go tooling or any other implementation. Pure: no I/O.
 */

const ALG_ED25519 = 0x01;
const SIGNATURE_PREFIX = '\u2014 ';
/** The spec asks verifiers to accept at least 16; Go's implementation stops at 100. */
const MAX_SIGNATURES = 100;

export type NoteErrorReason =
  | 'MALFORMED_NOTE'
  | 'MALFORMED_KEY'
  | 'UNKNOWN_KEY'
  | 'INVALID_SIGNATURE'
  | 'MALFORMED_CHECKPOINT'
  | 'WRONG_ORIGIN';

export class NoteError extends Error {
  override readonly name = 'NoteError';
  constructor(
    readonly reason: NoteErrorReason,
    message: string,
  ) {
    super(message);
  }
}

export interface NoteSigner {
  readonly name: string;
  /** libsodium's 64-byte Ed25519 secret key (seed || public key). */
  readonly secretKey: Uint8Array;
  readonly publicKey: Uint8Array;
}

export interface NoteVerifier {
  readonly name: string;
  readonly keyHash: number;
  readonly publicKey: Uint8Array;
}

export interface NoteSignature {
  readonly name: string;
  readonly keyHash: number;
  /** Base64 of key hash || signature, as on the signature line. */
  readonly base64: string;
}

export interface OpenedNote {
  readonly text: string;
  /** Signatures by known keys, all verified. */
  readonly signatures: readonly NoteSignature[];
  /** Signatures by keys we do not know: ignored, as the spec requires. */
  readonly unverified: readonly NoteSignature[];
}

/** Key names: non-empty, no Unicode space, no "+" (it separates the verifier key fields). */
export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !/[\s\u0085+]/u.test(name) && isNoteSafe(name);
}

/** Valid UTF-8 (no lone surrogates) and no control character except newline. */
function isNoteSafe(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0009\u000b-\u001f]/u.test(text) && !/\p{Surrogate}/u.test(text);
}

/** key hash = first 4 bytes (big-endian) of SHA-256(name || 0x0A || 0x01 || public key). */
export function ed25519KeyHash(name: string, publicKey: Uint8Array): number {
  return sha256(Buffer.from(`${name}\n`, 'utf8'), Uint8Array.of(ALG_ED25519), publicKey).readUInt32BE(0);
}

export function verifierFor(name: string, publicKey: Uint8Array): NoteVerifier {
  if (!isValidKeyName(name)) throw new NoteError('MALFORMED_KEY', `"${name}" is not a valid key name: it must be non-empty, with no spaces or "+".`);
  if (publicKey.length !== 32) throw new NoteError('MALFORMED_KEY', `an Ed25519 public key is 32 bytes, not ${publicKey.length}.`);
  return { name, keyHash: ed25519KeyHash(name, publicKey), publicKey: Uint8Array.from(publicKey) };
}

function hex8(value: number): string {
  return value.toString(16).padStart(8, '0');
}

/** `<name>+<hex key hash>+<base64(0x01 || public key)>`, what a recipient is given to check notes. */
export function formatVerifierKey(name: string, publicKey: Uint8Array): string {
  const verifier = verifierFor(name, publicKey);
  const key = Buffer.concat([Uint8Array.of(ALG_ED25519), publicKey]);
  return `${name}+${hex8(verifier.keyHash)}+${encodeBase64(key)}`;
}

export function parseVerifierKey(vkey: string): NoteVerifier {
  const bad = (why: string): NoteError => new NoteError('MALFORMED_KEY', `Not a usable verifier key: ${why}.`);
  // The base64 key may itself hold "+": only the first two "+" separate fields.
  const first = vkey.indexOf('+');
  const second = first < 0 ? -1 : vkey.indexOf('+', first + 1);
  if (second < 0) throw bad('expected <name>+<key hash>+<key>');
  const name = vkey.slice(0, first);
  const hash = vkey.slice(first + 1, second);
  const encoded = vkey.slice(second + 1);
  if (!isValidKeyName(name)) throw bad('the key name is empty or holds spaces');
  if (!/^[0-9a-f]{8}$/.test(hash)) throw bad('the key hash is not 8 lower-case hex digits');
  const key = decodeBase64Strict(encoded);
  if (!key || key.length !== 33) throw bad('the key is not base64 of 33 bytes');
  if (key[0] !== ALG_ED25519) throw bad('the key is not an Ed25519 key');
  const verifier = verifierFor(name, key.subarray(1));
  if (hex8(verifier.keyHash) !== hash) throw bad('the key hash does not match the name and key');
  return verifier;
}

function assertText(text: string): void {
  if (!text.endsWith('\n') || !isNoteSafe(text)) {
    throw new NoteError('MALFORMED_NOTE', 'A note text must end in a newline and hold no control characters other than newlines.');
  }
}

/** Signs `text` (which must end in "\n") with each signer: text, blank line, signature lines. */
export async function signNote(text: string, signers: readonly NoteSigner[]): Promise<string> {
  assertText(text);
  if (signers.length === 0) throw new NoteError('MALFORMED_KEY', 'A note needs at least one signer.');
  const na = await sodium();
  const message = Buffer.from(text, 'utf8');
  const lines = signers.map((signer) => {
    const verifier = verifierFor(signer.name, signer.publicKey);
    if (signer.secretKey.length !== 64) throw new NoteError('MALFORMED_KEY', 'An Ed25519 secret key is 64 bytes (libsodium format).');
    const signature = na.crypto_sign_detached(message, signer.secretKey);
    const hash = Buffer.alloc(4);
    hash.writeUInt32BE(verifier.keyHash);
    return `${SIGNATURE_PREFIX}${signer.name} ${encodeBase64(Buffer.concat([hash, signature]))}\n`;
  });
  return `${text}\n${lines.join('')}`;
}

function parseSignatureLine(line: string): NoteSignature | undefined {
  if (!line.startsWith(SIGNATURE_PREFIX)) return undefined;
  const rest = line.slice(SIGNATURE_PREFIX.length);
  const space = rest.indexOf(' ');
  if (space < 0) return undefined;
  const name = rest.slice(0, space);
  const base64 = rest.slice(space + 1);
  const bytes = decodeBase64Strict(base64);
  if (!isValidKeyName(name) || !bytes || bytes.length < 5) return undefined;
  return { name, keyHash: bytes.readUInt32BE(0), base64 };
}

/**
 * Parses a signed note and checks it against the trusted keys. Signatures by unknown keys
 * are ignored; one bad signature by a known key rejects the note; at least one known key
 * must have signed. Bytes are decoded as strict UTF-8 (invalid sequences are refused, not
 * replaced).
 */
export async function openNote(note: string | Uint8Array, verifiers: readonly NoteVerifier[]): Promise<OpenedNote> {
  const malformed = (why: string): NoteError => new NoteError('MALFORMED_NOTE', `Malformed signed note: ${why}.`);
  let message: string;
  if (typeof note === 'string') {
    message = note;
  } else {
    try {
      message = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(note);
    } catch {
      throw malformed('it is not valid UTF-8');
    }
  }
  if (!isNoteSafe(message)) throw malformed('it holds control characters or invalid UTF-8');
  const split = message.lastIndexOf('\n\n');
  if (split < 0) throw malformed('there is no blank line before the signatures');
  const text = message.slice(0, split + 1);
  const block = message.slice(split + 2);
  if (!block.endsWith('\n')) throw malformed('the last signature line does not end in a newline');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) throw malformed(`more than ${MAX_SIGNATURES} signatures`);

  const na = await sodium();
  const body = Buffer.from(text, 'utf8');
  const signatures: NoteSignature[] = [];
  const unverified: NoteSignature[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const sig = parseSignatureLine(line);
    if (!sig) throw malformed('a line after the blank line is not a signature line');
    // A repeated line adds nothing (Go's implementation drops repeats too).
    if (seen.has(line)) continue;
    seen.add(line);
    const verifier = verifiers.find((v) => v.name === sig.name && v.keyHash === sig.keyHash);
    if (!verifier) {
      unverified.push(sig);
      continue;
    }
    const raw = decodeBase64Strict(sig.base64)?.subarray(4);
    if (!raw || raw.length !== 64 || !na.crypto_sign_verify_detached(raw, body, verifier.publicKey)) {
      throw new NoteError('INVALID_SIGNATURE', `The signature by key ${sig.name}+${hex8(sig.keyHash)} does not verify: the note was altered or forged.`);
    }
    signatures.push(sig);
  }
  if (signatures.length === 0) {
    const names = unverified.map((s) => `${s.name}+${hex8(s.keyHash)}`).join(', ');
    throw new NoteError('UNKNOWN_KEY', `The note is not signed by a trusted key (signed by: ${names}).`);
  }
  return { text, signatures, unverified };
}

export interface Checkpoint {
  readonly origin: string;
  readonly treeSize: number;
  readonly rootHash: Buffer;
}

/** c2sp.org/tlog-checkpoint note text: origin, decimal tree size, base64 root hash. */
export function formatCheckpoint(checkpoint: Checkpoint): string {
  if (!isValidOrigin(checkpoint.origin)) throw new NoteError('MALFORMED_CHECKPOINT', `"${checkpoint.origin}" is not a valid log origin.`);
  if (!Number.isSafeInteger(checkpoint.treeSize) || checkpoint.treeSize < 0) throw new NoteError('MALFORMED_CHECKPOINT', 'The tree size must be a non-negative integer.');
  if (checkpoint.rootHash.length !== 32) throw new NoteError('MALFORMED_CHECKPOINT', 'The root hash must be 32 bytes.');
  return `${checkpoint.origin}\n${checkpoint.treeSize}\n${encodeBase64(checkpoint.rootHash)}\n`;
}

/** Origins follow the spec's advice (a schema-less URL: no spaces, no "+") so they can be key names too. */
export function isValidOrigin(origin: string): boolean {
  return isValidKeyName(origin);
}

/** Parses a checkpoint body. Extension lines are allowed by the spec but must be non-empty. */
export function parseCheckpoint(text: string, expectedOrigin?: string): Checkpoint {
  const bad = (why: string): NoteError => new NoteError('MALFORMED_CHECKPOINT', `Malformed checkpoint: ${why}.`);
  if (!text.endsWith('\n')) throw bad('the text does not end in a newline');
  const lines = text.slice(0, -1).split('\n');
  const [origin = '', size = '', root = '', ...extensions] = lines;
  if (lines.length < 3 || origin === '') throw bad('expected origin, tree size and root hash lines');
  if (extensions.some((line) => line === '')) throw bad('an extension line is empty');
  if (!/^(?:0|[1-9][0-9]*)$/.test(size) || !Number.isSafeInteger(Number(size))) throw bad(`"${size}" is not a tree size`);
  const rootHash = decodeBase64Strict(root);
  if (!rootHash || rootHash.length !== 32) throw bad('the root hash is not base64 of 32 bytes');
  if (expectedOrigin !== undefined && origin !== expectedOrigin) {
    throw new NoteError('WRONG_ORIGIN', `The checkpoint belongs to log "${origin}", not to "${expectedOrigin}".`);
  }
  return { origin, treeSize: Number(size), rootHash };
}

/** Verifies a signed checkpoint note and parses its body in one step. */
export async function openCheckpoint(note: string | Uint8Array, verifiers: readonly NoteVerifier[], origin: string): Promise<Checkpoint> {
  const opened = await openNote(note, verifiers);
  return parseCheckpoint(opened.text, origin);
}
