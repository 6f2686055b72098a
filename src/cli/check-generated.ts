/**
 * CI guard: the committed generated files (printed schema, codegen types) must match what the
 * sources produce now. Regenerates into a temp copy and compares; exits 1 naming stale files.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, printSortedSchema } from '../server/schema.js';
import { projectRoot } from '../paths.js';

const stale: string[] = [];
const schemaFile = join(projectRoot, 'schema', 'generated', 'augmented.graphql');
const printed = printSortedSchema(await buildSchema({ jwtSecret: 'print-schema-only' }));
if (!existsSync(schemaFile) || readFileSync(schemaFile, 'utf8') !== printed) stale.push('schema/generated/augmented.graphql');

const genFile = join(projectRoot, 'src', 'generated', 'graphql.ts');
if (stale.length === 0) {
  const before = existsSync(genFile) ? readFileSync(genFile, 'utf8') : '';
  execFileSync(process.execPath, [join(projectRoot, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', 'codegen.ts', '--silent'], { cwd: projectRoot, stdio: 'inherit' });
  const after = readFileSync(genFile, 'utf8');
  if (before !== after) stale.push('src/generated/graphql.ts');
}
if (stale.length) {
  console.error(`Generated files are stale: ${stale.join(', ')}. Run \`npm run codegen\` and commit the result.`);
  process.exit(1);
}
console.error('generated files are up to date');
