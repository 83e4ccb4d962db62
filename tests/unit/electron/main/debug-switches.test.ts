import { describe, expect, it } from 'vitest';
import { forbiddenSwitches } from '../../../../electron/main/debug-switches';

describe('debug switches', () => {
  it('finds the switches that open the app to inspection, in every spelling Chromium accepts', () => {
    expect(forbiddenSwitches(['/opt/Testimony Vault/testimony-vault', '--remote-debugging-port=9222'])).toEqual(['remote-debugging-port']);
    expect(forbiddenSwitches(['app', '--remote-debugging-pipe', '--inspect=0.0.0.0:9229', '--INSPECT-BRK', '-js-flags=--allow-natives-syntax'])).toEqual([
      'remote-debugging-pipe',
      'inspect',
      'inspect-brk',
      'js-flags',
    ]);
    expect(forbiddenSwitches(['app', '--disable-web-security', '--disable-web-security'])).toEqual(['disable-web-security']);
    expect(forbiddenSwitches(['app', '--allow-file-access-from-files', '--reduce-security-for-testing'])).toEqual(['allow-file-access-from-files', 'reduce-security-for-testing']);
  });

  it('lets ordinary arguments through, including ones that only start like a forbidden switch', () => {
    expect(forbiddenSwitches(['app', '--lang=ar', '--enable-logging', '--inspector-notes', 'inspect', '--no-sandbox-hint'])).toEqual([]);
  });
});
