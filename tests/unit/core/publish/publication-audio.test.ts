import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { exportPublication } from '../../../../electron/core/publish/export';
import { approveNarrative, submitNarrative } from '../../../../electron/core/publish/narratives';
import { savePlan } from '../../../../electron/core/audio-redaction/plan-store';
import { RedactedAudioUploads } from '../../../../electron/core/audio-redaction/redacted-audio-uploads';
import { startIngest } from '../../../../electron/core/media/ingest';
import { updateConsent } from '../../../../electron/core/records/record-service';
import { consentSchema } from '../../../../shared/domain/record';
import { encodeWav16, pcm16Block } from '../../../../shared/media/audio-redaction/wav-writer';
import type { Host } from '../../../../electron/core/host';
import { tempDir } from '../../helpers/temp-dir';
import { asUser, draftWithRedactions, FULL_TEXT_CONSENT } from './publish-fixture';

function folderHost(folder: string): Host {
  return { pickImportFiles: () => Promise.resolve([]), pickSavePath: () => Promise.resolve(null), emit: () => undefined, pickFolder: () => Promise.resolve(folder) };
}

/** An approved narrative whose testimony has a recording, and redacted audio made from its (saved) plan. */
async function withRedactedAudio(publishAudio: boolean | null) {
  const fx = await draftWithRedactions();
  const { session } = fx;
  const testimonyId = fx.fx.testimony.id;
  await updateConsent(session, testimonyId, consentSchema.parse({ ...FULL_TEXT_CONSENT, scopes: { ...FULL_TEXT_CONSENT.scopes, publishAudio } }));
  const wav = path.join(await tempDir(), 'interview-of-fatima.wav');
  execFileSync('sox', ['-n', '-r', '8000', '-c', '1', '-b', '16', wav, 'synth', '0.5', 'sine', '300']);
  const media = await (await startIngest(session, testimonyId, wav, () => undefined)).done;
  await savePlan(session, media.id, [{ startSeconds: 0.1, endSeconds: 0.2, mode: 'silence' }], null);
  await submitNarrative(session, fx.narrative.id, 2);
  await approveNarrative(asUser(session, 'reviewer', 'Reviewer'), fx.narrative.id, 2);
  const samples = Float32Array.from({ length: 4000 }, (_, i) => Math.sin(i / 7) / 3);
  const uploads = new RedactedAudioUploads(session);
  let item = null;
  if (publishAudio) {
    const jobId = await uploads.begin(media.id, 'wav', 8000, 1);
    await uploads.chunk(jobId, 0, pcm16Block([samples]));
    item = await uploads.finish(jobId);
  }
  return { ...fx, mediaId: media.id, item, expected: encodeWav16([samples], 8000) };
}

describe('redacted audio in a publication', () => {
  it('is written beside the text under a generic name, byte for byte as it was made', async () => {
    const { session, narrative, item, expected } = await withRedactedAudio(true);
    const out = await tempDir();
    const result = await exportPublication(session, folderHost(out), { narrativeId: narrative.id, expectedVersion: 2, formats: ['md'], withIdentity: false, audio: [item!.id] });
    expect(result).toMatchObject({ status: 'written', files: ['narrative.md', 'metadata.json', 'audio.wav'] });
    const folder = (result as { folder: string }).folder;
    expect((await fs.readFile(path.join(folder, 'audio.wav'))).equals(Buffer.from(expected))).toBe(true);
    // Nothing names the original file (interview-of-fatima.wav).
    expect((await fs.readdir(folder)).join(' ')).not.toMatch(/fatima|interview/i);
    await session.close();
  });

  it('is refused without consent to publish audio, and when made before the parts to hide last changed', async () => {
    const refused = await withRedactedAudio(null);
    // No audio can even be made then; asking to publish some names the missing consent first.
    expect(await exportPublication(refused.session, folderHost(await tempDir()), { narrativeId: refused.narrative.id, expectedVersion: 2, formats: ['md'], withIdentity: false, audio: ['00000000-0000-4000-8000-000000000000'] })).toEqual({
      status: 'refused',
      reason: 'consent',
      scope: 'publishAudio',
      decision: 'not-asked',
    });
    await refused.session.close();

    const stale = await withRedactedAudio(true);
    await savePlan(stale.session, stale.mediaId, [{ startSeconds: 0.1, endSeconds: 0.4, mode: 'bleep' }], null);
    const out = await tempDir();
    await expect(exportPublication(stale.session, folderHost(out), { narrativeId: stale.narrative.id, expectedVersion: 2, formats: ['md'], withIdentity: false, audio: [stale.item!.id] })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'audio-stale' },
    });
    expect(await fs.readdir(out)).toEqual([]);
    await stale.session.close();
  });
});
