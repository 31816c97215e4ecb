/**
 * `npm run worker`: the job-queue worker as its own process (production runs one or more of these
 * beside the web servers, with RUN_WORKER=false on the web servers).
 */
import { parseEnv } from "~/env.server";
import { startWorker } from "~/queue/worker.server";
import { log, runCommand } from "./lib/cli";
import { exportServices, startServices } from "./lib/services";

runCommand(async () => {
  const env = parseEnv();
  const services = await startServices(env, { join: true, log });
  exportServices(services);
  const worker = await startWorker({
    connectionString: services.databaseUrl,
    concurrency: env.WORKER_CONCURRENCY,
    search: { url: services.meiliUrl, apiKey: services.meiliMasterKey, indexPrefix: env.MEILI_INDEX_PREFIX },
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    log,
  });
  log(`worker running (concurrency ${env.WORKER_CONCURRENCY}). Ctrl-C stops it.`);
  const stop = async () => {
    await worker.stop();
    await services.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  await worker.promise;
});
