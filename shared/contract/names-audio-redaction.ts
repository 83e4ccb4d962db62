/**
 * Operation names of audio redaction (issue 6, "Audio"): the regions of a recording to hide,
 * and the redacted audio the renderer produces from them, stored encrypted for publication.
 * Zod-free like names.ts (the preload imports it).
 */
export const AUDIO_REDACTION_OPERATION_NAMES = [
  'audioRedaction.plan',
  'audioRedaction.savePlan',
  'audioRedaction.begin',
  'audioRedaction.chunk',
  'audioRedaction.finish',
  'audioRedaction.cancel',
  'audioRedaction.list',
  'audioRedaction.delete',
] as const;

export const AUDIO_REDACTION_EVENT_NAMES = [] as const;
