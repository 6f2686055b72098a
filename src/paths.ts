import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (src/.. ), so commands work from any working directory. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
