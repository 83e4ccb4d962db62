import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ffmpeg, openFile, speechDir } from '../media-fixtures';

describe('openAudio', () => {
  let dir: string;
  let wav: string;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    ({ dir, wav, remove } = await speechDir());
  });
  afterAll(() => remove());

  it('recognises each container by its bytes, whatever the file is called', async () => {
    const made: [string, string, string][] = [
      ['pcm_s16le', 'wav', 'wav'],
      ['libmp3lame', 'mp3', 'mp3'],
      ['aac', 'adts', 'adts'],
      ['aac', 'ipod', 'mp4'],
      ['libopus', 'ogg', 'ogg'],
      ['flac', 'flac', 'flac'],
      ['libopus', 'webm', 'matroska'],
    ];
    for (const [codec, format, container] of made) {
      // Named .bin: only the content can tell.
      const file = path.join(dir, `${format}.bin`);
      await ffmpeg('-i', wav, '-c:a', codec, '-f', format, file);
      const { track, source } = await openFile(file);
      await source.close();
      expect(track.container).toBe(container);
    }
  });

  it('says what is wrong with a file that is not audio, or empty', async () => {
    const text = path.join(dir, 'notes.mp3');
    await writeFile(text, 'These are notes from the interview, not audio.\n');
    await expect(openFile(text)).rejects.toMatchObject({ reason: 'unsupported', message: expect.stringContaining('not audio') });
    const empty = path.join(dir, 'empty.wav');
    await writeFile(empty, '');
    await expect(openFile(empty)).rejects.toMatchObject({ reason: 'empty' });
  });
});
