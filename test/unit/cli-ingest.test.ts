/**
 * The ingest command as users run it (a child process): the dry-run JSON contract, and bad input
 * getting one clear message and a non-zero exit. --dry-run touches no database.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';

const run = promisify(execFile);
const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
const cli = join(projectRoot, 'src', 'cli', 'ingest.ts');

async function ingest(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { cwd: projectRoot, env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' }, maxBuffer: 50e6 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

// Each test starts a tsx child process: on a busy shared machine that takes seconds, so the
// timeout is generous (it guards against hangs, it does not measure speed).
describe('npm run ingest -- --dry-run --json', { timeout: 120_000 }, () => {
  it('writes the whole JSON to a pipe, beyond the 64 KB pipe buffer', async () => {
    const file = join(projectRoot, 'test/corpus/documents/laocai_11-2026-QD-UBND_2026_quy-dinh-quan-ly-dau-tu-xay-dung.txt');
    const r = await ingest('--dry-run', '--json', file, join(projectRoot, 'seed/documents'));
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(65_536);
    const xs = JSON.parse(r.stdout) as Array<{ source: { file: string } }>;
    expect(xs.length).toBe(6);
  });

  it('prints the extraction contract for a seed (Bắc Ninh 14/KH-UBND)', async () => {
    const r = await ingest('--dry-run', '--json', join(projectRoot, 'seed/documents/002_cb7cca597ed1ba5a.txt'));
    expect(r.code).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(x.document).toMatchObject({ kind: 'PLAN', number: '14/KH-UBND', issuedOn: '2025-08-05', signer: 'Vương Quốc Tuấn', issuer: { name: 'UBND tỉnh Bắc Ninh', level: 'PROVINCE' } });
    expect(typeof x.document.title).toBe('string');
    const r147 = x.references.find((r: { number: string }) => r.number === '147/NQ-CP');
    expect(r147).toMatchObject({ relation: 'IMPLEMENTS', kind: 'RESOLUTION', issuedOn: '2025-05-22' });
    expect(typeof r147.line).toBe('number');
    for (const a of x.assignments) {
      expect(Object.keys(a)).toEqual(expect.arrayContaining(['agency', 'role', 'duty', 'line']));
      expect(['LEAD', 'COORDINATE', 'ADVISE', 'REQUESTED', 'RESPONSIBLE']).toContain(a.role);
    }
    for (const d of x.deadlines) {
      expect(d.date !== null || d.recurrence !== null).toBe(true);
      expect(Object.keys(d)).toEqual(expect.arrayContaining(['text', 'agency', 'line']));
    }
    expect(Array.isArray(x.targets)).toBe(true);
    for (const i of x.issues) expect(Object.keys(i)).toEqual(expect.arrayContaining(['code', 'severity', 'message', 'line']));
    expect(x.issues.map((i: { code: string }) => i.code)).toEqual(expect.arrayContaining(['DUPLICATE_BLOCK', 'LOST_HEADING']));
  });
});

describe('bad input: a clear message and a non-zero exit', { timeout: 120_000 }, () => {
  const cases: Array<[string, string, RegExp]> = [
    ['test/fixtures/encoded/empty.txt', 'EMPTY_FILE', /empty/],
    ['test/fixtures/encoded/whitespace.txt', 'EMPTY_FILE', /empty|blank|whitespace/i],
    ['test/fixtures/encoded/binary.dat', 'BINARY_FILE', /binary/],
    ['test/fixtures/encoded/scanned.pdf', 'BINARY_FILE', /binary|PDF/i],
    ['test/fixtures/encoded/vni-plan.txt', 'LEGACY_ENCODING', /VNI.*Convert it to Unicode/s],
    ['test/fixtures/docs/news-article.txt', 'NOT_A_DOCUMENT', /not read as an administrative document/],
  ];
  for (const [file, code, msg] of cases) {
    it(`${file} → ${code}`, async () => {
      const r = await ingest('--dry-run', '--json', join(projectRoot, file));
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(code);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
      expect(r.stdout).toBe(''); // nothing half-printed
    });
  }

  it('converts a TCVN3 plan and says so', async () => {
    const r = await ingest('--dry-run', '--json', join(projectRoot, 'test/fixtures/encoded/tcvn3-plan.txt'));
    expect(r.code).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(x.document.issuer.name).toBe('UBND xã Đức Phổ');
    expect(x.issues.map((i: { code: string }) => i.code)).toContain('CONVERTED_ENCODING');
  });

  it('keeps what a truncated plan holds and warns', async () => {
    const r = await ingest('--dry-run', '--json', join(projectRoot, 'test/fixtures/docs/kh-truncated.txt'));
    expect(r.code).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(x.issues.find((i: { code: string }) => i.code === 'TRUNCATED')).toBeTruthy();
    expect(x.document.number).toBe('88/KH-UBND');
  });

  it('a missing path is an error, not a crash', async () => {
    const r = await ingest('--dry-run', join(projectRoot, 'no/such/file.txt'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no such file|ENOENT/i);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
