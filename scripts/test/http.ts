/**
 * The production build served over real HTTP inside a test file, on this file's database and
 * search prefix (the global set-up built it). For tests that must go through the whole stack:
 * Express, the CSRF check, Remix routing, loaders and actions.
 */
import { parseEnv } from "~/env.server";
import type { PrismaClient } from "~/generated/prisma/client";
import { startHttpServer } from "../lib/http";
import { freePort } from "../lib/processes";

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const port = await freePort();
  const env = parseEnv({ ...process.env, PORT: String(port), HOST: "127.0.0.1", APP_URL: `http://127.0.0.1:${port}` });
  const server = await startHttpServer(env, { dev: false });
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/**
 * A fingerprint of the data a request could change: row count and newest update of every table,
 * except the counters a refused request still updates on purpose (rate limits, log-in failures)
 * and the session's last-seen time (sessions are still counted).
 */
export async function dataFingerprint(db: PrismaClient): Promise<string> {
  const [plan] = await db.$queryRawUnsafe<{ sql: string }[]>(`
    SELECT string_agg(format(
      'SELECT %L AS t, count(*) AS n, %s AS newest FROM %I',
      table_name,
      CASE WHEN table_name = 'Session' THEN 'NULL::timestamp' ELSE 'max("updatedAt")' END,
      table_name
    ), ' UNION ALL ' ORDER BY table_name) AS sql
    FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'updatedAt'
      AND table_name NOT IN ('RateLimitBucket', 'LoginFailure')`);
  const rows = await db.$queryRawUnsafe<unknown[]>(plan!.sql);
  return JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value));
}
