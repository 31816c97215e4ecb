/**
 * Queue workers for integration tests, on this test file's database and Meilisearch index prefix.
 * Stop them all with `stopTestWorkers()` in an `afterEach`.
 */
import { startWorker, type Worker } from "../../app/queue/worker.server";
import { testSearch } from "./demo";

const running: Worker[] = [];

/** Starts a worker; `url` sends its search calls elsewhere (where nothing listens: Meilisearch "down"). */
export async function startTestWorker({ url = testSearch.url }: { url?: string } = {}): Promise<void> {
  running.push(
    await startWorker({
      connectionString: process.env.DATABASE_URL!,
      concurrency: 2,
      search: { ...testSearch, url },
      log: () => undefined,
    }),
  );
}

export async function stopTestWorkers(): Promise<void> {
  await Promise.all(running.splice(0).map((worker) => worker.stop()));
}
