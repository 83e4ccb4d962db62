import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { ffmpeg, ffprobeDuration, speechWav, suiteDir, truncatedCopy } from '../../../helpers/media-files';
import { inspectFile, inspected } from '../../../helpers/inspect';

let dir: string;
let speech: string;
/** ffmpeg writes the 'moov' index after the audio by default… */
let m4a: string;
/** …and before it with +faststart, as phones and streaming tools do. */
let faststart: string;

beforeAll(async () => {
  dir = await suiteDir();
  speech = await speechWav(dir);
  m4a = path.join(dir, 'speech.m4a');
  faststart = path.join(dir, 'faststart.m4a');
  ffmpeg('-i', speech, '-c:a', 'aac', '-b:a', '96k', m4a);
  ffmpeg('-i', speech, '-c:a', 'aac', '-b:a', '96k', '-movflags', '+faststart', faststart);
});

describe('MP4 / M4A inspection', () => {
  it('measures AAC in M4A as ffprobe does (the movie duration, edit list applied) with its codec', async () => {
    for (const file of [m4a, faststart]) {
      const result = await inspected(file);
      expect(result).toMatchObject({ kind: 'audio', contentType: 'audio/mp4', damageDetail: '', formatInfo: { codec: 'aac', sampleRate: 44_100, channels: 2 } });
      expect(result.durationSeconds).toBeCloseTo(ffprobeDuration(file), 3);
    }
  });

  it('accepts an .mp4 that holds only sound, as audio/mp4', async () => {
    const mp4 = path.join(dir, 'sound-only.mp4');
    ffmpeg('-i', speech, '-c:a', 'aac', '-f', 'mp4', mp4);
    expect(await inspected(mp4)).toMatchObject({ kind: 'audio', contentType: 'audio/mp4', formatInfo: { codec: 'aac' } });
  });

  it('flags a file cut at 60 %: inside the audio data, with or without the index', async () => {
    const lost = await inspected(await truncatedCopy(m4a, 0.6));
    expect(lost.damage).toBe('truncated');
    expect(lost.damageDetail).toMatch(/ends in the middle of its audio data, [\d,]+ bytes short; the index \('moov'\) that players need came after it and is lost/);
    const cut = await inspected(await truncatedCopy(faststart, 0.6));
    expect(cut).toMatchObject({ damage: 'truncated', formatInfo: { codec: 'aac' } });
    expect(cut.damageDetail).toMatch(/ends in the middle of its audio data, [\d,]+ bytes short \(at about 00:00:0\d\.\d\)/);
    expect(cut.durationSeconds!).toBeLessThan(ffprobeDuration(faststart) * 0.7);
  });

  it('refuses an MP4 with a moving picture as a video, whatever its brand', async () => {
    const video = path.join(dir, 'video.mp4');
    ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=64x48:duration=1', '-i', speech, '-c:v', 'mpeg4', '-c:a', 'aac', '-shortest', video);
    expect(await inspectFile(video)).toEqual({ unsupported: 'a video (an MP4 file with a moving-picture track)' });
    const m4aNamed = path.join(dir, 'video-as.m4a');
    ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=64x48:duration=1', '-c:v', 'mpeg4', '-f', 'ipod', m4aNamed);
    expect(await inspectFile(m4aNamed)).toEqual({ unsupported: 'a video (an MP4 file with a moving-picture track)' });
  });
});
