// Lint rules, and the layer rules that keep the architecture honest (VS Code style):
//   shared/    pure TypeScript: no DOM, no Node, no Electron, no React, no other layer
//   renderer/  the browser app: no Node, no Electron, no electron/ code
//   electron/  main process, preload and CLI: never the renderer's code
// The per-layer tsconfig files enforce the same from the type side (no DOM lib in
// shared/, no @types/node in renderer/).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeModules = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'worker_threads', 'buffer'];
const restrict = (patterns, message) => patterns.map((group) => ({ group: [group], message }));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'coverage/', 'test-results/', 'renderer/public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', 'electron/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...restrict(nodeModules, 'shared/ is pure TypeScript: no Node modules.'),
          ...restrict(['electron', 'electron/*'], 'shared/ is pure TypeScript: no Electron.'),
          ...restrict(['react', 'react-dom', 'react/*', 'react-dom/*', 'dexie', 'dexie-*', 'zustand', 'zustand/*'], 'shared/ is pure TypeScript: no React, no browser storage.'),
          ...restrict(['**/renderer/**', '**/electron/**', '**/tests/**'], 'shared/ may not import another layer.'),
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require', '__dirname', 'self'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          ...restrict(nodeModules, 'renderer/ runs in a browser: no Node modules; go through the bridge.'),
          ...restrict(['electron', 'electron/*'], 'renderer/ must not touch Electron; use the typed bridge (renderer/bridge).'),
          ...restrict(['**/electron/**', '**/tests/**'], 'renderer/ may import shared/ only.'),
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...restrict(['**/renderer/**', '**/tests/**'], 'electron/ may import shared/ only, never the renderer.'),
          ...restrict(['react', 'react-dom', 'react/*', 'react-dom/*'], 'electron/ has no UI code.'),
        ],
      }],
    },
  },
  {
    // Config files and tests may use default exports where their tools require them.
    files: ['*.ts', '*.mjs', 'renderer/vite.config.ts', 'tests/**/*.ts', 'tests/**/*.tsx'],
    rules: { 'no-restricted-exports': 'off' },
  },
);
