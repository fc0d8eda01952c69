// Loaded into the server under `npm run bench:load` (`node --expose-gc --import bench/load-probe.mjs …`).
// Answers the benchmark's "memory" message over the IPC channel with process.memoryUsage() taken after a
// full garbage collection (so heap at the start and at the end compare live objects, not garbage), and the
// event loop's delay since the last such message (how long a ready request could wait for the thread).
import { monitorEventLoopDelay } from 'node:perf_hooks';

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
process.channel?.unref();
process.on('message', (message) => {
  if (message !== 'memory') return;
  const loop = { p50: delay.percentile(50) / 1e6, p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 };
  globalThis.gc?.();
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  process.send?.({ memory: { rss, heapUsed, heapTotal, external }, loop });
  delay.reset();
});
