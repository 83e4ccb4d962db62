/**
 * Why an original's audio could not be read for a waveform. The renderer shows the reason
 * (translated); the English message says where, for a person looking into it.
 * - `unsupported`: a format or codec this reader does not handle (say which).
 * - `damaged`: the container is broken before any audio could be found.
 * - `empty`: a valid file without a single audio sample.
 * - `too-large`: a structure bigger than any real file has (a hostile or corrupt length).
 */
export type DemuxErrorReason = 'unsupported' | 'damaged' | 'empty' | 'too-large';

export class DemuxError extends Error {
  override readonly name = 'DemuxError';

  constructor(
    readonly reason: DemuxErrorReason,
    message: string,
  ) {
    super(message);
  }
}
