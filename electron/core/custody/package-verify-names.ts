/**
 * Names inside a received package are claims by whoever made it, not paths. They are never
 * joined to a folder of ours (an import writes only to blob paths it chose itself), but they
 * decide which manifest line a file answers to, so a name that could mean two things on some
 * system is refused: a path that climbs out (`..`), an absolute path (`/etc/x`, `C:\x`), a
 * backslash, control characters or NUL, invalid UTF-8, and two names that are the same file
 * on a Mac or Windows (the same letters in NFC and NFD, or differing only in case).
 */
const MAX_PATH_BYTES = 4096;
const MAX_SEGMENT_BYTES = 255;

/** How a name reads in a message: quoted, with control characters made visible. */
export function shown(name: string): string {
  return JSON.stringify(name);
}

/** Why an archive name is refused, or null when it is safe. `name` is the full name in the archive. */
export function unsafeName(name: string): string | null {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) return `${shown(name)} holds a control character or NUL`;
  if (name.includes('\ufffd')) return `${shown(name)} is not valid UTF-8`;
  if (/\p{Surrogate}/u.test(name)) return `${shown(name)} is not valid UTF-8`;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.startsWith('\\')) return `${shown(name)} is an absolute path`;
  if (name.includes('\\')) return `${shown(name)} holds a backslash (a Windows path separator)`;
  if (Buffer.byteLength(name) > MAX_PATH_BYTES) return `${shown(name.slice(0, 80))}… is longer than ${MAX_PATH_BYTES} bytes`;
  const segments = name.replace(/\/$/, '').split('/');
  for (const segment of segments) {
    if (segment === '..') return `${shown(name)} climbs out of the package ("..")`;
    if (segment === '.' || segment === '') return `${shown(name)} has an empty or "." path segment`;
    if (Buffer.byteLength(segment) > MAX_SEGMENT_BYTES) return `${shown(name)} has a path segment longer than ${MAX_SEGMENT_BYTES} bytes`;
  }
  return null;
}

/** The form under which two names are the same file somewhere: NFC, then case-folded. */
function folded(name: string): string {
  return name.normalize('NFC').toLowerCase().normalize('NFC');
}

/**
 * Remembers every name seen (files and folders) and says when a new one repeats an earlier
 * one exactly, or collides with it after Unicode normalisation or case folding.
 */
export class NameRegistry {
  private readonly exact = new Map<string, 'file' | 'directory'>();
  private readonly byFolded = new Map<string, string>();

  /** Registers a name and its parent folders; returns the first problem, or null. */
  add(name: string, type: 'file' | 'directory'): string | null {
    const plain = name.replace(/\/$/, '');
    const segments = plain.split('/');
    for (let i = 1; i < segments.length; i++) {
      const problem = this.addOne(segments.slice(0, i).join('/'), 'directory');
      if (problem) return problem;
    }
    return this.addOne(plain, type);
  }

  private addOne(plain: string, type: 'file' | 'directory'): string | null {
    const earlier = this.exact.get(plain);
    if (earlier !== undefined) {
      // A folder may be listed twice (tar tools do it); anything else is two things under one name.
      if (earlier === 'directory' && type === 'directory') return null;
      return `${shown(plain)} appears twice in the archive`;
    }
    const key = folded(plain);
    const other = this.byFolded.get(key);
    if (other !== undefined) {
      const how = other.normalize('NFC') === plain.normalize('NFC') ? 'Unicode normalisation (NFC/NFD)' : 'case folding';
      return `${shown(plain)} and ${shown(other)} are the same name after ${how}`;
    }
    this.exact.set(plain, type);
    this.byFolded.set(key, plain);
    return null;
  }
}
