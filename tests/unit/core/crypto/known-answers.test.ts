import { describe, expect, it } from 'vitest';
import { open } from '../../../../electron/core/crypto/aead';
import { HeapBlock, rawSodium } from '../../../../electron/core/crypto/age/raw-sodium';
import { sodium } from '../../../../electron/core/crypto/sodium';

/**
 * Known-answer tests from published vectors, for every primitive the vault's formats rest on.
 * They pin the algorithms (a library swap or upgrade that changes an output fails here) and the
 * way our code drives them (argument order, length halves for the raw WebAssembly calls).
 */

const hex = (text: string) => Uint8Array.from(Buffer.from(text.replace(/\s+/g, ''), 'hex'));
const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

// RFC 8439 §2.8.2 and draft-irtf-cfrg-xchacha-03 §A.3.1 share key, associated data and plaintext.
const SUNSCREEN = new TextEncoder().encode(
  "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.",
);
const AEAD_KEY = hex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
const AEAD_AD = hex('50515253c0c1c2c3c4c5c6c7');

describe('Argon2id (the passphrase key slots)', () => {
  // The reference implementation's vector (phc-winner-argon2, src/test.c, Argon2id v=0x13):
  // "password", salt "somesalt", t=2, m=64 MiB, p=1. crypto_pwhash itself insists on 16-byte
  // salts, so the vector goes through the encoded-string verifier, which runs the same core.
  const REFERENCE = '$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc';

  it('matches the reference implementation', async () => {
    const s = await sodium();
    expect(s.crypto_pwhash_str_verify(REFERENCE, 'password')).toBe(true);
  });

  it('refuses a wrong passphrase and a tag one character off', async () => {
    const s = await sodium();
    expect(s.crypto_pwhash_str_verify(REFERENCE, 'passworD')).toBe(false);
    expect(s.crypto_pwhash_str_verify(REFERENCE.replace('CTFh', 'CTFi'), 'password')).toBe(false);
  });

  it('is the variant and version the key slots ask for', async () => {
    const s = await sodium();
    // Slots derive with crypto_pwhash(ALG_ARGON2ID13); the string form of that call is what the
    // reference vector is in, so the two must name the same algorithm and version.
    const encoded = s.crypto_pwhash_str('password', 2, 64 * 1024 * 1024);
    expect(encoded.startsWith('$argon2id$v=19$m=65536,t=2,p=1$')).toBe(true);
    expect(s.crypto_pwhash_ALG_ARGON2ID13).toBe(2);
  });
});

describe('XChaCha20-Poly1305 (key slots, recording journal, sealed secrets)', () => {
  const nonce = hex('404142434445464748494a4b4c4d4e4f5051525354555657');
  const sealed = hex(`
    bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb
    731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452
    2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9
    21f9664c97637da9768812f615c68b13b52e
    c0875924c1c7987947deafd8780acf49`);

  it('seals the draft vector (A.3.1) byte for byte', async () => {
    const s = await sodium();
    expect(toHex(s.crypto_aead_xchacha20poly1305_ietf_encrypt(SUNSCREEN, AEAD_AD, null, nonce, AEAD_KEY))).toBe(toHex(sealed));
  });

  it('opens it through the vault\'s own open(), and refuses it with other associated data or a flipped bit', async () => {
    expect(await open(AEAD_KEY, { nonce, ciphertext: sealed }, AEAD_AD)).toEqual(SUNSCREEN);
    expect(await open(AEAD_KEY, { nonce, ciphertext: sealed }, AEAD_AD.subarray(1))).toBeNull();
    const flipped = Uint8Array.from(sealed);
    flipped[flipped.length - 1]! ^= 1;
    expect(await open(AEAD_KEY, { nonce, ciphertext: flipped }, AEAD_AD)).toBeNull();
  });
});

