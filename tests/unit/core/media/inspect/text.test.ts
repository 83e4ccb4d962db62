import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { inspectBytes } from '../../../helpers/inspect';

const STATEMENT = 'شهادة مكتوبة من حلب\nWritten statement, 2024\n';

describe('plain text inspection', () => {
  it('accepts UTF-8 with Arabic, with or without a byte-order mark', () => {
    expect(inspectBytes(Buffer.from(STATEMENT))).toEqual({ kind: 'text', damageDetail: '', formatInfo: { codec: 'utf-8' } });
    expect(inspectBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STATEMENT)]))).toMatchObject({ damageDetail: '', formatInfo: { codec: 'utf-8' } });
  });

  it('accepts UTF-16 with its byte-order mark, little- and big-endian', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STATEMENT, 'utf16le')]);
    expect(inspectBytes(le)).toEqual({ kind: 'text', damageDetail: '', formatInfo: { codec: 'utf-16le' } });
    const be = Buffer.from(le);
    be.swap16();
    expect(inspectBytes(be)).toEqual({ kind: 'text', damageDetail: '', formatInfo: { codec: 'utf-16be' } });
  });

  it('checks the whole stream, not only its start: an invalid byte far in is found, with its line', () => {
    const long = Buffer.concat([Buffer.from('line\n'.repeat(300_000)), Buffer.from([0xff]), Buffer.from(' end\n')]);
    const result = inspectBytes(long);
    expect(result).toMatchObject({ kind: 'text', damage: 'invalid-text' });
    expect('damageDetail' in result && result.damageDetail).toMatch(/^Byte 1,500,000 \(line 300,001\) is not valid UTF-8/);
  });

  it('flags Arabic saved in a legacy encoding (Windows-1256) as not valid UTF-8, and keeps it as text', () => {
    const legacy = execFileSync('iconv', ['-f', 'utf-8', '-t', 'cp1256'], { input: STATEMENT });
    const result = inspectBytes(legacy);
    expect(result).toMatchObject({ kind: 'text', damage: 'invalid-text', formatInfo: { codec: 'utf-8' } });
    expect('damageDetail' in result && result.damageDetail).toMatch(/^Byte 0 \(line 1\) is not valid UTF-8 \(it may be in a legacy encoding such as Windows-1256\); \d+ places in all/);
  });

  it('flags overlong forms and lone surrogates as invalid, and a character cut by the end as truncated', () => {
    expect(inspectBytes(Buffer.from([0x61, 0xc0, 0xaf, 0x0a]))).toMatchObject({ damage: 'invalid-text' });
    expect(inspectBytes(Buffer.from([0x61, 0xed, 0xa0, 0x80, 0x0a]))).toMatchObject({ damage: 'invalid-text' });
    const cut = Buffer.from(STATEMENT.trimEnd());
    expect(inspectBytes(cut.subarray(0, 5))).toMatchObject({ damage: 'truncated' });
    const lone = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le'), Buffer.from([0x00, 0xdc]), Buffer.from('c', 'utf16le')]);
    expect(inspectBytes(lone)).toMatchObject({ damage: 'invalid-text', formatInfo: { codec: 'utf-16le' } });
  });
});
