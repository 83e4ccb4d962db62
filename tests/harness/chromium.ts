import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The browser the e2e tests drive (DESIGN.md, "Why tests run without the Electron binary"):
 * CHROMIUM_PATH, else Debian's chromium, else a browser Playwright installed itself.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  let playwrights: string | undefined;
  try {
    playwrights = chromium.executablePath();
  } catch {
    playwrights = undefined;
  }
  if (playwrights && existsSync(playwrights)) return playwrights;
  throw new Error(
    'No Chromium found for the e2e tests. Install one (Debian/Ubuntu: `apt-get install chromium`), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable, or run `npx playwright-core install chromium`.',
  );
}

export interface LaunchOptions {
  /** A fake microphone and camera that need no permission prompt (for recording tests). */
  fakeMedia?: boolean;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const args = [
    // The tests run as root in containers, where Chromium's sandbox cannot start.
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (options.fakeMedia) args.push('--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream');
  return chromium.launch({ executablePath: findChromium(), headless: true, args });
}
