import { INestApplicationContext } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';

/**
 * The worker's side of a graceful stop: its BullMQ workers take no new job and finish the running ones by
 * `deadline`; at the deadline the rest are abandoned (their jobs' locks run out and another worker retries them;
 * an email's ledger lease keeps it from being sent twice). Nest's own close (Redis, PostgreSQL) runs after.
 * Returns how many workers had to be forced.
 */
export async function drainWorkers(app: INestApplicationContext, deadline: number): Promise<number> {
  const workers = app
    .get(DiscoveryService, { strict: false })
    .getProviders()
    .map((wrapper) => wrapper.instance as unknown)
    .filter((instance): instance is WorkerHost => instance instanceof WorkerHost)
    .map((host) => host.worker);
  let forced = 0;
  await Promise.all(
    workers.map(async (worker) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), Math.max(0, deadline - Date.now()));
      });
      const result = await Promise.race([worker.close(), late]);
      clearTimeout(timer);
      if (result === 'late') {
        forced += 1;
        await worker.close(true);
      }
    }),
  );
  return forced;
}
