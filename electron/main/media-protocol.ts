import type { VaultApi } from '../core/api';

/** Headers for an answer main builds itself (core did not answer). */
const FALLBACK_HEADERS = { 'cache-control': 'no-store' };

/**
 * The vault-media:// handler. All range logic (206 with Content-Range, 416 past the end,
 * cache-control: no-store) lives in core's serveMedia; this only carries the request in and
 * the answer out unchanged. Never proxy through net.fetch('file://'): it ignores Range and
 * breaks seeking (DESIGN.md pitfalls) — and the blob on disk is ciphertext anyway.
 */
export function createMediaProtocolHandler(api: Pick<VaultApi, 'serveMedia'>): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      const answer = await api.serveMedia(request.url, request.headers.get('range'), request.method);
      // The Response constructor refuses a body on null-body statuses; core sends none there.
      return new Response(answer.body, { status: answer.status, headers: answer.headers });
    } catch {
      // serveMedia is specified never to throw; if it does, the player gets a plain 500 and no
      // internals (paths, ids) in the body.
      return new Response(null, { status: 500, headers: FALLBACK_HEADERS });
    }
  };
}
