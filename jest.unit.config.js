/**
 * The unit tier (`npm run test:unit`, two jest workers): the pure stages and their helpers,
 * 39 s on this two-core machine at a load average of 2 (64 s with jest's default one worker).
 * Left to the full `npm test`: the command line and its jobs (in-process runs and child processes), the
 * report in a real browser and the golden report, the notebooks, the provisioning script, the
 * lint-rule test, the charts rendered to SVG through vega (15 s), and the tests that read
 * `../shared`.
 */
import base from './jest.config.js';

export default {
  ...base,
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/cli/',
    '<rootDir>/test/jobs\\.test\\.ts$',
    '<rootDir>/test/notebooks/',
    '<rootDir>/test/scripts/',
    '<rootDir>/test/lint/',
    '<rootDir>/test/report/(browser|tracking-browser|hostile-report|escaping|run-report|golden-values|svg-chart)\\.test\\.ts$',
    '<rootDir>/test/regions/national-reference\\.test\\.ts$',
    '<rootDir>/test/eval/dev-set\\.test\\.ts$',
  ],
};
