import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/artifacts/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', fetch: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // The pure core never reaches for the bot SDK, the web server or the environment.
    files: ['src/eligibility/**/*.ts', 'src/language/**/*.ts', 'src/cards/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['botbuilder*', 'botframework-*', 'restify*', 'node:*', 'fs', 'path'] }],
      'no-restricted-globals': ['error', 'process'],
    },
  },
  {
    // The policy loader is the one reader of the policy files on disk; what it reads is validated by the pure schema.
    files: ['src/eligibility/policy/loadPolicyDirectory.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['botbuilder*', 'botframework-*', 'restify*'] }] },
  },
);
