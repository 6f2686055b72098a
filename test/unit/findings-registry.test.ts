import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDINGS, findingsMarkdown, isFindingCode } from '../../src/domain/findings.js';

const ROOT = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'generated' ? [] : sources(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/** Codes the source creates: `code: 'X'`, `new InputError('X', …)`, `warn('X', …)`, `makeFinding('X', …)`. */
function emittedCodes(): Map<string, string> {
  const out = new Map<string, string>();
  const re = /(?:\bcode:\s*|\b(?:InputError|warn|makeFinding|finding)\(\s*)'([A-Z][A-Z0-9_]+)'/g;
  for (const file of sources(join(ROOT, 'src', 'ingest'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(re)) if (!out.has(m[1]!)) out.set(m[1]!, file.slice(ROOT.length + 1));
  }
  return out;
}

describe('findings registry', () => {
  it('registers every finding code the reader can emit', () => {
    const emitted = emittedCodes();
    expect(emitted.size).toBeGreaterThan(10); // the scan itself works
    const unregistered = [...emitted].filter(([code]) => !isFindingCode(code)).map(([code, file]) => `${code} (${file})`);
    expect(unregistered, 'add these to src/domain/findings.ts').toEqual([]);
  });

  it('docs/findings.md lists the registry in full (UPDATE=1 rewrites it)', () => {
    const path = join(ROOT, 'docs', 'findings.md');
    if (process.env.UPDATE === '1') writeFileSync(path, findingsMarkdown());
    expect(readFileSync(path, 'utf8')).toBe(findingsMarkdown());
    for (const code of Object.keys(FINDINGS)) expect(readFileSync(path, 'utf8')).toContain(`\`${code}\``);
  });
});
