import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { assertExtensionMatches, sniffContentType } from '../../../../electron/core/media/content-type';
import { tempDir } from '../../helpers/temp-dir';

async function generated(name: string, make: (file: string) => void): Promise<Uint8Array> {
  const file = path.join(await tempDir(), name);
  make(file);
  return new Uint8Array((await fs.readFile(file)).subarray(0, 64 * 1024));
}

describe('content sniffing', () => {
  it('recognises real audio made by sox and ffmpeg by its bytes', async () => {
    const wav = await generated('a.wav', (f) => execFileSync('sox', ['-n', '-r', '8000', '-c', '1', f, 'synth', '0.2', 'sine', '440']));
    expect(sniffContentType(wav).contentType).toBe('audio/wav');
    const flac = await generated('a.flac', (f) => execFileSync('sox', ['-n', '-r', '8000', '-c', '1', f, 'synth', '0.2', 'sine', '440']));
    expect(sniffContentType(flac).contentType).toBe('audio/flac');
    const ff = (f: string, ...args: string[]) => execFileSync('ffmpeg', ['-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=0.3', ...args, f]);
    expect(sniffContentType(await generated('a.mp3', (f) => ff(f))).contentType).toBe('audio/mpeg');
    expect(sniffContentType(await generated('a.opus', (f) => ff(f, '-c:a', 'libopus'))).label).toMatch(/Opus/);
    expect(sniffContentType(await generated('a.m4a', (f) => ff(f, '-c:a', 'aac'))).contentType).toBe('audio/mp4');
    expect(sniffContentType(await generated('a.webm', (f) => ff(f, '-c:a', 'libopus'))).contentType).toBe('audio/webm');
  });

  it('recognises documents and images, and text in Arabic as text', () => {
    expect(sniffContentType(new TextEncoder().encode('%PDF-1.7\n')).contentType).toBe('application/pdf');
    expect(sniffContentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16])).contentType).toBe('image/jpeg');
    expect(sniffContentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])).contentType).toBe('image/png');
    expect(sniffContentType(new TextEncoder().encode('شهادة مكتوبة\nWritten statement\n')).contentType).toBe('text/plain');
    expect(sniffContentType(new Uint8Array([0, 1, 2, 3, 250, 251, 0, 0])).contentType).toBe('application/octet-stream');
  });

  it('treats a UTF-8 character cut by the end of the sample as text, not binary', () => {
    const bytes = new TextEncoder().encode('شهادة'.repeat(10));
    expect(sniffContentType(bytes.subarray(0, bytes.length - 1)).contentType).toBe('text/plain');
  });
});

describe('extension check', () => {
  it('refuses a text file named .mp3 and says what it really is', () => {
    const sniffed = sniffContentType(new TextEncoder().encode('just some notes'));
    expect(() => assertExtensionMatches('interview.mp3', sniffed)).toThrow(expect.objectContaining({ code: 'CONTENT_MISMATCH', message: expect.stringMatching(/interview\.mp3.*plain text/) }));
  });

  it('accepts matching extensions in any case, and names without a known extension', () => {
    const wav = sniffContentType(new TextEncoder().encode('RIFF\0\0\0\0WAVEfmt '));
    expect(() => assertExtensionMatches('RECORDING.WAV', wav)).not.toThrow();
    expect(() => assertExtensionMatches('recording', wav)).not.toThrow();
    expect(() => assertExtensionMatches('recording.bin', wav)).not.toThrow();
  });
});
