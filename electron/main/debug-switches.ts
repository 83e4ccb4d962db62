/**
 * Command-line switches that open a running app to inspection or weaken its renderer. The
 * fuses (build/fuses.cjs) turn Node's --inspect off in the binary, but Chromium's own
 * --remote-debugging-port/--remote-debugging-pipe are not fuses: anyone who starts a release
 * with one gets the DevTools protocol on the window, which reads the page and can call
 * window.vault as the person types their passphrase. A release refuses to start with any of
 * these; a development build (npm start) allows them.
 */
export const FORBIDDEN_SWITCHES: readonly string[] = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid',
  'debug',
  'debug-brk',
  // V8 flags could re-enable natives syntax or turn off mitigations inside the renderer.
  'js-flags',
  'disable-web-security',
  'disable-site-isolation-trials',
  // Chromium's own testing and file-access loosenings (electronegativity's list of dangerous
  // arguments): none has a use in a vault.
  'allow-file-access-from-files',
  'allow-running-insecure-content',
  'enable-local-file-accesses',
  'reduce-security-for-testing',
  'unsafely-treat-insecure-origin-as-secure',
  'expose-internals-for-testing',
  'disable-kill-after-bad-ipc',
];

/** The forbidden switches present in `argv` (`--name` or `--name=value`, any case). */
export function forbiddenSwitches(argv: readonly string[]): string[] {
  const found = new Set<string>();
  for (const arg of argv) {
    const match = /^--?([a-z0-9-]+)(?:=|$)/i.exec(arg);
    const name = match?.[1]?.toLowerCase();
    if (name !== undefined && FORBIDDEN_SWITCHES.includes(name)) found.add(name);
  }
  return [...found];
}
