import type { CodegenConfig } from '@graphql-codegen/cli';

// The augmented schema exists only at runtime; `npm run print-schema` writes it (sorted) to
// schema/generated/augmented.graphql, which is committed and checked for staleness in CI.
const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema/generated/augmented.graphql',
  documents: ['test/operations/**/*.graphql'],
  generates: {
    'src/generated/graphql.ts': {
      // typescript-operations (v6) emits the input/enum types operations need; adding the
      // `typescript` plugin as well would declare them twice.
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: false,
        scalars: { Date: 'string', DateTime: 'string', BigInt: 'string' },
        onlyOperationTypes: true,
      },
    },
  },
};

export default config;
