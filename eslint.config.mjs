// Type-aware linting: no floating promises, no misused promises, no unsafe any leaking into the domain.
// The web app's .vue files: eslint-plugin-vue's recommended rules (and no v-html, ever) with the TypeScript parser;
// type-aware rules run on its .ts files (typescript-eslint's project service does not read .vue files).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import vueParser from 'vue-eslint-parser';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-artifacts/**',
      '*.js',
      '*.mjs',
      'scripts/*.js',
      'scripts/web/*.js',
      'apps/web/src/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...vue.configs['flat/recommended'],
  prettier,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  { files: ['apps/web/**/*.vue'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['apps/web/**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.vue'],
        sourceType: 'module',
        projectService: false,
      },
    },
    // vue-tsc checks names; no-undef does not know TypeScript or the browser's globals.
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['apps/web/**/*.{ts,vue}'],
    rules: {
      // User-entered text is never rendered as HTML.
      'vue/no-v-html': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'User text is never rendered as HTML.' },
        { property: 'outerHTML', message: 'User text is never rendered as HTML.' },
      ],
      'vue/multi-word-component-names': 'off',
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
);
