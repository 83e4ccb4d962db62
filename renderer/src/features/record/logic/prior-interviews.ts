import type { z } from 'zod';
import type { priorInterviewSchema } from '../../../../../shared/contract/record-operations';
import { formatEdtf } from '../../../../../shared/domain/edtf';
import { isolate } from '../../../i18n/error-message';
import type { Language } from '../../../i18n/languages';

export type PriorInterview = z.infer<typeof priorInterviewSchema>;

export interface PriorText {
  key: 'people.prior.dateBy' | 'people.prior.date' | 'people.prior.by' | 'people.prior.undated';
  values: { date: string; interviewers: string; code: string; role: string };
}

/**
 * "Previously interviewed on about March 2024 by Layla and Omar (testimony T-17, as
 * survivor)": what an interviewer must know before asking a survivor to tell it all again.
 * Values typed by people are isolated (FSI…PDI) so a Latin code keeps its order in Arabic.
 */
export function priorInterviewText(prior: PriorInterview, language: Language, roleLabel: (role: string) => string): PriorText {
  const date = prior.sessionDate ? formatEdtf(prior.sessionDate, language) : '';
  const interviewers = new Intl.ListFormat(language, { type: 'conjunction' }).format(prior.interviewers.map(isolate));
  const key = date && interviewers ? 'people.prior.dateBy' : date ? 'people.prior.date' : interviewers ? 'people.prior.by' : 'people.prior.undated';
  // Mid-sentence in English: "as survivor", not "as Survivor" (Arabic has no letter case).
  const role = roleLabel(prior.role);
  const inSentence = language === 'en' ? role.charAt(0).toLocaleLowerCase('en') + role.slice(1) : role;
  return { key, values: { date: date ? isolate(date) : '', interviewers, code: isolate(prior.testimonyCode), role: inSentence } };
}

/** Interviews in other testimonies only: this one is not "previous". */
export function elsewhere(interviews: readonly PriorInterview[], testimonyId: string): PriorInterview[] {
  return interviews.filter((i) => i.testimonyId !== testimonyId);
}
