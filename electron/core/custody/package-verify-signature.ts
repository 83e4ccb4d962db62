import { parsePublicKey, prehash, verifyPrehashed } from './minisign';
import { SIGNATURE_FILE, textOf } from './package-verify-bag';
import type { CollectedBag } from './package-verify-collect';
import type { CheckResult } from './package-verify-types';

/**
 * The minisign signature over tagmanifest-sha256.txt (which covers bag-info.txt, both payload
 * manifests and the public key; the manifests cover every payload file). The bag carries its
 * signer's key, so on its own the check proves only that the bag is intact as its signer made
 * it; pinning the key the sender gave out of band (`--key FILE`) proves who the signer was.
 */
export interface SignatureOutcome {
  check: CheckResult;
  /** The key that signed (the pinned one, or the bag's own), when it could be read. */
  publicKey: Uint8Array | null;
  keyId: string | null;
  trustedComment: string | null;
}

/** As minisign prints a key id ("minisign public key …"): the 8 bytes as a little-endian number, upper-case hex, no leading zeros. */
export function minisignKeyId(id: Uint8Array): string {
  return BigInt(`0x${Buffer.from(id).reverse().toString('hex')}`).toString(16).toUpperCase();
}

const REASONS: Record<string, string> = {
  'the signature does not match the file': 'the signature does not match tagmanifest-sha256.txt: the tag manifest (or what it covers) was altered after signing',
  'the signature was made with another key': 'the signature was made with another key than',
};

export async function signatureCheck(bag: CollectedBag, pinnedKeyText: string | null): Promise<SignatureOutcome> {
  const problems: string[] = [];
  const fail = (key: Uint8Array | null = null, keyId: string | null = null): SignatureOutcome => ({ check: { check: 'signature', ok: false, problems }, publicKey: key, keyId, trustedComment: null });
  const bagKeyFile = textOf(bag, 'vault-signing-key.pub');
  const signature = textOf(bag, SIGNATURE_FILE);
  const manifest = bag.held.get('tagmanifest-sha256.txt');
  if (!bagKeyFile) problems.push('vault-signing-key.pub is missing');
  else if ('problem' in bagKeyFile) problems.push(bagKeyFile.problem);
  if (!signature) problems.push(`${SIGNATURE_FILE} is missing: the bag is not signed`);
  else if ('problem' in signature) problems.push(signature.problem);
  if (!manifest) problems.push('tagmanifest-sha256.txt is missing: there is nothing the signature could cover');

  const bagKey = bagKeyFile && 'text' in bagKeyFile ? parsePublicKey(bagKeyFile.text) : null;
  if (bagKeyFile && 'text' in bagKeyFile && !bagKey) problems.push('vault-signing-key.pub is not a minisign public key');
  const pinned = pinnedKeyText === null ? null : parsePublicKey(pinnedKeyText);
  if (pinnedKeyText !== null && !pinned) throw new Error('the expected key is not a minisign public key');
  const key = pinned ?? bagKey;
  const keyId = key ? minisignKeyId(key.id) : null;
  if (pinned && bagKey && !Buffer.from(pinned.publicKey).equals(Buffer.from(bagKey.publicKey))) {
    problems.push(`vault-signing-key.pub holds key ${minisignKeyId(bagKey.id)}, not the expected key ${minisignKeyId(pinned.id)}`);
  }
  if (!key || !signature || !('text' in signature) || !manifest) return fail(key?.publicKey ?? null, keyId);

  const keyText = pinned ? pinnedKeyText! : (bagKeyFile as { text: string }).text;
  const verified = await verifyPrehashed(keyText, signature.text, await prehash([manifest]));
  if (!verified.ok) {
    const reason = verified.reason === 'the signature was made with another key' ? `${REASONS[verified.reason]} ${pinned ? 'the expected one' : 'vault-signing-key.pub'}` : (REASONS[verified.reason] ?? verified.reason);
    problems.push(`${SIGNATURE_FILE}: ${reason}`);
  }
  if (problems.length > 0) return fail(key.publicKey, keyId);
  const note = pinned
    ? undefined
    : `Checked with the key the bag carries (key id ${keyId}). Anyone can sign a bag with a key of their own: compare this key id with the one the sender gave you, or pass --key FILE.`;
  return {
    check: { check: 'signature', ok: true, problems, ...(note ? { note } : {}) },
    publicKey: key.publicKey,
    keyId,
    trustedComment: verified.ok ? verified.trustedComment : null,
  };
}
