// Piscina's entry for the extract workers. A worker thread started from plain node
// (vitest, a compiled caller) cannot load TypeScript, so register tsx first unless
// the thread already has a TypeScript loader (inherited from `tsx` / `--import tsx`).
let mod;
try {
  mod = await import('./worker.ts');
} catch (e) {
  if (e?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw e;
  const { register } = await import('tsx/esm/api');
  register();
  mod = await import('./worker.ts?tsx');
}
export default mod.default;
