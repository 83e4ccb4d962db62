// `npm run schema`: writes the published JSON Schema of the records file from its zod schema
// (shared/domain/record-file.ts). A unit test fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { recordsJsonSchema } from '../../shared/domain/record-file';

const target = path.resolve(import.meta.dirname, '../../docs/schema/testimony-records.schema.json');
writeFileSync(target, `${JSON.stringify(recordsJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
