import { describe, expect, it } from 'vitest';
import { testimonyRecordSchema } from '../../../../../../shared/domain/record';
import { checkOverview, overviewOf } from '../../../../../../renderer/src/features/record/logic/overview-draft';

const record = testimonyRecordSchema.parse({
  id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  code: 'ش-2024-010',
  title: 'شهادة عن الاعتقال',
  languages: ['ar'],
  contentWarnings: ['torture'],
  tags: ['اعتقال'],
  customFields: [{ key: 'Partner', value: 'Org A' }],
  createdAt: '2024-03-01T10:00:00.000Z',
  updatedAt: '2024-03-01T10:00:00.000Z',
});

describe('the overview form', () => {
  it('gives back the overview of the record it was made from', () => {
    expect(checkOverview(overviewOf(record))).toEqual({ ok: true, value: overviewOf(record) });
  });

  it('keeps the code and title messages of the add-testimony form', () => {
    const checked = checkOverview({ ...overviewOf(record), code: 'T 1', title: ' ' });
    expect(checked.ok ? null : checked.problems).toEqual({ code: { key: 'testimony.codePattern' }, title: { key: 'testimony.titleEmpty' } });
  });

  it('drops custom field rows left empty, and files problems on the rows as shown', () => {
    const customFields = [
      { key: '', value: '' },
      { key: '', value: 'a value without a name' },
      { key: 'x'.repeat(101), value: 'v' },
    ];
    const checked = checkOverview({ ...overviewOf(record), customFields });
    expect(checked.ok ? null : checked.problems).toEqual({
      'customFields.1.key': { key: 'record.problems.customFieldName' },
      'customFields.2.key': { key: 'record.problems.tooLong', values: { max: 100 } },
    });
    const fine = checkOverview({ ...overviewOf(record), customFields: [{ key: '', value: '' }, { key: 'Partner', value: 'Org B' }] });
    expect(fine.ok && fine.value.customFields).toEqual([{ key: 'Partner', value: 'Org B' }]);
  });
});
