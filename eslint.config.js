import js from '@eslint/js';
import r3f from '@react-three/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// shared/ is the bottom layer: pure data and functions used by both runners.
const forbiddenInShared = {
  patterns: [
    { group: ['**/client/**', '**/server/**', '../client/*', '../server/*', '../../client/*', '../../server/*'], message: 'shared/ must not import from client/ or server/.' },
    { group: ['three', 'three/*', '@react-three/*', 'react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ must not import three.js or React.' },
    { group: ['@colyseus/core', '@colyseus/ws-transport', '@colyseus/tools', '@colyseus/redis-*', '@colyseus/testing', 'express', 'pino'], message: 'shared/ must not import server packages.' },
  ],
};

// client/ (the browser) and server/ (Node) never import each other: a type both need lives in shared/.
const layerImport = (layer) => ({
  group: [`**/${layer}/**`, `../${layer}/*`, `../../${layer}/*`, `../../../${layer}/*`],
  message: `client/ and server/ must not import each other (${layer}/ is another runtime); move what both need to shared/.`,
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tools/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Type-aware rules: each file is checked with its own layer's tsconfig (shared/, server/,
    // client/, or the root one for tests and scripts). A promise nobody awaits loses its rejection.
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', forbiddenInShared] },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layerImport('server')] }] },
  },
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layerImport('client')] }] },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@react-three': r3f },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@react-three/no-new-in-loop': 'error',
      '@react-three/no-clone-in-loop': 'error',
    },
  },
);
