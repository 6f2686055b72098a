/**
 * Builds the explorer (web/ → web/dist) when its inputs changed since the last build: `npm start`
 * runs this first (prestart), so a fresh clone needs only `npm ci && npm start`. The inputs' hash is
 * kept in web/dist/.inputs-sha256 (git checkouts change mtimes, not contents).
 *   tsx web/build.ts            build when stale
 *   tsx web/build.ts --force    always build
 * Without Vite (an install without dev dependencies) it says so and leaves the API to serve alone.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = fileURLToPath(new URL('.', import.meta.url));
const root = join(webDir, '..');
const dist = join(webDir, 'dist');
const stampFile = join(dist, '.inputs-sha256');

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : [p];
    });
}

export function inputsHash(): string {
  const h = createHash('sha256');
  const inputs = [...files(join(webDir, 'src')), ...files(join(webDir, 'public')), join(webDir, 'index.html'), join(webDir, 'vite.config.ts'), join(root, 'package-lock.json')];
  for (const f of inputs) h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

export function isStale(): boolean {
  return !existsSync(join(dist, 'index.html')) || !existsSync(stampFile) || readFileSync(stampFile, 'utf8').trim() !== inputsHash();
}

/** Build web/dist if needed; returns what happened. Throws when the build itself fails. */
export function ensureBuilt(opts: { force?: boolean; log?: (m: string) => void } = {}): 'fresh' | 'built' | 'no-vite' {
  const log = opts.log ?? ((m: string) => console.error(m));
  if (!opts.force && !isStale()) return 'fresh';
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) {
    log('[web] Vite is not installed (dev dependencies omitted): the explorer is not built; the API serves alone.');
    return 'no-vite';
  }
  const hash = inputsHash();
  const started = Date.now();
  log('[web] building the explorer (web/ → web/dist)…');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', join(webDir, 'vite.config.ts')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`building the explorer failed (vite exited with ${r.status ?? r.signal})`);
  writeFileSync(stampFile, `${hash}\n`);
  log(`[web] explorer built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 'built';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const out = ensureBuilt({ force: process.argv.includes('--force') });
    if (out === 'fresh') console.error('[web] explorer is up to date');
  } catch (e) {
    console.error(`[web] ${(e as Error).message}`);
    process.exit(1);
  }
}
