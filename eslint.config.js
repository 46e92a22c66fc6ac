import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['home', 'exam', 'results', 'review', 'history', 'drill', 'dashboard', 'data'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'dev-dist', '.prof*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/**/*.{ts,tsx}'], rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] } },
  {
    // The engine is pure rules: no React, no state library, no DOM, no clock, no randomness.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'The engine must not depend on React.' },
            { group: ['zustand', 'zustand/*'], message: 'The engine must not depend on stores.' },
            { group: ['@/stores/*', '@/features/*', '@/app/*', '@/components/*', '@/lib/*'], message: 'Imports flow app → features → stores → engine.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'fetch'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass `now` in: the engine never reads the clock.' },
        { object: 'Math', property: 'random', message: 'Pass a seeded rng in: the engine is reproducible.' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass `now` in.' }],
    },
  },
  {
    files: ['src/stores/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/features/*', '@/app/*', '@/components/*'], message: 'Stores sit below the UI.' }] }],
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...FEATURES.filter((f) => f !== feature).map((f) => `@/features/${f}/*`), '@/app/*', '../*/**'],
              message: 'No feature imports another feature (or the app); share code through components, stores or lib.',
            },
          ],
        },
      ],
    },
  })),
);
