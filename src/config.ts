/**
 * Environment → typed configuration, validated once at boot with zod. A bad value stops the
 * process with one message that lists every bad variable (not the first one only).
 */
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const ConfigSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/, 'must be a neo4j:// or bolt:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  /** Bolt port of the embedded Neo4j (always on 127.0.0.1); 0 lets the OS choose a free one. */
  NEO4J_EMBEDDED_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  NEO4J_HEAP: z.string().regex(/^\d+[mMgG]$/, 'like 512m or 1g').default('1g'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  JWT_SECRET: z.string().min(16, 'at least 16 characters').optional(),
  PUBLIC_READS: bool.default(true),
  /** Longest accepted token life (exp − iat), seconds. */
  TOKEN_MAX_LIFETIME_S: z.coerce.number().int().min(60).max(30 * 24 * 3600).default(24 * 3600),
  TX_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(100).default(14),
  MAX_QUERY_COST: z.coerce.number().int().min(10).default(30_000),
  MAX_INPUT_DEPTH: z.coerce.number().int().min(2).max(200).default(20),
  MAX_INPUT_SIZE: z.coerce.number().int().min(10).max(1_000_000).default(2_000),
  NODE_ENV: z.string().default('development'),
  /** Introspection and "Did you mean …" suggestions: on in development, off in production unless set. */
  INTROSPECTION: bool.optional(),
  FIELD_SUGGESTIONS: bool.optional(),
  SEED_ON_START: bool.default(true),
  SEED_DIR: z.string().min(1).default('seed/documents'),
});

export type Config = Omit<z.infer<typeof ConfigSchema>, 'INTROSPECTION' | 'FIELD_SUGGESTIONS'> & {
  INTROSPECTION: boolean;
  FIELD_SUGGESTIONS: boolean;
};

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as "not set", so `NEO4J_URI= npm start` means embedded.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message} (got ${JSON.stringify(cleaned[String(i.path[0])] ?? null)})`),
    );
  }
  const dev = parsed.data.NODE_ENV !== 'production';
  return { ...parsed.data, INTROSPECTION: parsed.data.INTROSPECTION ?? dev, FIELD_SUGGESTIONS: parsed.data.FIELD_SUGGESTIONS ?? dev };
}
