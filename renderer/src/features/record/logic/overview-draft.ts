import { testimonyOverviewSchema, type TestimonyOverview, type TestimonyRecord } from '../../../../../shared/domain/record';
import { checkCode, checkTitle } from '../../testimonies/testimony-validation';
import { check, keptRows, renumber, type Checked, type Problem } from './problems';

export function overviewOf(record: TestimonyRecord): TestimonyOverview {
  return {
    code: record.code,
    title: record.title,
    summary: record.summary,
    languages: [...record.languages],
    status: record.status,
    sensitivity: record.sensitivity,
    contentWarnings: [...record.contentWarnings],
    tags: [...record.tags],
    customFields: record.customFields.map((f) => ({ ...f })),
  };
}

/** Code and title keep the messages of the add-testimony form; the rest come from the schema. */
export function checkOverview(draft: TestimonyOverview): Checked<TestimonyOverview> {
  const problems: Record<string, Problem> = {};
  const code = checkCode(draft.code);
  const title = checkTitle(draft.title);
  if (code) problems.code = code;
  if (title) problems.title = title;
  draft.customFields.forEach((field, i) => {
    if (field.key.trim() === '' && field.value.trim() !== '') problems[`customFields.${i}.key`] = { key: 'record.problems.customFieldName' };
  });
  // A row left entirely empty is dropped rather than refused.
  const kept = keptRows(draft.customFields, (f) => f.key.trim() === '' && f.value.trim() === '');
  const checked = check(testimonyOverviewSchema, { ...draft, customFields: kept.map((i) => draft.customFields[i]!) });
  // The specific messages found first win over the schema's general ones for the same field.
  const all = { ...(checked.ok ? {} : renumber(checked.problems, 'customFields', kept)), ...problems };
  return Object.keys(all).length > 0 ? { ok: false, problems: all } : checked;
}
