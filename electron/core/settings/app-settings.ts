import { promises as fs } from 'node:fs';
import path from 'node:path';
import { settingsSchema, type Settings } from '../../../shared/contract/operations';
import { writeFileAtomic } from '../fs/atomic-write';

/**
 * App preferences (auto-lock delay, UI language), kept outside the vault because they are
 * needed before unlock. They hold nothing about testimonies.
 */
export const DEFAULT_SETTINGS: Settings = { autoLockMinutes: 10, language: 'en' };

export class AppSettings {
  private current: Settings = DEFAULT_SETTINGS;

  private constructor(private readonly file: string) {}

  /** A missing or damaged file gives the defaults (and is rewritten on the next change). */
  static async load(file: string): Promise<AppSettings> {
    const settings = new AppSettings(file);
    try {
      const parsed = settingsSchema.partial().safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
      if (parsed.success) settings.current = { ...DEFAULT_SETTINGS, ...parsed.data };
    } catch {
      // defaults
    }
    return settings;
  }

  get value(): Settings {
    return this.current;
  }

  async update(change: Partial<Settings>): Promise<Settings> {
    const next = settingsSchema.parse({ ...this.current, ...change });
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
    this.current = next;
    return next;
  }
}
