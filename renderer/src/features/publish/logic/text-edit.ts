import type { Redaction, RedactionDocument, Rejection } from '../../../../../shared/redaction/types';

/**
 * Editing the narrative's words under existing redactions. An edit is seen as one changed
 * region (the longest common prefix and suffix of the old and new text, which is what typing,
 * pasting or deleting in a textarea produces). Spans before it stay, spans after it move by the
 * change in length, and a span the edit touches is dropped: its words changed, so the editor
 * must look at them again (the same entity's other redactions flag the new words as a
 * "same entity" suggestion). Keeping a stale span would redact the wrong characters.
 */

export interface TextChange {
  /** Start of the changed region (same in both texts). */
  readonly start: number;
  /** End of the changed region in the old text. */
  readonly oldEnd: number;
  /** End of the changed region in the new text. */
  readonly newEnd: number;
}

export function changedRegion(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/**
 * A span [start, end) moved through a change, or null when the change touches it. Typing
 * right after or right before a span leaves its characters alone; typing inside it does not.
 */
function moveSpan(start: number, end: number, change: TextChange): { start: number; end: number } | null {
  const shift = change.newEnd - change.oldEnd;
  if (change.start === change.oldEnd) {
    if (end <= change.start) return { start, end };
    if (start >= change.start) return { start: start + shift, end: end + shift };
    return null;
  }
  if (end <= change.start) return { start, end };
  if (start >= change.oldEnd) return { start: start + shift, end: end + shift };
  return null;
}

export interface TextEditResult {
  readonly doc: RedactionDocument;
  /** Redactions the edit touched, dropped (the screen says how many). */
  readonly dropped: readonly Redaction[];
}

export function editText(doc: RedactionDocument, text: string): TextEditResult {
  const change = changedRegion(doc.text, text);
  if (change === null) return { doc, dropped: [] };
  const redactions: Redaction[] = [];
  const dropped: Redaction[] = [];
  for (const r of doc.redactions) {
    const moved = moveSpan(r.start, r.end, change);
    if (moved === null) dropped.push(r);
    else redactions.push({ ...r, ...moved });
  }
  const rejections: Rejection[] = [];
  for (const r of doc.rejections) {
    if (r.start === null || r.end === null) {
      rejections.push(r);
      continue;
    }
    const moved = moveSpan(r.start, r.end, change);
    if (moved !== null) rejections.push({ ...r, ...moved });
  }
  return { doc: { ...doc, text, redactions, rejections }, dropped };
}