describe('ChaCha20-Poly1305 (age payload chunks and X25519 stanzas)', () => {
  const nonce = hex('070000004041424344454647');
  const ciphertext = hex(`
    d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6
    3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36
    92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc
    3ff4def08e4b7a9de576d26586cec64b6116`);
  const tag = hex('1ae10b594f09e26a7e902ecbd0600691');

  it('seals RFC 8439 §2.8.2 through the wrapper the stanzas use', async () => {
    const s = await sodium();
    expect(toHex(s.crypto_aead_chacha20poly1305_ietf_encrypt(SUNSCREEN, AEAD_AD, null, nonce, AEAD_KEY))).toBe(toHex(ciphertext) + toHex(tag));
  });

  it('seals and opens it through the raw WebAssembly calls the chunk cipher makes', async () => {
    const lib = await rawSodium();
    // Layout as the chunk cipher lays out its block: key, nonce, associated data, data, output.
    const KEY = 0, NONCE = 32, AD = 48, DATA = 64, OUT = DATA + SUNSCREEN.length + 16;
    const block = HeapBlock.allocate(lib, OUT + SUNSCREEN.length);
    const at = (offset: number) => block.pointer + offset;
    try {
      lib.HEAPU8.set(AEAD_KEY, at(KEY));
      lib.HEAPU8.set(nonce, at(NONCE));
      lib.HEAPU8.set(AEAD_AD, at(AD));
      lib.HEAPU8.set(SUNSCREEN, at(DATA));
      const sealedStatus = lib._crypto_aead_chacha20poly1305_ietf_encrypt(
        at(DATA), 0, at(DATA), SUNSCREEN.length, 0, at(AD), AEAD_AD.length, 0, 0, at(NONCE), at(KEY),
      );
      expect(sealedStatus).toBe(0);
      expect(toHex(lib.HEAPU8.slice(at(DATA), at(DATA) + SUNSCREEN.length + 16))).toBe(toHex(ciphertext) + toHex(tag));

      const open = () =>
        lib._crypto_aead_chacha20poly1305_ietf_decrypt_detached(
          at(OUT), 0, at(DATA), SUNSCREEN.length, 0, at(DATA) + SUNSCREEN.length, at(AD), AEAD_AD.length, 0, at(NONCE), at(KEY),
        );
      expect(open()).toBe(0);
      expect(lib.HEAPU8.slice(at(OUT), at(OUT) + SUNSCREEN.length)).toEqual(SUNSCREEN);
      const tagAt = at(DATA) + SUNSCREEN.length;
      lib.HEAPU8[tagAt] = (lib.HEAPU8[tagAt] ?? 0) ^ 1; // flip a bit of the tag's first byte
      expect(open()).not.toBe(0);
    } finally {
      block.dispose();
    }
  });
});

describe('X25519 (age recipients)', () => {
  // RFC 7748 §6.1.
  const alicePrivate = hex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a');
  const alicePublic = '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a';
  const bobPrivate = hex('5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb');
  const bobPublic = 'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f';
  const shared = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';

  it('derives both public keys and the shared secret of RFC 7748 §6.1', async () => {
    const s = await sodium();
    expect(toHex(s.crypto_scalarmult_base(alicePrivate))).toBe(alicePublic);
    expect(toHex(s.crypto_scalarmult_base(bobPrivate))).toBe(bobPublic);
    expect(toHex(s.crypto_scalarmult(alicePrivate, hex(bobPublic)))).toBe(shared);
    expect(toHex(s.crypto_scalarmult(bobPrivate, hex(alicePublic)))).toBe(shared);
  });

  it('refuses a low-order point, as the age spec requires (an all-zero secret is public)', async () => {
    const s = await sodium();
    expect(() => s.crypto_scalarmult(alicePrivate, new Uint8Array(32))).toThrow();
  });
});

describe('Ed25519 (minisign signatures on custody packages)', () => {
  // RFC 8032 §7.1, TEST 1 (empty message), TEST 2 (one byte) and TEST 3 (two bytes).
  const vectors = [
    {
      secret: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
      public: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
      message: '',
      signature:
        'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    },
    {
      secret: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
      public: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
      message: '72',
      signature:
        '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
    },
    {
      secret: 'c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7',
      public: 'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025',
      message: 'af82',
      signature:
        '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a',
    },
  ];

  it.each(vectors)('derives the key, signs and verifies RFC 8032 vector with message "$message"', async (v) => {
    const s = await sodium();
    const pair = s.crypto_sign_seed_keypair(hex(v.secret));
    expect(toHex(pair.publicKey)).toBe(v.public);
    const message = hex(v.message);
    expect(toHex(s.crypto_sign_detached(message, pair.privateKey))).toBe(v.signature);
    expect(s.crypto_sign_verify_detached(hex(v.signature), message, hex(v.public))).toBe(true);
    const forged = hex(v.signature);
    forged[0]! ^= 1;
    expect(s.crypto_sign_verify_detached(forged, message, hex(v.public))).toBe(false);
  });
});
