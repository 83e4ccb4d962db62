import { beforeAll, describe, expect, it } from 'vitest';
import { sodium } from '../../../../electron/core/crypto/sodium';
import {
  NoteError,
  ed25519KeyHash,
  formatCheckpoint,
  formatVerifierKey,
  openCheckpoint,
  openNote,
  parseCheckpoint,
  parseVerifierKey,
  signNote,
  verifierFor,
  type NoteErrorReason,
  type NoteSigner,
  type NoteVerifier,
} from '../../../../electron/core/custody/signed-note';

// Known-answer vectors of golang.org/x/mod/sumdb/note (note_test.go).
const PETER_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const PETER_SKEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const ENOCH_VKEY = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop';
const TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const PETER_SIG = '\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
const ENOCH_SIG = '\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n';

let peter: NoteSigner;
let peterVerifier: NoteVerifier;
let enochVerifier: NoteVerifier;

beforeAll(async () => {
  const na = await sodium();
  // The Go signer key is "PRIVATE+KEY+<name>+<hash>+base64(0x01 || seed)".
  const seedField = Buffer.from(PETER_SKEY.slice('PRIVATE+KEY+PeterNeumann+c74f20a3+'.length), 'base64');
  expect(seedField[0]).toBe(0x01);
  const pair = na.crypto_sign_seed_keypair(seedField.subarray(1));
  peter = { name: 'PeterNeumann', secretKey: pair.privateKey, publicKey: pair.publicKey };
  peterVerifier = parseVerifierKey(PETER_VKEY);
  enochVerifier = parseVerifierKey(ENOCH_VKEY);
});

async function reason(promise: Promise<unknown>): Promise<NoteErrorReason> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof NoteError) return error.reason;
    throw error;
  }
  throw new Error('expected a NoteError');
}

function reasonSync(run: () => unknown): NoteErrorReason | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof NoteError) return error.reason;
    throw error;
  }
}

/** Go slices the signature line by bytes; so do we, to insert at the same place. */
function insertAtByte(line: string, at: number, what: string): string {
  const bytes = Buffer.from(line, 'utf8');
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(what), bytes.subarray(at)]).toString('utf8');
}

describe('verifier keys', () => {
  it('derives the known key hash and verifier key string from the public key', () => {
    expect(ed25519KeyHash('PeterNeumann', peter.publicKey).toString(16)).toBe('c74f20a3');
    expect(formatVerifierKey('PeterNeumann', peter.publicKey)).toBe(PETER_VKEY);
    expect(Buffer.from(peterVerifier.publicKey)).toEqual(Buffer.from(peter.publicKey));
    expect(enochVerifier.keyHash).toBe(0xaf0cfe78);
  });

  it('refuses every truncation and every single-byte change of a verifier key', () => {
    for (let i = 0; i <= PETER_VKEY.length; i++) {
      for (let j = i + 1; j <= PETER_VKEY.length; j++) {
        if (i === 0 && j === PETER_VKEY.length) continue;
        expect(reasonSync(() => parseVerifierKey(PETER_VKEY.slice(i, j)))).toBe('MALFORMED_KEY');
      }
    }
    for (let i = 0; i < PETER_VKEY.length; i++) {
      const mangled = PETER_VKEY.slice(0, i) + String.fromCharCode(PETER_VKEY.charCodeAt(i) + 1) + PETER_VKEY.slice(i + 1);
      expect(reasonSync(() => parseVerifierKey(mangled))).toBe('MALFORMED_KEY');
    }
    // Wrong key length and unknown algorithm, each with a key hash adjusted to match.
    expect(reasonSync(() => parseVerifierKey('PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=='))).toBe('MALFORMED_KEY');
    expect(reasonSync(() => parseVerifierKey('PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'))).toBe('MALFORMED_KEY');
  });

  it('round-trips verifier keys whose base64 holds "+"', async () => {
    const na = await sodium();
    let withPlus = 0;
    for (let i = 0; i < 64; i++) {
      const { publicKey } = na.crypto_sign_seed_keypair(new Uint8Array(32).fill(i));
      const vkey = formatVerifierKey('testimony-vault/x', publicKey);
      if (vkey.split('+').length > 3) withPlus++;
      expect(Buffer.from(parseVerifierKey(vkey).publicKey)).toEqual(Buffer.from(publicKey));
    }
    expect(withPlus).toBeGreaterThan(0);
  });

  it('refuses key names with spaces or "+"', () => {
    expect(reasonSync(() => verifierFor('Peter Neumann', peter.publicKey))).toBe('MALFORMED_KEY');
    expect(reasonSync(() => verifierFor('a+b', peter.publicKey))).toBe('MALFORMED_KEY');
    expect(reasonSync(() => verifierFor('', peter.publicKey))).toBe('MALFORMED_KEY');
  });
});

describe('signing', () => {
  it('produces the known-answer signed note', async () => {
    expect(await signNote(TEXT, [peter])).toBe(`${TEXT}\n${PETER_SIG}`);
  });

  it('refuses text that is not a note body', async () => {
    expect(await reason(signNote('abc', [peter]))).toBe('MALFORMED_NOTE');
    expect(await reason(signNote('tab\there\n', [peter]))).toBe('MALFORMED_NOTE');
    expect(await reason(signNote(TEXT, [{ ...peter, name: 'bad name' }]))).toBe('MALFORMED_KEY');
  });
});

