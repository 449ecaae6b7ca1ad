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
  // One direction of imports: http -> bot -> dialogs -> (language, cards, eligibility). security, state, storage and
  // logging are pieces the wiring (src/app.ts, src/bot) uses; they never import it back.
  importsOnlyDownward(['src/eligibility/**/*.ts', 'src/language/**/*.ts', 'src/cards/**/*.ts'], ['dialogs', 'bot', 'http', 'security', 'state', 'storage', 'app'], {
    // The pure core never reaches for the bot SDK, the web server or the environment.
    packages: ['botbuilder*', 'botframework-*', 'restify*', 'node:*', 'fs', 'path'],
    rules: { 'no-restricted-globals': ['error', 'process'] },
  }),
  // The policy loader is the one reader of the policy files on disk; what it reads is validated by the pure schema.
  importsOnlyDownward(['src/eligibility/policy/loadPolicyDirectory.ts'], ['dialogs', 'bot', 'http', 'security', 'state', 'storage', 'app'], {
    packages: ['botbuilder*', 'botframework-*', 'restify*'],
  }),
  // The one reader of the language files on disk (corpora, trained models, program answers), as the policy loader is.
  importsOnlyDownward(['src/language/corpusFiles.ts'], ['dialogs', 'bot', 'http', 'security', 'state', 'storage', 'app'], {
    packages: ['botbuilder*', 'botframework-*', 'restify*'],
  }),
  importsOnlyDownward(['dialogs/**/*.ts'], ['bot', 'http', 'security', 'state', 'storage', 'app']),
  importsOnlyDownward(['src/bot/**/*.ts'], ['http', 'app']),
  importsOnlyDownward(['src/security/**/*.ts', 'src/state/**/*.ts', 'src/storage/**/*.ts', 'src/logging/**/*.ts'], ['dialogs', 'bot', 'http', 'app']),
);

/**
 * Files in `files` may not import the named folders (`src/<name>/`, or `dialogs/`) or `src/app.ts`; `packages`
 * adds forbidden packages. Matched on the import path's segments, so it holds at any folder depth.
 */
function importsOnlyDownward(files, forbidden, { packages = [], rules = {} } = {}) {
  const folders = forbidden.filter((name) => name !== 'app');
  const regex = `(^|/)(${folders.join('|')})/${forbidden.includes('app') ? '|(^|/)app$' : ''}`;
  const message = `imports point one way: http -> bot -> dialogs -> (language, cards, eligibility); this folder may not import ${forbidden.join(', ')}.`;
  return {
    files,
    rules: { ...rules, 'no-restricted-imports': ['error', { patterns: [...(packages.length ? [{ group: packages }] : []), { regex, message }] }] },
  };
}
