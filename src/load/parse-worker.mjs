// Entry of a parsing thread: TypeScript through tsx (as npm scripts run it), whatever the parent's
// loader is (tsx CLI, node --import tsx, vitest). A loader the parent registered does not reach a
// worker thread (Node 20: with `--import tsx` in execArgv the import of the .ts file still failed, and
// every file was parsed on the writer's thread instead), so the thread registers tsx itself.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
