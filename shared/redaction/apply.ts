import { normalizeForSearch } from '../text/normalize';
import { assertSoundDocument } from './document';
import { generalise } from './generalise';
import { assignPseudonyms, categoryLabel, type PseudonymOptions, type PseudonymSubject } from './pseudonyms';
import { RedactionError, type Entity, type Redaction, type RedactionDocument, type ReplacementPolicy } from './types';

/**
 * The redacted text of a document, and where each replacement landed (for the review screen,
 * which highlights replacements in the output). Refuses an unsound document (overlaps, bad
 * offsets) and a span naming an entity the caller did not pass: producing text from
 * either would publish something nobody reviewed.
 */

export interface AppliedSpan {
  readonly redactionId: string;
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly outputStart: number;
  readonly outputEnd: number;
  readonly replacement: string;
  /** The policy that produced the replacement: 'label' when generalising found nothing coarser. */
  readonly policyUsed: ReplacementPolicy | 'custom';
}

export interface AppliedText {
  readonly text: string;
  readonly spans: readonly AppliedSpan[];
}

/** The pseudonym subject of a hand-marked span: same category and text, same pseudonym. */
const adHocId = (r: Redaction, text: string) => `text:${r.category}:${normalizeForSearch(text)}`;

/**
 * Arabic writes ل + ال as لل (للشاهد, not لالشاهد). When the span keeps a lone ل before it
 * (matching.ts keeps particles out of the span) and the replacement starts with the article,
 * the replacement drops the article's alef.
 */
function joinsLam(text: string, start: number, replacement: string): boolean {
  if (!replacement.startsWith('ال') || text[start - 1] !== 'ل') return false;
  const before = text.slice(Math.max(0, start - 3), start - 1);
  return /(^|[^\p{L}\p{M}])[وف]?$/u.test(before);
}

export function applyRedactions(doc: RedactionDocument, entities: readonly Entity[], options: PseudonymOptions): AppliedText {
  assertSoundDocument(doc);
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const r of doc.redactions) {
    if (r.entityId !== null && !byId.has(r.entityId))
      throw new RedactionError('unknown-entity', `Redaction ${r.id} refers to entity ${r.entityId}, which this testimony no longer has.`, [r.id]);
  }
  const sorted = [...doc.redactions].sort((a, b) => a.start - b.start);
  const needsPseudonym = sorted.filter((r) => r.policy === 'pseudonym' && r.replacement === null);
  const used = new Set(needsPseudonym.map((r) => r.entityId).filter((id) => id !== null));
  const subjects: PseudonymSubject[] = entities.filter((e) => used.has(e.id));
  for (const r of needsPseudonym) {
    if (r.entityId !== null) continue;
    const id = adHocId(r, doc.text.slice(r.start, r.end));
    if (!subjects.some((s) => s.id === id)) subjects.push({ id, category: r.category, role: null, gender: null });
  }
  const pseudonyms = assignPseudonyms(subjects, doc.pseudonyms, options);

  const replace = (r: Redaction): { text: string; policyUsed: AppliedSpan['policyUsed'] } => {
    if (r.replacement !== null) return { text: r.replacement, policyUsed: 'custom' };
    const original = doc.text.slice(r.start, r.end);
    const entity = r.entityId === null ? undefined : byId.get(r.entityId);
    if (r.policy === 'pseudonym') return { text: pseudonyms.get(r.entityId ?? adHocId(r, original))!, policyUsed: 'pseudonym' };
    if (r.policy === 'generalise') {
      const general = generalise(r.category, original, entity, options.language);
      if (general !== null) return { text: general, policyUsed: 'generalise' };
    }
    return { text: categoryLabel(r.category, options.language), policyUsed: 'label' };
  };

  let out = '';
  let at = 0;
  const spans: AppliedSpan[] = [];
  for (const r of sorted) {
    out += doc.text.slice(at, r.start);
    const { text, policyUsed } = replace(r);
    const replacement = joinsLam(doc.text, r.start, text) ? text.slice(1) : text;
    spans.push({
      redactionId: r.id,
      sourceStart: r.start,
      sourceEnd: r.end,
      outputStart: out.length,
      outputEnd: out.length + replacement.length,
      replacement,
      policyUsed,
    });
    out += replacement;
    at = r.end;
  }
  out += doc.text.slice(at);
  return { text: out, spans };
}
