import { Findings, type Inspection, type Inspector } from './types';

/**
 * Plain text: UTF-8 checked across the whole stream (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), a UTF-8 byte-order mark tolerated, and UTF-16 when the
 * file starts with its byte-order mark (surrogates must pair). Bytes that are not valid text
 * are `invalid-text` (where the first one is, and how many there are); a file that ends in the
 * middle of a character is `truncated`. Sequences split between pieces are followed across.
 */
type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export class TextInspector implements Inspector {
  private encoding: Encoding = 'utf-8';
  private line = 1;
  private invalid = 0;
  private firstInvalid: { offset: number; line: number } | null = null;
  // UTF-8: continuation bytes still expected, and the range the next one must fall in.
  private needed = 0;
  private lower = 0x80;
  private upper = 0xbf;
  private sequenceStart = 0;
  // UTF-16: a byte waiting for its pair, and a high surrogate waiting for its low one.
  private oddByte: number | null = null;
  private highAt: number | null = null;

  push(bytes: Uint8Array, position: number): void {
    let start = 0;
    if (position === 0) {
      if (bytes[0] === 0xff && bytes[1] === 0xfe) this.encoding = 'utf-16le';
      else if (bytes[0] === 0xfe && bytes[1] === 0xff) this.encoding = 'utf-16be';
      if (this.encoding !== 'utf-8') start = 2;
    }
    if (this.encoding === 'utf-8') this.utf8(bytes, position, start);
    else this.utf16(bytes, position, start);
  }

  finish(_totalSize: number): Inspection {
    const findings = new Findings();
    if (this.firstInvalid) {
      const { offset, line } = this.firstInvalid;
      const more = this.invalid > 1 ? `; ${this.invalid.toLocaleString('en-US')} places in all are not valid text` : '';
      // Windows-1256 is how much Arabic text was saved before UTF-8: say so, the person may know.
      const hint = this.encoding === 'utf-8' ? ' (it may be in a legacy encoding such as Windows-1256)' : '';
      findings.add('invalid-text', `byte ${offset.toLocaleString('en-US')} (line ${line.toLocaleString('en-US')}) is not valid ${this.encoding.toUpperCase()}${hint}${more}`);
    }
    if (this.needed > 0 || this.oddByte !== null || this.highAt !== null) {
      findings.add('truncated', `the file ends in the middle of a character (line ${this.line.toLocaleString('en-US')})`);
    }
    return findings.result({ kind: 'text', formatInfo: { codec: this.encoding } });
  }

  private bad(offset: number): void {
    this.invalid++;
    this.firstInvalid ??= { offset, line: this.line };
  }

  private utf8(bytes: Uint8Array, position: number, start: number): void {
    for (let i = start; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (this.needed > 0) {
        if (b >= this.lower && b <= this.upper) {
          this.needed--;
          this.lower = 0x80;
          this.upper = 0xbf;
          continue;
        }
        // The sequence broke off: it is invalid, and this byte starts afresh.
        this.bad(this.sequenceStart);
        this.needed = 0;
        this.lower = 0x80;
        this.upper = 0xbf;
      }
      if (b < 0x80) {
        if (b === 0x0a) this.line++;
        continue;
      }
      this.sequenceStart = position + i;
      if (b >= 0xc2 && b <= 0xdf) this.needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        this.needed = 2;
        if (b === 0xe0) this.lower = 0xa0; // no overlong forms
        if (b === 0xed) this.upper = 0x9f; // no surrogates
      } else if (b >= 0xf0 && b <= 0xf4) {
        this.needed = 3;
        if (b === 0xf0) this.lower = 0x90;
        if (b === 0xf4) this.upper = 0x8f; // nothing above U+10FFFF
      } else this.bad(position + i);
    }
  }

  private utf16(bytes: Uint8Array, position: number, start: number): void {
    const little = this.encoding === 'utf-16le';
    for (let i = start; i < bytes.length; i++) {
      if (this.oddByte === null) {
        this.oddByte = bytes[i]!;
        continue;
      }
      const first = this.oddByte;
      const second = bytes[i]!;
      this.oddByte = null;
      const unit = little ? first | (second << 8) : (first << 8) | second;
      const at = position + i - 1;
      if (this.highAt !== null) {
        const high = this.highAt;
        this.highAt = null;
        if (unit >= 0xdc00 && unit <= 0xdfff) continue;
        this.bad(high);
      }
      if (unit >= 0xd800 && unit <= 0xdbff) this.highAt = at;
      else if (unit >= 0xdc00 && unit <= 0xdfff) this.bad(at);
      else if (unit === 0x0a) this.line++;
    }
  }
}
