// pdf.js's worker module, loaded into the page (pdf-document.ts says why); it ships no typings.
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
