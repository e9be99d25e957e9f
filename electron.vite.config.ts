import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { rendererPolicy } from './src/main/app/contentSecurityPolicy'

const root = fileURLToPath(new URL('.', import.meta.url))
const at = (file: string): string => resolve(root, file)
/** `@shared/*` (tsconfig.base.json paths): the contract, i18n and pure rules of every layer. */
const resolveShared = { alias: { '@shared': at('src/shared') } }
/** Where the bundles go: out/ normally; RECEPTION_DAY_OUT lets parallel work build apart. */
const outDir = (part: string): string => at(`${process.env['RECEPTION_DAY_OUT'] ?? 'out'}/${part}`)

/**
 * Writes the renderer's Content Security Policy into index.html as its first head element:
 * the strict production policy in a build, the dev server's relaxed one (React refresh's inline
 * preamble) when served. One source, src/main/app/contentSecurityPolicy.ts.
 */
function contentSecurityPolicyMeta(): Plugin {
  let served = false
  return {
    name: 'reception-day:csp-meta',
    configResolved(config) {
      served = config.command === 'serve'
    },
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: rendererPolicy(served ? 'development' : 'production'),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  }
}

export default defineConfig({
  // Main process and the hall hub: ES modules (package.json "type": "module") in out/main as
  // index.js and hub.js. Dependencies stay external (`build.externalizeDeps`, on by default in
  // electron-vite 5; it replaces the deprecated `externalizeDepsPlugin()`), so better-sqlite3
  // and friends load from node_modules under Electron and under plain Node (`npm run hub`).
  main: {
    resolve: resolveShared,
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
    resolve: resolveShared,
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
  // The renderer: served by the hall hub to the desktop app and to LAN screens alike (and by
  // the Vite dev server in `npm run dev`); every asset URL is relative.
  renderer: {
    root: at('src/renderer'),
    base: './',
    resolve: resolveShared,
    plugins: [contentSecurityPolicyMeta(), react()],
    build: {
      outDir: outDir('renderer'),
      rollupOptions: {
        input: { index: at('src/renderer/index.html') },
      },
    },
  },
})
