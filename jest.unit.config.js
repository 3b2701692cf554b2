/** `npm run test:unit`: the fast tier, pure unit tests beside the code; no database, Redis or web build. */
const base = require('./jest.config');

const { globalSetup, globalTeardown, ...rest } = base;
module.exports = { ...rest, testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] };
