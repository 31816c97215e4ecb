/**
 * PostgreSQL and Meilisearch for this process: the ones named by DATABASE_URL / MEILI_URL, or the
 * embedded servers in DATA_DIR, started (or, for short commands, joined if `npm start` already
 * runs them) on loopback with generated secrets.
 */
import path from "node:path";
import type { Env } from "~/env.server";
import { postgresUrl, startEmbeddedPostgres, stopStalePostgres } from "../../prisma/embedded-postgres";
import {
  resolveMeilisearchBinary,
  startEmbeddedMeilisearch,
  stopStaleMeilisearch,
} from "../../search/embedded-meilisearch";
import { acquireDataLock, loadSecrets, lockHolder } from "./data-dir";
import { StartupError, assertPortFree } from "./processes";

export const EMBEDDED_DATABASE = "elanding";

export interface Services {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  /** Which servers this process started (and will stop). */
  started: { postgres: boolean; meilisearch: boolean };
  stop(): Promise<void>;
}

export interface ServiceOptions {
  /** Short commands (db:*, worker) join the servers of a running `npm start` instead of failing. */
  join?: boolean;
  /** Skip Meilisearch entirely (database-only commands). */
  withoutSearch?: boolean;
  log?: (line: string) => void;
}

export async function startServices(env: Env, options: ServiceOptions = {}): Promise<Services> {
  const log = options.log ?? (() => undefined);
  const needPostgres = !env.DATABASE_URL;
  const needMeili = !env.MEILI_URL && !options.withoutSearch;
  const external = {
    databaseUrl: env.DATABASE_URL ?? "",
    meiliUrl: env.MEILI_URL ?? "",
    meiliMasterKey: env.MEILI_MASTER_KEY ?? "",
  };
  if (!needPostgres && !needMeili) {
    return { ...external, started: { postgres: false, meilisearch: false }, stop: async () => undefined };
  }

  const dataDir = path.resolve(env.DATA_DIR);
  const holder = options.join ? lockHolder(dataDir) : null;
  if (holder) {
    const secrets = loadSecrets(dataDir);
    if ((needPostgres && !holder.postgresPort) || (needMeili && !holder.meiliPort)) {
      throw new StartupError(`The E-Landing process ${holder.pid} using ${dataDir} is still starting; try again.`);
    }
    log(`Using the embedded servers of the running E-Landing process ${holder.pid}.`);
    return {
      databaseUrl:
        external.databaseUrl || postgresUrl(holder.postgresPort!, secrets.postgresPassword, EMBEDDED_DATABASE),
      meiliUrl: external.meiliUrl || `http://127.0.0.1:${holder.meiliPort}`,
      meiliMasterKey: external.meiliUrl ? external.meiliMasterKey : secrets.meiliMasterKey,
      started: { postgres: false, meilisearch: false },
      stop: async () => undefined,
    };
  }

  const lock = acquireDataLock(dataDir);
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    // Reverse order of start; each server is stopped even if another fails to.
    for (const stopOne of stops.reverse()) await stopOne().catch((error) => log(String(error)));
    stops.length = 0;
    lock.release();
  };
  try {
    // Check the Meilisearch binary before starting anything, so a bad one changes nothing.
    const meiliBinary = needMeili
      ? await resolveMeilisearchBinary({
          binDir: path.join(dataDir, "bin"),
          meiliBin: env.MEILI_BIN,
          meiliBinSha256: env.MEILI_BIN_SHA256,
        })
      : undefined;
    // Servers a crashed run left behind hold our ports: stop them, then make sure every port is
    // free before starting anything.
    if (needPostgres) await stopStalePostgres(path.join(dataDir, "postgres"));
    if (needMeili) await stopStaleMeilisearch(path.join(dataDir, "meilisearch"));
    if (needPostgres) await assertPortFree(env.EMBEDDED_PG_PORT, "embedded PostgreSQL", "EMBEDDED_PG_PORT");
    if (needMeili) await assertPortFree(env.EMBEDDED_MEILI_PORT, "embedded Meilisearch", "EMBEDDED_MEILI_PORT");
    const secrets = loadSecrets(dataDir);
    const result: Services = { ...external, started: { postgres: false, meilisearch: false }, stop };
    if (needPostgres) {
      const postgres = await startEmbeddedPostgres({
        dataDir: path.join(dataDir, "postgres"),
        port: env.EMBEDDED_PG_PORT,
        password: secrets.postgresPassword,
        database: EMBEDDED_DATABASE,
      });
      stops.push(postgres.stop);
      result.databaseUrl = postgres.url;
      result.started.postgres = true;
      log(`Embedded PostgreSQL ready on 127.0.0.1:${env.EMBEDDED_PG_PORT}.`);
    }
    if (needMeili) {
      const meili = await startEmbeddedMeilisearch({
        binary: meiliBinary!,
        dataDir: path.join(dataDir, "meilisearch"),
        port: env.EMBEDDED_MEILI_PORT,
        masterKey: secrets.meiliMasterKey,
        maxIndexingMemory: env.MEILI_MAX_INDEXING_MEMORY,
        maxIndexingThreads: env.MEILI_MAX_INDEXING_THREADS,
      });
      stops.push(meili.stop);
      result.meiliUrl = meili.url;
      result.meiliMasterKey = secrets.meiliMasterKey;
      result.started.meilisearch = true;
      log(`Embedded Meilisearch ready on 127.0.0.1:${env.EMBEDDED_MEILI_PORT}.`);
    }
    lock.update({
      postgresPort: result.started.postgres ? env.EMBEDDED_PG_PORT : undefined,
      meiliPort: result.started.meilisearch ? env.EMBEDDED_MEILI_PORT : undefined,
    });
    return result;
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Makes the chosen servers visible to everything this process loads or spawns next. */
export function exportServices(services: Services): void {
  process.env.DATABASE_URL = services.databaseUrl;
  if (services.meiliUrl) {
    process.env.MEILI_URL = services.meiliUrl;
    process.env.MEILI_MASTER_KEY = services.meiliMasterKey;
  }
}
