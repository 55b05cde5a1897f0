import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * Module boundaries (docs/architecture.md, "Module boundaries"):
 * - no import cycles anywhere;
 * - a file of server/modules/<a>/ imports another module's services and pure rules, never its routes or repository;
 * - Kysely query building and raw SQL only in *.repository.ts (and server/db, migrations, tests, seeds, scripts, bench);
 * - transactions open in services, never in routes or the HTTP layer.
 */

/** Every folder of server/modules is a module; a new one is covered without editing this file. */
const moduleNames = readdirSync(new URL('./server/modules/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const crossModuleImports = (name) => ({
  'no-restricted-imports': ['error', {
    patterns: [{
      regex: `^\\.\\./(?!${escapeRegex(name)}/)[^./][^/]*/[^/]*\\.(routes|repository)(\\.ts)?$`,
      message: "Import another module's service or pure rules, not its routes or repository.",
    }],
  }],
});

const queriesInRepositories = 'Build queries in the module\'s *.repository.ts: Kysely stays in repositories.';
const querySyntax = [
  ...['selectFrom', 'insertInto', 'updateTable', 'deleteFrom', 'replaceInto', 'mergeInto'].map((name) => ({
    selector: `CallExpression[callee.type='MemberExpression'][callee.property.name='${name}']`,
    message: queriesInRepositories,
  })),
  { selector: "TaggedTemplateExpression[tag.name='sql']", message: queriesInRepositories },
  { selector: "CallExpression[callee.type='MemberExpression'][callee.object.name='sql']", message: queriesInRepositories },
];
const transactionSyntax = {
  selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='transaction']",
  message: 'Open transactions in a service (the use-case), not in routes or the HTTP layer.',
};
const baseSyntax = [
  { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
  { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'Read configuration in server/config.ts only.' },
];
const restrictedSyntax = (...extra) => ({ 'no-restricted-syntax': ['error', ...baseSyntax, ...extra] });

/** Where queries may be built: repositories, the database layer, tests and their helpers, seeds, scripts, bench. */
const queryPlaces = ['server/**/*.repository.ts', 'server/db/**', 'server/test/**', 'server/seed/**', '**/*.test.ts', 'scripts/**', 'bench/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.{ts,tsx}'] })),
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Fastify plugins and interface implementations are async without awaiting anything.
      '@typescript-eslint/require-await': 'off',
      // React's onSubmit/onClick accept promise-returning handlers (react-hook-form's handleSubmit).
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      ...restrictedSyntax(),
    },
  },
  {
    // Tests read JSON answers (`res.json()`) untyped.
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // Server code builds no queries outside repositories; routes and the HTTP layer open no transactions.
  { files: ['server/**/*.ts'], rules: restrictedSyntax(...querySyntax) },
  { files: ['server/**/*.routes.ts', 'server/http/**'], rules: restrictedSyntax(...querySyntax, transactionSyntax) },
  { files: queryPlaces, rules: restrictedSyntax() },
  // Tool configs need default exports; config, tests and scripts may read the environment.
  {
    files: ['**/*.config.ts', 'server/config.ts', '**/*.test.ts', '**/*.test.tsx', 'server/test/**', 'web/test/**', 'e2e/**', 'scripts/**', 'bench/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  // A module imports another module's services and pure rules, not its routes or repository. Tests may arrange
  // data through any repository.
  ...moduleNames.map((name) => ({ files: [`server/modules/${name}/**/*.ts`], ignores: ['**/*.test.ts'], rules: crossModuleImports(name) })),
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },

  // ---------------------------------------------------------------------------------------------------------------
  // TEMPORARY. Files that do not hold to the boundaries yet. Remove an entry as soon as its file conforms; add none.
  // ---------------------------------------------------------------------------------------------------------------
  {
    // Still import another module's routes or repository. portal-access.service.ts reads customers, contacts and
    // the organization inside its transactions, which customer/organization services cannot do yet with a
    // transaction handle.
    files: ['server/modules/portal-access/portal-access.service.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
