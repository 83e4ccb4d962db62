import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { recordsJsonSchema } from '../../../../shared/domain/record-file';

/**
 * The published JSON Schema (docs/schema/testimony-records.schema.json) is generated from the
 * zod schemas; it must be up to date, and a standard JSON Schema validator must accept what
 * the app writes and refuse what the app refuses.
 */
const published = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../docs/schema/testimony-records.schema.json'), 'utf8')) as Record<string, unknown>;

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  return ajv.compile(published);
}

const minimal = {
  format: 'testimony-vault/records',
  version: 1,
  people: [{ id: '6f1c2f0e-7c1b-4a7e-9a44-2b9c6f0a1b2c', code: 'W-1', identity: { legalName: 'فاطمة', names: [{ value: 'Fatima', script: 'Latn', kind: 'spelling' }] } }],
  testimonies: [
    {
      code: 'SY-1',
      title: 'شهادة',
      languages: ['ar'],
      status: 'draft',
      consent: { obtained: 'yes', scopes: { archive: true, publishAudio: false } },
      sessions: [{ date: '2024-03~', interviewers: ['Laila'] }],
      people: [{ personId: '6f1c2f0e-7c1b-4a7e-9a44-2b9c6f0a1b2c', role: 'survivor' }],
    },
  ],
};

describe('published records JSON Schema', () => {
  it('is up to date with the zod schemas (run `npm run schema` after changing them)', () => {
    expect(published).toEqual(recordsJsonSchema());
  });

  it('accepts a records file as another system would write it', () => {
    const validate = validator();
    expect(validate(minimal), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses what the app refuses: a missing title, an unknown status, a wrong format marker', () => {
    const validate = validator();
    const noTitle = structuredClone(minimal) as { testimonies: Record<string, unknown>[] };
    delete noTitle.testimonies[0]!.title;
    expect(validate(noTitle)).toBe(false);
    const badStatus = structuredClone(minimal) as { testimonies: Record<string, unknown>[] };
    badStatus.testimonies[0]!.status = 'lost';
    expect(validate(badStatus)).toBe(false);
    expect(validate({ ...minimal, format: 'something-else' })).toBe(false);
  });
});
