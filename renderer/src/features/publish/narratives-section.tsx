import type { TestimonySummary } from '../../../../shared/domain/testimony';

/**
 * The testimony page's section for redacted narratives and their publication (issue 6).
 * Placeholder until the narrative editor lands; renders nothing.
 */
export function NarrativesSection({ testimony }: { testimony: TestimonySummary }) {
  void testimony;
  return null;
}
