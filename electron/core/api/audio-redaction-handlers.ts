import type { Handlers } from './create-vault-api';
import type { VaultState } from './vault-state';
import type { AUDIO_REDACTION_OPERATION_NAMES } from '../../../shared/contract/names-audio-redaction';
import { getPlan, savePlan } from '../audio-redaction/plan-store';
import { deleteRedactedAudio, listRedactedAudio } from '../audio-redaction/redacted-audio-store';
import { getTestimony } from '../db/queries/testimonies';
import { VaultError } from '../../../shared/errors';

type Names = (typeof AUDIO_REDACTION_OPERATION_NAMES)[number];

const OK = { ok: true as const };

/** Handlers of audio redaction (issue 6): plans of regions and the redacted audio made from them. */
export function createAudioRedactionHandlers(state: VaultState): Pick<Handlers, Names> {
  const s = () => state.current();
  return {
    'audioRedaction.plan': async ({ mediaId }) => getPlan(s(), mediaId),
    'audioRedaction.savePlan': async ({ mediaId, regions, disguise }) => savePlan(s(), mediaId, regions, disguise),
    'audioRedaction.begin': async ({ mediaId, format, sampleRate, channels }) => ({ jobId: await state.redactedAudioOf().begin(mediaId, format, sampleRate, channels) }),
    'audioRedaction.chunk': async ({ jobId, seq, data }) => (await state.redactedAudioOf().chunk(jobId, seq, data), OK),
    'audioRedaction.finish': async ({ jobId }) => ({ item: await state.redactedAudioOf().finish(jobId) }),
    'audioRedaction.cancel': async ({ jobId }) => (await state.redactedAudioOf().cancel(jobId), OK),
    'audioRedaction.list': async ({ testimonyId }) => {
      if (!getTestimony(s().db, testimonyId)) throw new VaultError('NOT_FOUND', 'This testimony does not exist.');
      return { items: listRedactedAudio(s(), testimonyId) };
    },
    'audioRedaction.delete': async ({ id }) => (await deleteRedactedAudio(s(), id), OK),
  };
}
