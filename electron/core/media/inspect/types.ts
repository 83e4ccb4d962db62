import type { Damage, FormatInfo, MediaKind } from '../../../../shared/domain/media';

/**
 * What ingest learns about an original from its bytes, in the same single pass that hashes
 * and encrypts it (DESIGN.md "Fixity": the file is never read twice). An inspector sees every
 * piece once, in order, and keeps only a bounded amount of state: never the whole file.
 */
export interface Inspection {
  kind: MediaKind;
  /** A more exact type than the first bytes gave (an MP4 that holds only sound is audio/mp4). */
  contentType?: string;
  durationSeconds?: number;
  /** Set when the original arrived damaged; it is kept bit-exact all the same (evidence as given). */
  damage?: Damage;
  /** English, says where: "the file ends in the middle of frame 8123 (at 01:42:11.3)". Empty when undamaged. */
  damageDetail: string;
  formatInfo: FormatInfo;
}

export interface Inspector {
  /**
   * The next piece of the original, starting at byte `position` (pieces are contiguous and in
   * order). The piece may be overwritten once this returns: an inspector copies what it keeps.
   */
  push(bytes: Uint8Array, position: number): void;
  finish(totalSize: number): Inspection;
}

/**
 * Thrown by an inspector that finds the content is not one of the accepted formats after all
 * (an Ogg file holding video, an MP4 without sound). Ingest turns it into UNSUPPORTED_FORMAT
 * naming the file; `what` completes "… is <what>".
 */
export class UnsupportedContent extends Error {
  override readonly name = 'UnsupportedContent';
  constructor(readonly what: string) {
    super(`unsupported content: ${what}`);
  }
}

/** Problems found in one original. The first decides the code; a few are described, the rest counted. */
export class Findings {
  private readonly problems: { damage: Damage; detail: string }[] = [];
  private more = 0;
  private static readonly DESCRIBED = 3;

  add(damage: Damage, detail: string): void {
    if (this.problems.length < Findings.DESCRIBED) this.problems.push({ damage, detail });
    else this.more++;
  }

  has(damage?: Damage): boolean {
    return damage === undefined ? this.problems.length > 0 : this.problems.some((p) => p.damage === damage);
  }

  get damage(): Damage | undefined {
    return this.problems[0]?.damage;
  }

  get detail(): string {
    const sentences = this.problems.map((p) => capitalise(p.detail));
    if (this.more > 0) sentences.push(`${this.more} more problem${this.more === 1 ? '' : 's'} of the same kind or others follow.`);
    return sentences.map((s) => (/[.!?]$/.test(s) ? s : `${s}.`)).join(' ');
  }

  /** The finished inspection, with the damage (if any) taken from these findings. */
  result(base: Omit<Inspection, 'damage' | 'damageDetail'>): Inspection {
    const damage = this.damage;
    const out: Inspection = { ...base, damageDetail: damage ? this.detail : '' };
    if (damage) out.damage = damage;
    if (out.durationSeconds !== undefined && !Number.isFinite(out.durationSeconds)) delete out.durationSeconds;
    return out;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
