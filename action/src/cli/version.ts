// Kept in step with package.json by a test (action/test/cli/version.test.ts).
export const VERSION = '0.1.0';
