// Type-aware linting: no floating promises, no misused promises, no unsafe any leaking into the domain.
// The web app's .vue files: eslint-plugin-vue's recommended rules (and no v-html, ever) with the TypeScript parser;
// type-aware rules run on its .ts files (typescript-eslint's project service does not read .vue files).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import vueParser from 'vue-eslint-parser';
import prettier from 'eslint-config-prettier';

const NO_APPS = { regex: '(^|/)apps/', message: 'Libs never import apps: move what both need into a lib.' };
const NO_API = { regex: '(^|/)api/src(/|$)', message: 'The worker never imports the API: share through a lib.' };
const NO_WORKER = { regex: '(^|/)worker/src(/|$)', message: 'The API never imports the worker: share through a lib.' };
const LIBS_BY_NAME = {
  regex: '(^|/)libs/[a-z-]+/src',
  message: "Import a lib by its name, '@luodi/<lib>' (or '@luodi/<lib>/<file>'), not by a path into libs/*/src.",
};
const WEB_NO_LIBS = {
  regex: '^@luodi/(?!format$)|(^|/)libs/',
  message: 'The web app talks to the API (src/api); of the libs it imports only the pure @luodi/format.',
};

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
  // Import boundaries (docs/ARCHITECTURE.md): libs never import apps; the worker never imports the API; the web app
  // imports no lib but the pure @luodi/format; apps, tests, scripts and benches import libs by their @luodi/* names,
  // never by a relative path into libs/*/src. One block per area, since a later no-restricted-imports replaces an
  // earlier one for the same file.
  ...[
    { files: ['libs/*/src/**/*.ts'], patterns: [NO_APPS] },
    {
      files: ['apps/api/src/**/*.ts'],
      ignores: ['apps/api/src/http/validators.ts'],
      // Validation messages are Chinese by default and English on request: the API's DTOs take their decorators
      // from apps/api/src/http/validators.ts, whose messages are localized, never from class-validator itself.
      paths: [
        {
          name: 'class-validator',
          message: 'Import validation decorators from apps/api/src/http/validators.ts (localized messages).',
        },
      ],
      patterns: [LIBS_BY_NAME, NO_WORKER],
    },
    { files: ['apps/api/src/http/validators.ts'], patterns: [LIBS_BY_NAME, NO_WORKER] },
    { files: ['apps/worker/src/**/*.ts'], patterns: [LIBS_BY_NAME, NO_API] },
    { files: ['apps/web/src/**/*.{ts,vue}'], patterns: [WEB_NO_LIBS] },
    { files: ['test/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'], patterns: [LIBS_BY_NAME] },
  ].map(({ files, ignores, paths = [], patterns }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
  })),
  {
    // Messages users read are written as tr('中文', 'English') where they are raised: no bare string as an
    // error's message or a field error's `message`. (Operator-facing config errors and the email lib are apart.)
    files: ['apps/api/src/**/*.ts', 'libs/*/src/**/*.ts'],
    // problem-responses.decorator.ts holds the Chinese examples of the OpenAPI document, not messages.
    ignores: [
      '**/*.spec.ts',
      'libs/core/src/config/**',
      'libs/notifications/**',
      'apps/api/src/http/problem-responses.decorator.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'NewExpression[callee.name=/^(?!DomainError$|NotFoundError$|Error$|RangeError$|TypeError$).+Error$/] > Literal',
          'NewExpression[callee.name=/^(?!DomainError$|NotFoundError$|Error$|RangeError$|TypeError$).+Error$/] > TemplateLiteral',
          "Property[key.name='message'] > Literal.value",
          "Property[key.name='message'] > TemplateLiteral.value",
        ].map((selector) => ({
          selector,
          message:
            "A message users read is written as tr('中文', 'English') (@luodi/core), never a bare string.",
        })),
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
);
