import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The web app is a static bundle: `council serve` hands out packages/web/dist on the API's port. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  // data/ at the repository root (membership table, bundled scenarios) is imported by relative path.
  server: { fs: { allow: [repoRoot] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The record's data files are their own chunks, loaded only by the history page (about 600 kB raw).
    chunkSizeWarningLimit: 1024,
  },
});
