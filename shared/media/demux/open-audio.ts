import { openAdts } from './adts';
import { ascii } from './bytes';
import { ByteReader, DEFAULT_BLOCK, type RangeSource } from './byte-reader';
import { DemuxError } from './demux-error';
import { openFlac } from './flac';
import { openMatroska } from './matroska';
import { openMp3 } from './mp3';
import { openMp4 } from './mp4';
import { openOgg } from './ogg';
import type { AudioTrack, ContainerName } from './types';
import { openWav } from './wav';

/** Which container the first bytes announce (content, never a name), or null. */
export function sniffContainer(head: Uint8Array): ContainerName | null {
  const four = ascii(head, 0, 4);
  if ((four === 'RIFF' || four === 'RF64' || four === 'BW64') && ascii(head, 8, 4) === 'WAVE') return 'wav';
  if (four === 'fLaC') return 'flac';
  if (four === 'OggS') return 'ogg';
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'matroska';
  if (['ftyp', 'moov', 'mdat', 'free', 'wide', 'skip'].includes(ascii(head, 4, 4))) return 'mp4';
  let at = 0;
  if (ascii(head, 0, 3) === 'ID3' && head.length >= 10) {
    at = 10 + (((head[6]! & 0x7f) << 21) | ((head[7]! & 0x7f) << 14) | ((head[8]! & 0x7f) << 7) | (head[9]! & 0x7f));
    if (at + 2 > head.length) return 'mp3'; // a tag longer than the sample: MP3 is what carries one
  }
  if (head[at] === 0xff && ((head[at + 1] ?? 0) & 0xf6) === 0xf0) return 'adts';
  if (head[at] === 0xff && ((head[at + 1] ?? 0) & 0xe0) === 0xe0) return 'mp3';
  return null;
}

/**
 * Opens an original's audio for the waveform: finds the container from the first bytes and
 * returns its track (decoder setup and packets, or PCM blocks). Reads as it goes: memory is
 * about one block (`blockSize`, at most 4 MiB per read) plus what one table or frame needs.
 */
export async function openAudio(source: RangeSource, blockSize = DEFAULT_BLOCK): Promise<AudioTrack> {
  if (source.size === 0) throw new DemuxError('empty', 'The file is empty.');
  const reader = new ByteReader(source, blockSize);
  await reader.ensure(Math.min(64 * 1024, source.size));
  const container = sniffContainer(reader.peek(64 * 1024));
  switch (container) {
    case 'wav':
      return openWav(reader);
    case 'flac':
      return openFlac(reader);
    case 'ogg':
      return openOgg(reader);
    case 'matroska':
      return openMatroska(reader);
    case 'mp4':
      return openMp4(reader);
    case 'adts':
      return openAdts(reader);
    case 'mp3':
      return openMp3(reader);
    case null:
      throw new DemuxError('unsupported', 'This file is not audio in a format the waveform can read (WAV, MP3, AAC/M4A, Ogg, FLAC, WebM/Matroska).');
  }
}
