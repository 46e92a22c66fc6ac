import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { questionBank } from './scripts/bank/vite-plugin.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));

/** Only our own scripts run; bank text and imported files can never execute. Dev needs Vite's inline preamble, so build only. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
};

export default defineConfig({
  base: './',
  plugins: [
    react(),
    questionBank('questions'),
    contentSecurityPolicy,
    // Offline after one visit, banks included; a new version waits for the learner's say-so (prompt), never mid-exam.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'AWS Exam Simulator — AWS 자격증 모의시험',
        short_name: 'AWS Exam Sim',
        description: 'AWS certification practice exams in Korean and English.',
        lang: 'ko',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#232f3e',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    alias: [
      { find: '@', replacement: src },
      { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: `${src}/lib/react/use-sync-external-store.ts` },
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: process.env.SOURCEMAP === '1',
    // Every browser with light-dark() (our CSS baseline) preloads modules natively; the polyfill only costs first-page bytes.
    modulePreload: { polyfill: false },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    globals: true,
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: ['tests/setup/fail-on-console.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          include: ['tests/ui/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/fail-on-console.ts', 'tests/setup/ui-setup.ts'],
        },
      },
    ],
  },
});
