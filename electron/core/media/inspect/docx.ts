import { u16le, u32le } from './bytes';
import { Tail } from './tail';
import { Findings, type Inspection, type Inspector } from './types';

/**
 * DOCX (ECMA-376 in a ZIP archive): the ZIP's end-of-central-directory record must end the
 * file (without it the archive was cut: `truncated`), and its central directory must list
 * [Content_Types].xml and word/document.xml (else Word cannot open it: `corrupt-data`).
 * Central-directory entries are recognised as they stream by (their signature, and a name
 * compared while it passes) and kept only as positions; the end record is found in a tail
 * of the file at the end. Not detected: damage inside the compressed parts.
 */
const CENTRAL = [0x50, 0x4b, 0x01, 0x02];
const END = [0x50, 0x4b, 0x05, 0x06];
const REQUIRED = ['[Content_Types].xml', 'word/document.xml'] as const;
const LONGEST = Math.max(...REQUIRED.map((n) => n.length));
/** The end record (22 bytes) may be followed by a comment of up to 65,535 bytes. */
const END_REACH = 22 + 0xffff;
const MAX_POSITIONS = 16;

function isAt(b: Uint8Array, i: number, signature: readonly number[]): boolean {
  return signature.every((v, k) => b[i + k] === v);
}

export class DocxInspector implements Inspector {
  private readonly tail = new Tail(END_REACH);
  private carry = new Uint8Array(0);
  private carryStart = 0;
  private readonly listed = new Map<string, number[]>(REQUIRED.map((name) => [name, []]));

  push(bytes: Uint8Array, position: number): void {
    this.tail.push(bytes);
    const joined = new Uint8Array(this.carry.length + bytes.length);
    joined.set(this.carry);
    joined.set(bytes, this.carry.length);
    const start = position - this.carry.length;
    const complete = this.scan(joined, start, false);
    this.carry = joined.slice(complete);
    this.carryStart = start + complete;
  }

  finish(totalSize: number): Inspection {
    this.scan(this.carry, this.carryStart, true);
    const findings = new Findings();
    const tail = this.tail.value;
    const tailStart = totalSize - tail.length;
    let end: { at: number; size: number; offset: number } | null = null;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (isAt(tail, i, END) && i + 22 + u16le(tail, i + 20) === tail.length) {
        end = { at: tailStart + i, size: u32le(tail, i + 12), offset: u32le(tail, i + 16) };
        break;
      }
    }
    if (!end) {
      findings.add('truncated', 'the end of the ZIP archive (its central directory) is missing: the file was cut short');
    } else {
      const zip64 = end.offset === 0xffffffff || end.size === 0xffffffff;
      for (const name of REQUIRED) {
        const positions = this.listed.get(name) ?? [];
        if (!positions.some((p) => zip64 || (p >= end.offset && p < end.offset + end.size))) {
          findings.add('corrupt-data', `${name} is not listed in the archive's central directory, so word processors cannot open it`);
        }
      }
    }
    return findings.result({ kind: 'document', formatInfo: { codec: 'docx' } });
  }

  /** Records central-directory entries named like a required part; answers how far the bytes were fully looked at. */
  private scan(b: Uint8Array, start: number, final: boolean): number {
    const need = 46 + LONGEST;
    for (let i = b.indexOf(0x50); i >= 0; i = b.indexOf(0x50, i + 1)) {
      if (!final && i + need > b.length) return i;
      if (!isAt(b, i, CENTRAL)) continue;
      const nameLength = u16le(b, i + 28);
      const name = Buffer.from(b.buffer, b.byteOffset + i + 46, Math.min(nameLength, LONGEST, Math.max(0, b.length - i - 46))).toString('latin1');
      const positions = this.listed.get(name);
      if (positions && nameLength === name.length && positions.length < MAX_POSITIONS) positions.push(start + i);
    }
    return b.length;
  }
}
