import type { PublicationModel } from './publication-model';

/**
 * Markdown of a publication. Characters Markdown would read as markup are escaped, so a
 * testimony that says "*" or starts a line with "1." reads as written. Markdown has no
 * direction markup: readers apply the first-strong-letter rule per paragraph, which is how
 * the model decided the direction too.
 */
export function escapeMarkdown(line: string): string {
  return line.replace(/[\\`*_[\]<>#|~]/gu, (c) => `\\${c}`).replace(/^(\s*)([-+])(\s)/u, '$1\\$2$3').replace(/^(\s*)(\d+)([.)])(\s)/u, '$1$2\\$3$4');
}

export function renderMarkdown(model: PublicationModel): string {
  const blocks = [`# ${escapeMarkdown(model.title)}`, ...model.paragraphs.map((p) => p.lines.map(escapeMarkdown).join('  \n'))];
  return `${blocks.join('\n\n')}\n`;
}
