import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

const root = fileURLToPath(new URL('.', import.meta.url))
const at = (file: string): string => resolve(root, file)
/** Where the bundles go: out/ normally; RECEPTION_DAY_OUT lets parallel work build apart. */
const outDir = (part: string): string => at(`${process.env['RECEPTION_DAY_OUT'] ?? 'out'}/${part}`)

export default defineConfig({
  // Main process and the hall hub: ES modules (package.json "type": "module") in out/main as
  // index.js and hub.js. Dependencies stay external (`build.externalizeDeps`, on by default in
  // electron-vite 5; it replaces the deprecated `externalizeDepsPlugin()`), so better-sqlite3
  // and friends load from node_modules under Electron and under plain Node (`npm run hub`).
  main: {
    build: {
      outDir: outDir('main'),
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: at('src/main/app/index.ts'),
          hub: at('src/main/hub/index.ts'),
        },
      },
    },
  },
  // Sandboxed preloads must be CommonJS and self-contained: out/preload/index.cjs
  // (the path src/main/app/index.ts gives to webPreferences.preload).
  preload: {
    build: {
      outDir: outDir('preload'),
      externalizeDeps: false,
      rollupOptions: {
        input: { index: at('src/preload/index.ts') },
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
          chunkFileNames: 'chunks/[name]-[hash].cjs',
        },
      },
    },
  },
  // The renderer: loaded from file:// by the app and over HTTP from the hub by LAN screens,
  // so every asset URL is relative.
  renderer: {
    root: at('src/renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: outDir('renderer'),
      rollupOptions: {
        input: { index: at('src/renderer/index.html') },
      },
    },
  },
})
