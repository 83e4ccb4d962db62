import type { PublicationMetadata } from './publication-model';

/**
 * metadata.json: the Dublin Core subset of issue 6 (title, description, language, date,
 * rights, publisher) and nothing else: no ids, no editor, no vault, no source file.
 */
export function renderMetadata(m: PublicationMetadata): string {
  const dc = {
    'dc:title': m.title,
    'dc:description': m.description,
    'dc:language': m.language,
    'dc:date': m.date,
    'dc:rights': m.rights,
    'dc:publisher': m.publisher,
  };
  return `${JSON.stringify(dc, null, 2)}\n`;
}
