// Loaded into the server under `npm run bench:load` (`node --expose-gc --import bench/load-probe.mjs …`):
// answers the benchmark's "memory" message over the IPC channel with process.memoryUsage() taken after a
// full garbage collection, so heap at the start and at the end compare live objects, not garbage.
process.channel?.unref();
process.on('message', (message) => {
  if (message !== 'memory') return;
  globalThis.gc?.();
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  process.send?.({ memory: { rss, heapUsed, heapTotal, external, arrayBuffers, collected: typeof globalThis.gc === 'function' } });
});
