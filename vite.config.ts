import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is one page served by the local server (browser mode) and by the app:// protocol (Electron), both
// at the root; relative asset paths work in either.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The CSP allows no inline script, so nothing may be inlined as a data: URL module either.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    // npm run bench measures the first screen's size against its target (600 KB gzipped); no warning at 500 KB raw.
    chunkSizeWarningLimit: 2000,
  },
});