describe('opening', () => {
  it('verifies the signatures of known keys and sets aside unknown ones', async () => {
    const one = await openNote(`${TEXT}\n${PETER_SIG}${ENOCH_SIG}`, [peterVerifier]);
    expect(one.text).toBe(TEXT);
    expect(one.signatures.map((s) => s.name)).toEqual(['PeterNeumann']);
    expect(one.unverified.map((s) => [s.name, s.keyHash])).toEqual([['EnochRoot', 0xaf0cfe78]]);

    const both = await openNote(`${TEXT}\n${PETER_SIG}${ENOCH_SIG}`, [peterVerifier, enochVerifier]);
    expect(both.signatures.map((s) => s.name)).toEqual(['PeterNeumann', 'EnochRoot']);
    expect(both.unverified).toEqual([]);
  });

  it('accepts bytes and drops repeated signature lines', async () => {
    const enochAbcd = insertAtByte(ENOCH_SIG, 60, 'ABCD');
    const opened = await openNote(Buffer.from(`${TEXT}\n${PETER_SIG}${PETER_SIG}${ENOCH_SIG}${ENOCH_SIG}${enochAbcd}`), [peterVerifier]);
    expect(opened.signatures).toHaveLength(1);
    expect(opened.unverified).toHaveLength(2);
  });

  it('rejects a note no trusted key signed', async () => {
    expect(await reason(openNote(`${TEXT}\n${PETER_SIG}${ENOCH_SIG}`, []))).toBe('UNKNOWN_KEY');
    // Same signature under another name, or another key hash: a different key, so unknown.
    expect(await reason(openNote(`${TEXT}\n${PETER_SIG.replace('PeterNeumann', 'CarmenSandiego')}`, [peterVerifier]))).toBe('UNKNOWN_KEY');
    expect(await reason(openNote(`${TEXT}\n${PETER_SIG.replace('x08g', 'xxxx')}`, [peterVerifier]))).toBe('UNKNOWN_KEY');
  });

  it('rejects a bad signature by a known key, and an altered text', async () => {
    expect(await reason(openNote(`${TEXT}\n${insertAtByte(PETER_SIG, 60, 'ABCD')}`, [peterVerifier]))).toBe('INVALID_SIGNATURE');
    expect(await reason(openNote(`${TEXT.replace('answer', 'ANSWER')}\n${PETER_SIG}`, [peterVerifier]))).toBe('INVALID_SIGNATURE');
  });

  it('rejects malformed notes', async () => {
    const bad: Array<string | Buffer> = [
      TEXT,
      `${TEXT}\n`,
      `${TEXT}\n${PETER_SIG.slice(0, -1)}`,
      `\u0001${TEXT}\n${PETER_SIG}`,
      Buffer.concat([Buffer.from([0xff]), Buffer.from(`${TEXT}\n${PETER_SIG}`)]),
      `${TEXT}\n\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=`,
      `${TEXT}\n${PETER_SIG}Unexpected line.\n`,
      `${TEXT}\n${PETER_SIG.repeat(101)}`,
      // Base64 that Node would decode leniently but that is not the one canonical spelling.
      `${TEXT}\n${PETER_SIG.replace('=\n', '\n')}`,
    ];
    for (const note of bad) expect(await reason(openNote(note, [peterVerifier]))).toBe('MALFORMED_NOTE');
  });
});

describe('checkpoints (c2sp.org/tlog-checkpoint)', () => {
  const root = Buffer.from('CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=', 'base64');
  const body = 'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n';

  it('formats and parses the spec example body', () => {
    expect(formatCheckpoint({ origin: 'example.com/behind-the-sofa', treeSize: 20852163, rootHash: root })).toBe(body);
    const parsed = parseCheckpoint(body, 'example.com/behind-the-sofa');
    expect(parsed.treeSize).toBe(20852163);
    expect(parsed.rootHash).toEqual(root);
    expect(parseCheckpoint(`${body}extension line\n`).treeSize).toBe(20852163);
  });

  it('rejects malformed bodies and another log\'s origin', () => {
    const rootLine = 'CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=';
    for (const text of [
      `example.com/log\n007\n${rootLine}\n`,
      `example.com/log\n-1\n${rootLine}\n`,
      `example.com/log\nten\n${rootLine}\n`,
      'example.com/log\n10\nAAAA\n',
      `example.com/log\n10\n${rootLine}`,
      'example.com/log\n10\n',
      `example.com/log\n10\n${rootLine}\n\n`,
      `\n10\n${rootLine}\n`,
    ]) {
      expect(reasonSync(() => parseCheckpoint(text))).toBe('MALFORMED_CHECKPOINT');
    }
    expect(reasonSync(() => parseCheckpoint(body, 'testimony-vault/other'))).toBe('WRONG_ORIGIN');
  });

  it('signs a checkpoint that opens only for its key and origin', async () => {
    const na = await sodium();
    const pair = na.crypto_sign_keypair();
    const signer: NoteSigner = { name: 'testimony-vault/v1', secretKey: pair.privateKey, publicKey: pair.publicKey };
    const verifier = verifierFor(signer.name, signer.publicKey);
    const note = await signNote(formatCheckpoint({ origin: 'testimony-vault/v1', treeSize: 3, rootHash: root }), [signer]);

    const opened = await openCheckpoint(note, [verifier], 'testimony-vault/v1');
    expect(opened).toEqual({ origin: 'testimony-vault/v1', treeSize: 3, rootHash: root });
    expect(await reason(openCheckpoint(note, [verifier], 'testimony-vault/v2'))).toBe('WRONG_ORIGIN');
    expect(await reason(openCheckpoint(note, [peterVerifier], 'testimony-vault/v1'))).toBe('UNKNOWN_KEY');
    expect(await reason(openCheckpoint(note.replace('\n3\n', '\n4\n'), [verifier], 'testimony-vault/v1'))).toBe('INVALID_SIGNATURE');
    // The same key pair under another name is another key.
    expect(await reason(openCheckpoint(note, [verifierFor('testimony-vault/v2', pair.publicKey)], 'testimony-vault/v1'))).toBe('UNKNOWN_KEY');
  });
});
