import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY_META } from '../shared/contract/csp';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The renderer build. Served from app://testimony-vault/ in Electron and from a loopback
 * http server in the e2e tests, so every asset path is relative (base './').
 */
export default defineConfig({
  root: here,
  base: './',
  plugins: [
    react(),
    {
      // One CSP for header and page: the <meta> gets the constant main sends as a header.
      name: 'testimony-vault-csp',
      transformIndexHtml: (html) => {
        if (!html.includes('%TV_CSP%')) throw new Error('renderer/index.html lost its CSP placeholder');
        return html.replace('%TV_CSP%', CONTENT_SECURITY_POLICY_META);
      },
    },
  ],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    // The polyfill would need fetch (connect-src) and Electron's Chromium has modulepreload.
    modulePreload: { polyfill: false },
    // Never inline assets as data: URIs: the CSP does not allow data: for fonts or images.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
