/**
 * age v1 files (C2SP age spec, https://age-encryption.org/v1), X25519 recipients only; other
 * stanza types (e.g. grease) are skipped. Files are interchangeable with the stock `age` tool.
 *
 * Keys (identity.ts):
 *   generateIdentity() -> { secretKey, publicKey }      32-byte X25519 key pair
 *   encodeIdentity(secretKey) / decodeIdentity(text)     "AGE-SECRET-KEY-1…" (uppercase Bech32)
 *   encodeRecipient(publicKey) / decodeRecipient(text)   "age1…" (lowercase Bech32)
 *   recipientOf(secretKey) -> publicKey
 *
 * Writing (writer.ts), streaming in bounded memory:
 *   const enc = await AgeEncryptor.create([publicKey, …]);
 *   write(enc.header); for each plaintext piece: write(...enc.update(piece)); write(enc.finish());
 *   encryptFile(srcPath, dstPath, recipients) does that for a file.
 *
 * Reading (reader.ts), random access:
 *   const r = await AgeFileReader.open(path, [secretKey, …]);  // header MAC + final chunk checked
 *   r.size; await r.read(start, endExclusive); for await (const piece of r.stream({ start, end })) …;
 *   await r.close();
 *   No byte is returned before its chunk's tag has verified.
 *
 * Every failure is an AgeError with a `code` (errors.ts) and a message a person can act on.
 *
 * Decisions beyond the spec, matching Go age where it has one:
 *   - at most 20 stanzas (Go age refuses more when decrypting); headers over 1 MiB are refused;
 *   - binary files only: an ASCII-armored file is refused with a hint;
 *   - a cut at a chunk boundary or within a chunk's first 16 bytes is TRUNCATED; a cut elsewhere
 *     inside the last chunk cannot be told from damage (one tag covers the chunk), so it is
 *     CHUNK_AUTH_FAILED on that chunk, whose message says "altered, damaged or cut short";
 *   - appended bytes are TRAILING_DATA when up to about one chunk of them follows the final chunk
 *     (found by authenticating, see final-chunk-scan.ts); more than that reads as a damaged chunk.
 */
export { AGE_ERROR_CODES, AgeError, type AgeErrorCode } from './errors';
export {
  decodeIdentity,
  decodeRecipient,
  encodeIdentity,
  encodeRecipient,
  generateIdentity,
  recipientOf,
  type IdentityKeyPair,
} from './identity';
export { AgeFileReader } from './reader';
export { AgeEncryptor, encryptFile, type EncryptFileResult } from './writer';
export { CHUNK_SIZE, ENCRYPTED_CHUNK_SIZE } from './chunk-cipher';
