import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';

// Under `node --import tsx` (npm run ingest runs `tsx`, the benchmarks `npx tsx`) the thread could not
// import TypeScript, died, and every file was parsed on the writer's thread without a word.
it.each([
  ['node --import tsx', [process.execPath, '--import', 'tsx']],
  ['tsx', [process.execPath, join(projectRoot, 'node_modules/tsx/dist/cli.mjs')]],
])('under %s a parsing thread parses, and stays', (_, cmd) => {
  const r = spawnSync(cmd[0]!, [...cmd.slice(1), join(projectRoot, 'test/fixtures/parse-pool-probe.ts')], { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).not.toContain('parsing thread failed');
  expect(JSON.parse(r.stdout.trim().split('\n').pop()!)).toEqual({ threads: 1, number: '14/KH-UBND' });
});
