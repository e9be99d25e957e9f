import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      '.out',
      'dist',
      '.native',
      'test-results',
      'playwright-report',
      'bench/.cache',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Electron is imported only by the thin shell; everything else must run under plain Node.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/app/**', 'src/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only src/main/app and src/preload may import Electron.' },
          ],
        },
      ],
    },
  },
  {
    // A bound `limit ?` makes SQLite plan a subquery or a join much worse (core/rowLimit.ts).
    files: ['src/main/services/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='limit'][arguments.0.callee.name!='rowLimit']",
          message: 'Write a query limit as .limit(rowLimit(n)) (services/core/rowLimit.ts).',
        },
      ],
    },
  },
)
