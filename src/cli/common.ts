import { ConfigError, loadConfig, type Config } from '../config.js';
import { EnvironmentError } from '../db/embedded.js';

/** Load config or exit(2) with the list of bad variables. */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
}

/** Known environment problems (no java, no mvn …) print one sentence, not a stack trace. */
export function failOnEnvironment(e: unknown): never {
  if (e instanceof EnvironmentError) {
    console.error(e.message);
    process.exit(3);
  }
  console.error(e);
  process.exit(1);
}

export const log = (m: string) => console.error(m);
