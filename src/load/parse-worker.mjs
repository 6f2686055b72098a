// Entry of a parsing thread: TypeScript through tsx (as npm scripts run it), whatever the parent's
// loader is (tsx CLI, node --import tsx, vitest).
import { register } from 'tsx/esm/api';

if (!process.execArgv.some((a) => a.includes('tsx'))) register();
await import('./parse-worker.ts');
