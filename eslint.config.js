// Lint: type-checked rules, and the layering of the stages (dependencies point one way).
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

/** Which stages each stage may import: a stage not listed here is a layering error. */
const layers = {
  core: [],
  store: ['core'],
  reference: ['core', 'store'],
  ingest: ['core', 'store', 'reference'],
  synth: ['core', 'reference'],
  resolve: ['core', 'store'],
  models: ['core', 'store', 'reference'],
  products: ['core', 'store', 'reference', 'models'],
  server: ['core', 'store', 'reference', 'models', 'products', 'resolve'],
};
const stages = [...Object.keys(layers), 'cli', 'web'];

const layerRules = Object.entries(layers).map(([stage, allowed]) => ({
  files: [`src/${stage}/**/*.ts`],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: stages
          .filter((s) => s !== stage && !allowed.includes(s))
          .map((s) => ({
            group: [`../${s}/*`, `../../${s}/*`, `../${s}`, `../../${s}`],
            message: `${stage}/ may import only ${allowed.join(', ') || 'nothing from other stages'}; move the shared piece down a layer.`,
          })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'dist-web/**', 'node_modules/**', 'out/**', 'bin/**', 'test-output/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'max-params': ['error', 3],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      'max-params': 'off',
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  // A leaf config file cannot be in a cycle; import-x's resolver cannot load vite's ESM exports.
  { files: ['vite.config.ts'], rules: { 'import-x/no-cycle': 'off' } },
  ...layerRules,
  {
    // The web app (React, src/web/tsconfig.json) reaches data only through the HTTP API.
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: stages
            .filter((s) => s !== 'web')
            .map((s) => ({
              group: [`../${s}/*`, `../../${s}/*`, `../../../${s}/*`],
              message: 'web/ gets data only through the HTTP API (src/web/api/api-client.ts).',
            })),
        },
      ],
    },
  },
);
