import type { Paragraph } from '../../../../../shared/domain/media';
import { formatTimecode, parseTimecode, roundTimecode } from './timecode';

/**
 * A transcript as its editor holds it: start times as typed, everything else as stored. It
 * lives only in memory (React state under the unlocked vault): no plaintext of a testimony
 * is ever written to disk as a draft.
 */
export interface DraftParagraph {
  id: string;
  /** As typed ("1:05", "٠:٠٥"); '' for a paragraph with no time. */
  start: string;
  speaker: string;
  text: string;
}

/** The core accepts a start up to half a second past its duration figure (containers round). */
const END_SLACK = 0.5;
export const SPEAKER_MAX = 100;
export const TEXT_MAX = 50_000;

export type ParagraphProblem = 'time' | 'timeAfterEnd' | 'speaker' | 'refused';

export type CheckedDraft = { ok: true; paragraphs: Paragraph[] } | { ok: false; problems: Record<string, ParagraphProblem> };

export function draftOf(paragraphs: readonly Paragraph[]): DraftParagraph[] {
  return paragraphs.map((p) => ({ id: p.id, start: p.start === null ? '' : formatTimecode(p.start, { tenths: true }), speaker: p.speaker, text: p.text }));
}

export function emptyParagraph(start: number | null = null, speaker = ''): DraftParagraph {
  return { id: crypto.randomUUID(), start: start === null ? '' : formatTimecode(start, { tenths: true }), speaker, text: '' };
}

/** A paragraph with no words in it is not kept (a trailing empty one left by a shortcut, a time alone). */
function isBlank(p: DraftParagraph, translation: boolean): boolean {
  return p.text.trim() === '' && (translation || p.speaker.trim() === '');
}

/**
 * The draft checked as the vault will check it (times readable and inside the recording,
 * speakers on one line), blank paragraphs left out. `duration` 0: not known.
 */
export function checkDraft(draft: readonly DraftParagraph[], options: { duration: number; translation: boolean }): CheckedDraft {
  const problems: Record<string, ParagraphProblem> = {};
  const paragraphs: Paragraph[] = [];
  for (const p of draft) {
    if (isBlank(p, options.translation)) continue;
    const time = parseTimecode(p.start);
    if (!time.ok) problems[p.id] = 'time';
    else if (time.seconds !== null && options.duration > 0 && time.seconds > options.duration + END_SLACK) problems[p.id] = 'timeAfterEnd';
    const speaker = p.speaker.trim();
    if (speaker.length > SPEAKER_MAX || /[\r\n]/.test(speaker)) problems[p.id] ??= 'speaker';
    paragraphs.push({ id: p.id, start: time.ok ? time.seconds : null, speaker, text: p.text });
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, paragraphs };
}

/** Whether the draft holds anything the saved version does not (a draft that does not check is unsaved work). */
export function isDirty(draft: readonly DraftParagraph[], saved: readonly Paragraph[], translation: boolean): boolean {
  const checked = checkDraft(draft, { duration: 0, translation });
  if (!checked.ok) return true;
  if (checked.paragraphs.length !== saved.length) return true;
  return checked.paragraphs.some((p, i) => {
    const s = saved[i]!;
    return p.id !== s.id || p.start !== s.start || p.speaker !== s.speaker || p.text !== s.text;
  });
}

/** The speakers named so far, in the order they first speak. */
export function speakersOf(draft: readonly DraftParagraph[]): string[] {
  return [...new Set(draft.map((p) => p.speaker.trim()).filter((s) => s !== ''))];
}

/**
 * Who speaks after `current`: the next of the speakers named so far (an interview alternates
 * between them), back to the first after the last; '' when nobody is named yet.
 */
export function nextSpeaker(speakers: readonly string[], current: string): string {
  if (speakers.length === 0) return '';
  const at = speakers.indexOf(current.trim());
  return speakers[(at + 1) % speakers.length] ?? '';
}

export interface Split {
  draft: DraftParagraph[];
  /** The paragraph where typing continues. */
  focus: string;
}

/**
 * A new paragraph at the caret, timed at `seconds`: the text after the caret moves into it.
 * On a paragraph with no text yet nothing is added: that paragraph itself is (re)timed and
 * given the speaker, so pressing the key twice does not leave empty paragraphs behind.
 */
export function splitAt(draft: readonly DraftParagraph[], index: number, caret: number, seconds: number | null, speaker: (p: DraftParagraph) => string): Split {
  const p = draft[index];
  if (!p) return { draft: [...draft], focus: '' };
  const start = seconds === null ? null : roundTimecode(seconds);
  const stamp = start === null ? null : formatTimecode(start, { tenths: true });
  if (p.text.trim() === '') {
    const next = [...draft];
    next[index] = { ...p, start: stamp ?? p.start, speaker: speaker(p) };
    return { draft: next, focus: p.id };
  }
  const cut = Math.max(0, Math.min(caret, p.text.length));
  const head = { ...p, text: p.text.slice(0, cut).replace(/\s+$/u, '') };
  const tail = { ...emptyParagraph(start, speaker(p)), text: p.text.slice(cut).replace(/^\s+/u, '') };
  return { draft: [...draft.slice(0, index), head, tail, ...draft.slice(index + 1)], focus: tail.id };
}

/** A draft as plain text ("[0:05] Speaker: text"), for a person to copy when saving was refused. */
export function plainText(draft: readonly DraftParagraph[]): string {
  return draft
    .filter((p) => p.text.trim() !== '' || p.speaker.trim() !== '')
    .map((p) => {
      const time = p.start.trim() === '' ? '' : `[${p.start.trim()}] `;
      const speaker = p.speaker.trim() === '' ? '' : `${p.speaker.trim()}: `;
      return `${time}${speaker}${p.text}`;
    })
    .join('\n\n');
}

/**
 * A translation's draft aligned with its source, paragraph i beside paragraph i: one row per
 * source paragraph (the translation's paragraph with the same id, or an empty one), timed as
 * the source; then the translated paragraphs whose source paragraph is gone, kept as they are.
 */
export function alignTranslation(source: readonly Paragraph[], translation: readonly Paragraph[]): DraftParagraph[] {
  const byId = new Map(translation.map((p) => [p.id, p]));
  const rows = source.map((s) => {
    const own = byId.get(s.id);
    return { id: s.id, start: s.start === null ? '' : formatTimecode(s.start, { tenths: true }), speaker: own?.speaker ?? '', text: own?.text ?? '' };
  });
  const sourceIds = new Set(source.map((s) => s.id));
  return [...rows, ...draftOf(translation.filter((p) => !sourceIds.has(p.id)))];
}
