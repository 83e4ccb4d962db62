import { describe, expect, it } from 'vitest';
import { decodeBase64Strict } from '../../../../electron/core/custody/base64';
import { CanonicalJsonError, canonicalJson } from '../../../../electron/core/custody/canonical-json';

describe('canonical JSON (RFC 8785 JCS)', () => {
  it('sorts keys at every depth by UTF-16 code units and writes no whitespace', () => {
    expect(canonicalJson({ b: [3, { z: 1, a: null }], a: true, é: 'x', B: 'upper' })).toBe('{"B":"upper","a":true,"b":[3,{"a":null,"z":1}],"é":"x"}');
    // U+1F600 (surrogates D83D DE00) sorts before U+FB01 by code units, after it by code points.
    expect(canonicalJson({ '\uFB01': 1, '\u{1F600}': 2 })).toBe('{"\u{1F600}":2,"\uFB01":1}');
  });

  it('writes numbers and strings as JCS does', () => {
    expect(canonicalJson([1e21, 1e-7, 0.1, -0, 100, 'line\nbreak', '\u2028', '\uD800'])).toBe('[1e+21,1e-7,0.1,0,100,"line\\nbreak","\u2028","\\ud800"]');
  });

  it('refuses what is not plain JSON data rather than changing it', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const value of [undefined, Number.NaN, Infinity, 10n, () => 1, new Date(0), { a: undefined }, [Symbol('s')], cyclic]) {
      expect(() => canonicalJson(value)).toThrow(CanonicalJsonError);
    }
  });
});

describe('strict base64', () => {
  it('accepts only the one canonical padded spelling', () => {
    expect(decodeBase64Strict('AAEC')).toEqual(Buffer.from([0, 1, 2]));
    expect(decodeBase64Strict('AAE=')).toEqual(Buffer.from([0, 1]));
    expect(decodeBase64Strict('')).toEqual(Buffer.alloc(0));
    for (const bad of ['AAE', 'AAF=', 'AA E=', 'AA-_', 'AAEC\n', '=AAE', 'AAE==']) expect(decodeBase64Strict(bad)).toBeUndefined();
  });
});
