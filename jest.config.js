/** ESM TypeScript through @swc/jest: no type-check here (tsc --noEmit does that), just fast transpiling. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'es6' },
        sourceMaps: 'inline'
      }
    ]
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts', '<rootDir>/packages/*/src/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // scratch folders (benchmark checkouts, Node 24, build output) are not part of the module map
  modulePathIgnorePatterns: [
    '<rootDir>/bench/.work/',
    '<rootDir>/.tmp/',
    '<rootDir>/.dist-next/',
    '<rootDir>/examples/'
  ],
  setupFiles: ['<rootDir>/__tests__/hardening/fixed-seed.ts'],
  // one temporary folder for the run's temporary folders, removed at its end
  globalSetup: '<rootDir>/__tests__/harness/global-setup.ts',
  globalTeardown: '<rootDir>/__tests__/harness/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2
}
