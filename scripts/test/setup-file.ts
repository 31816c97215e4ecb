/**
 * Runs before every test file: a fresh database copied from the migrated template and its own
 * Meilisearch index prefix, exported through the environment before any app module loads.
 */
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { createSearchClient } from "../../search/client";
import { postgresUrl } from "../../prisma/embedded-postgres";

const { port, password, template } = inject("postgres");
const meili = inject("meilisearch");
const name = `test_${crypto.randomBytes(6).toString("hex")}`;

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl(port, password, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

await admin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));

Object.assign(process.env, {
  NODE_ENV: "test",
  DATABASE_URL: postgresUrl(port, password, name),
  MEILI_URL: meili.url,
  MEILI_MASTER_KEY: meili.apiKey,
  MEILI_INDEX_PREFIX: `${name}_`,
  SESSION_SECRET: "test-session-secret-0123456789",
});

afterAll(async () => {
  const search = createSearchClient(meili);
  const { results } = await search.getIndexes({ limit: 1000 });
  await Promise.all(results.filter((i) => i.uid.startsWith(`${name}_`)).map((i) => search.deleteIndex(i.uid)));
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
});
