import { pageCrc } from '../demux/ogg-pages';

/**
 * Ogg Opus (RFC 7845) around packets from WebCodecs' AudioEncoder, which hands out bare
 * Opus packets: the Opus form of a redacted recording. Written page by page as packets come,
 * so the file grows with the encoder and a long recording is never held whole.
 *
 * The headers carry nothing about where the file came from: the vendor string is fixed and
 * there are no comments (a publication must not name a machine, a user or an original file).
 */
const OPUS_RATE = 48_000;
const VENDOR = 'testimony-vault';
/** Flush a page once it holds about this much audio (RFC 7845 §7 advises ≤ 1 s per page). */
const PAGE_SAMPLES = OPUS_RATE;
const MAX_SEGMENTS = 255;

export interface OggOpusOptions {
  channels: 1 | 2;
  /** The sample rate the audio had before encoding (informative, RFC 7845 §5.1). */
  inputSampleRate: number;
  /** Samples at 48 kHz the decoder drops at the start: the encoder's lookahead. */
  preSkip: number;
  /** The stream's serial number; any value, fixed by the caller so output is reproducible. */
  serial: number;
}

function laced(length: number): number[] {
  const values = new Array<number>(Math.floor(length / 255)).fill(255);
  values.push(length % 255);
  return values;
}

export class OggOpusWriter {
  private sequence = 0;
  private granule = 0;
  private pending: Uint8Array[] = [];
  private pendingSamples = 0;
  private finished = false;

  constructor(private readonly options: OggOpusOptions) {
    if (options.preSkip < 0 || options.preSkip > 0xffff) throw new RangeError('Opus pre-skip must fit 16 bits.');
  }

  /** The two header pages (OpusHead, then OpusTags): written first. */
  headers(): Uint8Array {
    const head = new Uint8Array(19);
    const view = new DataView(head.buffer);
    head.set(new TextEncoder().encode('OpusHead'));
    head[8] = 1; // version
    head[9] = this.options.channels;
    view.setUint16(10, this.options.preSkip, true);
    view.setUint32(12, this.options.inputSampleRate, true);
    view.setInt16(16, 0, true); // output gain
    head[18] = 0; // channel mapping family 0: mono or stereo
    const vendor = new TextEncoder().encode(VENDOR);
    const tags = new Uint8Array(8 + 4 + vendor.length + 4);
    tags.set(new TextEncoder().encode('OpusTags'));
    new DataView(tags.buffer).setUint32(8, vendor.length, true);
    tags.set(vendor, 12);
    // The user comment list length (last four bytes) stays 0.
    return concat([this.page([head], 0, 0x02), this.page([tags], 0, 0)]);
  }

  /** Adds one encoded packet of `samples` samples at 48 kHz; answers the pages completed by it (maybe none). */
  packet(data: Uint8Array, samples: number): Uint8Array {
    if (this.finished) throw new Error('The Ogg stream is already finished.');
    if (data.length === 0 || data.length > 255 * 254) throw new RangeError('An Opus packet must hold 1 to 64 770 bytes.');
    const out: Uint8Array[] = [];
    const segments = this.pending.reduce((n, p) => n + laced(p.length).length, 0);
    if (this.pending.length > 0 && segments + laced(data.length).length > MAX_SEGMENTS) out.push(this.flush(0));
    this.pending.push(Uint8Array.from(data));
    this.pendingSamples += samples;
    if (this.pendingSamples >= PAGE_SAMPLES) out.push(this.flush(0));
    return concat(out);
  }

  /**
   * The last page (end of stream). `totalSamples` is the length of the audio at 48 kHz before
   * encoding: the granule of the last page trims the encoder's padding (RFC 7845 §4.5).
   */
  finish(totalSamples: number): Uint8Array {
    if (this.finished) throw new Error('The Ogg stream is already finished.');
    this.finished = true;
    const end = this.options.preSkip + totalSamples;
    return this.flush(0x04, Math.min(end, this.granule + this.pendingSamples));
  }

  private flush(flags: number, granule = this.granule + this.pendingSamples): Uint8Array {
    this.granule += this.pendingSamples;
    const page = this.page(this.pending, granule, flags);
    this.pending = [];
    this.pendingSamples = 0;
    return page;
  }

  private page(packets: readonly Uint8Array[], granule: number, flags: number): Uint8Array {
    const lacing = packets.flatMap((p) => laced(p.length));
    const bodyLength = packets.reduce((n, p) => n + p.length, 0);
    const page = new Uint8Array(27 + lacing.length + bodyLength);
    const view = new DataView(page.buffer);
    page.set([0x4f, 0x67, 0x67, 0x53]); // OggS
    page[4] = 0;
    page[5] = flags;
    view.setBigUint64(6, BigInt(granule), true);
    view.setUint32(14, this.options.serial >>> 0, true);
    view.setUint32(18, this.sequence++, true);
    page[26] = lacing.length;
    page.set(lacing, 27);
    let at = 27 + lacing.length;
    for (const p of packets) {
      page.set(p, at);
      at += p.length;
    }
    view.setUint32(22, pageCrc(page), true);
    return page;
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
