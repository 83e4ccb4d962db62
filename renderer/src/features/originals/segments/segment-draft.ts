import { segmentSchema, type Segment } from '../../../../../shared/domain/media';
import { check, type Checked, type Problem } from '../../record/logic/problems';
import { formatOffset, parseOffset } from '../../record/logic/time-offsets';
import { roundTime, type Span } from './segment-logic';

export type Keyword = Segment['keywords'][number];

/** A segment as its form holds it: times as typed ("1:05.5"), the rest as stored. */
export interface SegmentDraft {
  start: string;
  end: string;
  title: string;
  keywords: Keyword[];
  synopsis: string;
  note: string;
}

/** The core accepts an end up to half a second past its duration figure (containers round). */
const END_SLACK = 0.5;

export function timeText(seconds: number): string {
  return formatOffset(Math.round(seconds * 10) / 10);
}

export function segmentDraft(segment: Pick<Segment, 'start' | 'end' | 'title' | 'keywords' | 'synopsis' | 'note'>): SegmentDraft {
  return {
    start: timeText(segment.start),
    end: timeText(segment.end),
    title: segment.title,
    keywords: [...segment.keywords],
    synopsis: segment.synopsis,
    note: segment.note,
  };
}

export function emptyDraft(span: Span): SegmentDraft {
  return segmentDraft({ ...span, title: '', keywords: [], synopsis: '', note: '' });
}

function timeProblem(text: string): { seconds: number | null; problem: Problem | null } {
  const parsed = parseOffset(text);
  if (!parsed.ok) return { seconds: null, problem: { key: 'record.problems.offset' } };
  if (parsed.seconds === null) return { seconds: null, problem: { key: 'record.problems.required' } };
  return { seconds: roundTime(parsed.seconds), problem: null };
}

/**
 * The draft checked as the vault will check it: times readable, the end after the start and
 * within the recording (when its duration is known), then the contract's schema.
 */
export function checkSegment(draft: SegmentDraft, ids: { id: string; mediaId: string }, duration: number): Checked<Segment> {
  const problems: Record<string, Problem> = {};
  const start = timeProblem(draft.start);
  const end = timeProblem(draft.end);
  if (start.problem) problems.start = start.problem;
  if (end.problem) problems.end = end.problem;
  if (start.seconds !== null && end.seconds !== null) {
    if (end.seconds <= start.seconds) problems.end = { key: 'events.problems.endBeforeStart' };
    else if (duration > 0 && end.seconds > duration + END_SLACK) problems.end = { key: 'record.problems.atMost', values: { max: Math.floor(duration * 10) / 10 } };
  }
  return check(
    segmentSchema,
    { ...ids, start: start.seconds ?? 0, end: end.seconds ?? 0, title: draft.title.trim(), keywords: draft.keywords, synopsis: draft.synopsis, note: draft.note },
    problems,
  );
}

export function sameKeyword(a: Keyword, b: Keyword): boolean {
  return a.vocabulary === b.vocabulary && a.key === b.key;
}

export function addKeyword(keywords: readonly Keyword[], keyword: Keyword): Keyword[] {
  return keywords.some((k) => sameKeyword(k, keyword)) ? [...keywords] : [...keywords, keyword];
}
