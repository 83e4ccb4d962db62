/** The renderer is served from app://, never file:// (DESIGN.md, "Electron boundary"). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'testimony-vault';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Media is streamed from encrypted blobs through vault-media://media/<session token>/<media id>. */
export const MEDIA_SCHEME = 'vault-media';
export const MEDIA_HOST = 'media';
