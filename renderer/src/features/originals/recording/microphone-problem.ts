// Free of DOM types so that tests in Node can import it.

export type MicrophoneProblem = 'micDenied' | 'micNotFound' | 'micBusy' | 'micFailed';

/** What went wrong opening a microphone, from the DOMException getUserMedia rejects with. */
export function microphoneProblem(error: unknown): MicrophoneProblem {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'micDenied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'micNotFound';
    case 'NotReadableError':
    case 'AbortError':
      return 'micBusy';
    default:
      return 'micFailed';
  }
}
