/** Keeps the last `size` bytes of a stream (a copy: pieces are reused once pushed). */
export class Tail {
  private bytes = new Uint8Array(0);

  constructor(private readonly size: number) {}

  push(piece: Uint8Array): void {
    const length = Math.min(this.size, this.bytes.length + piece.length);
    const fromPiece = Math.min(piece.length, length);
    const joined = new Uint8Array(length);
    joined.set(this.bytes.subarray(this.bytes.length - (length - fromPiece)), 0);
    joined.set(piece.subarray(piece.length - fromPiece), length - fromPiece);
    this.bytes = joined;
  }

  get value(): Uint8Array {
    return this.bytes;
  }
}
