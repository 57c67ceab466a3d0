// The browser tests (`npm run test:browser`): the poll widget in Chromium and the urql client,
// against the facade on the embedded emulator. Not part of `npm test`: they need the examples'
// own dependencies, a widget build and a Chromium binary (.ci/run installs all three).
import base from './jest.config.js';

/** @type {import('jest').Config} */
export default {
  ...base,
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.browser.ts'],
  testTimeout: 120000,
};
