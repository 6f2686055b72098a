/** Print the augmented schema (sorted) to schema/generated/augmented.graphql for codegen. No database needed. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, printSortedSchema } from '../server/schema.js';
import { projectRoot } from '../paths.js';

const out = join(projectRoot, 'schema', 'generated', 'augmented.graphql');
mkdirSync(join(projectRoot, 'schema', 'generated'), { recursive: true });
const schema = await buildSchema({ jwtSecret: 'print-schema-only' });
writeFileSync(out, printSortedSchema(schema));
console.error(`wrote ${out}`);
