// Jest: unit tests beside the code (libs, apps: *.spec.ts), service tests on a real database
// (test/**/*.service-spec.ts) and end-to-end tests (test/**/*.e2e-spec.ts). `npm run test:unit` runs the first tier
// alone (jest.unit.config.js).
const esmOnly = ['@nestjs', 'content-disposition', 'cookie', 'file-type', 'uid', 'token-types', 'strtok3', 'peek-readable', '@tokenizer'];
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json', 'mjs'],
  testMatch: [
    '<rootDir>/{apps,libs}/**/*.spec.ts',
    '<rootDir>/test/**/*.service-spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
  ],
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleNameMapper: {
    '^@luodi/([a-z-]+)$': '<rootDir>/libs/$1/src',
    '^@luodi/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
