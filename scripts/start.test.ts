/**
 * `npm start` as a user runs it: a real process on a throwaway DATA_DIR and free ports, started,
 * queried over HTTP, stopped with signals, killed, and started again.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "../prisma/client";
import { postgresUrl } from "../prisma/embedded-postgres";
import { seed } from "../prisma/seed";
import { createSearchClient } from "../search/client";
import { checkIndexes, isConsistent } from "../search/consistency";
import { contentHash } from "../search/content-hash";
import { JOB_DOCUMENT_SELECT, searchableWhere, toJobDocument } from "../search/job-documents";
import { PROJECT_ROOT } from "./lib/cli";
import { childEnv, freePort, isAlive, waitFor } from "./lib/processes";

interface App {
  child: ChildProcess;
  /** The variables it was started with (data directory and ports). */
  vars: Record<string, string>;
  port: number;
  dataDir: string;
  output: () => string;
  errors: () => string;
  exited: Promise<number | null>;
}

const apps: App[] = [];
const roots: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "elanding-start-"));
  fs.chmodSync(dir, 0o755);
  roots.push(dir);
  return dir;
}

async function launch(vars: Record<string, string> = {}, dataDir = path.join(tempDir(), "data")): Promise<App> {
  const port = Number(vars.PORT ?? (await freePort()));
  const settings = {
    PORT: String(port),
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    EMBEDDED_MEILI_PORT: String(await freePort()),
    MEILI_MAX_INDEXING_MEMORY: "256MiB",
    DEMO_SCALE: "0.01",
    ...vars,
  };
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: PROJECT_ROOT,
    detached: true, // its own process group, like a command started in a terminal
    env: childEnv({ ...basicEnv(), ...settings }),
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const app = { child, vars: settings, port, dataDir, output: () => out, errors: () => err, exited };
  apps.push(app);
  return app;
}

async function ready(app: App): Promise<App> {
  let gone = false;
  void app.exited.then(() => (gone = true));
  await waitFor(
    () => {
      if (gone) throw new Error(`the app exited:\n${app.output()}\n${app.errors()}`);
      return app.output().includes("E-Landing: ready on http");
    },
    { timeoutMs: 90_000, message: "the app never became ready" },
  );
  return app;
}

/** What a shell would pass on; the test file's own DATABASE_URL etc. must not reach the app. */
function basicEnv(): Record<string, string | undefined> {
  return Object.fromEntries(["PATH", "HOME", "TMPDIR", "LANG"].map((name) => [name, process.env[name]]));
}

/** `npm run db:*` (scripts/db.ts) on an app's data directory. */
function runDb(args: string[], app: App): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/db.ts", ...args], {
      cwd: PROJECT_ROOT,
      env: childEnv({ ...basicEnv(), ...app.vars }),
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => resolve({ code, output }));
  });
}

async function health(app: App) {
  const response = await fetch(`http://127.0.0.1:${app.port}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const postmasterPid = (dataDir: string) =>
  Number(fs.readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
const meiliPid = (dataDir: string) => Number(fs.readFileSync(path.join(dataDir, "meilisearch.pid"), "utf8"));
const secrets = (dataDir: string) =>
  JSON.parse(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as {
    postgresPassword: string;
    meiliMasterKey: string;
  };

/** The one line a user sees when a start is refused. */
async function refusal(app: App): Promise<string> {
  expect(await app.exited).toBe(1);
  const lines = app.errors().trim().split("\n");
  expect(lines, app.errors()).toHaveLength(1);
  return lines[0]!;
}

afterEach(async () => {
  for (const app of apps.splice(0)) {
    if (app.child.exitCode === null && app.child.signalCode === null) {
      app.child.kill("SIGTERM");
      const stopped = await Promise.race([app.exited.then(() => true), sleep(30_000).then(() => false)]);
      if (!stopped) {
        // A failing test must not leave servers behind: kill the app and whatever it started.
        process.kill(-app.child.pid!, "SIGKILL");
        for (const pid of [postmasterPid, meiliPid].map((read) => safely(() => read(app.dataDir)))) {
          if (pid) safely(() => process.kill(pid, "SIGKILL"));
        }
        throw new Error(`the app did not stop on SIGTERM:\n${app.output()}\n${app.errors()}`);
      }
    }
  }
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
function safely<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}

afterAll(() => {
  for (const dir of roots) fs.rmSync(dir, { recursive: true, force: true });
});

describe("npm start on the embedded defaults", () => {
  it("serves the portal with PostgreSQL, Meilisearch and the worker all healthy", async () => {
    const app = await ready(await launch());
    const { status, body } = await health(app);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "ok", db: "ok", search: "ok", queue: "ok" });

    const zh = await fetch(`http://127.0.0.1:${app.port}/`, { headers: { "Accept-Language": "zh-CN,zh;q=0.9" } });
    expect(await zh.text()).toContain('<html lang="zh-CN"');
    const en = await fetch(`http://127.0.0.1:${app.port}/`, { headers: { "Accept-Language": "de-DE" } });
    expect(await en.text()).toContain('<html lang="en"');

    // The worker applied the index settings enqueued at start.
    const search = createSearchClient({
      url: `http://127.0.0.1:${meiliPort(app)}`,
      apiKey: secrets(app.dataDir).meiliMasterKey,
    });
    await waitFor(
      async () =>
        (
          await search
            .index("jobs")
            .getSettings()
            .catch(() => null)
        )?.pagination?.maxTotalHits === 100_000,
      { timeoutMs: 20_000, message: "index settings were not applied" },
    );
  });

  it.each([
    ["Ctrl-C (SIGINT to the terminal's process group)", (app: App) => process.kill(-app.child.pid!, "SIGINT")],
    ["SIGTERM", (app: App) => app.child.kill("SIGTERM")],
  ])("stops PostgreSQL and Meilisearch on %s and releases the data directory", async (_, stop) => {
    const app = await ready(await launch());
    const pids = [postmasterPid(app.dataDir), meiliPid(app.dataDir)];
    expect(pids.every(isAlive)).toBe(true);
    stop(app);
    expect(await app.exited).toBe(0);
    expect(pids.filter(isAlive)).toEqual([]);
    expect(fs.existsSync(path.join(app.dataDir, "lock"))).toBe(false);
  });

  it("stops what it already started when a signal arrives during start-up", async () => {
    const app = await launch();
    await waitFor(() => app.output().includes("Embedded PostgreSQL ready"), {
      timeoutMs: 60_000,
      message: "PostgreSQL never started",
    });
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
    expect(app.output()).toContain("stopped while starting");
    expect(fs.existsSync(path.join(app.dataDir, "postgres", "postmaster.pid"))).toBe(false);
    expect(fs.existsSync(path.join(app.dataDir, "meilisearch.pid"))).toBe(false);
    expect(fs.existsSync(path.join(app.dataDir, "lock"))).toBe(false);
  });

  it("lets db:* commands join a running npm start, or start the database for themselves", async () => {
    const app = await ready(await launch());
    const joined = await runDb(["migrate", "status"], app);
    expect(joined.code, joined.output).toBe(0);
    expect(joined.output).toContain(`Using the embedded servers of the running E-Landing process ${app.child.pid}`);
    expect(joined.output).toContain("Database schema is up to date");
    expect(await health(app)).toMatchObject({ status: 200 }); // joining changed nothing for the app

    app.child.kill("SIGTERM");
    await app.exited;
    const alone = await runDb(["seed", "--reset"], app);
    expect(alone.code, alone.output).toBe(0);
    expect(alone.output).toContain("Embedded PostgreSQL ready");
    expect(alone.output).toContain("Seeded 3 fairs with 12 sessions");
    expect(fs.existsSync(path.join(app.dataDir, "lock"))).toBe(false); // and it stopped it again
    expect(fs.existsSync(path.join(app.dataDir, "postgres", "postmaster.pid"))).toBe(false);
  });

  it("refuses a second start on the same data directory with one line, leaving the first running", async () => {
    const first = await ready(await launch());
    const line = await refusal(await launch({}, first.dataDir));
    expect(line).toMatch(/^E-Landing: .* is in use by another E-Landing process \(pid \d+\)/);
    expect((await health(first)).body.status).toBe("ok");
  });

  it("recovers after kill -9: stops the stale servers and starts again on the same data", async () => {
    const first = await ready(await launch());
    const db = new pg.Client({ connectionString: databaseUrl(first) });
    await db.connect();
    await db.query(`UPDATE "Fair" SET "nameEn" = 'Kept across crashes' WHERE slug = '2026-autumn'`);
    await db.end();
    const stale = [postmasterPid(first.dataDir), meiliPid(first.dataDir)];
    first.child.kill("SIGKILL");
    await first.exited;
    expect(stale.every(isAlive)).toBe(true); // the servers outlived the app

    const second = await ready(
      await launch({ EMBEDDED_PG_PORT: pgPort(first), EMBEDDED_MEILI_PORT: meiliPort(first) }, first.dataDir),
    );
    expect(stale.filter(isAlive)).toEqual([]);
    expect((await health(second)).body).toMatchObject({ db: "ok", search: "ok" });
    const again = new pg.Client({ connectionString: databaseUrl(second) });
    await again.connect();
    const { rows } = await again.query(`SELECT "nameEn" FROM "Fair" WHERE slug = '2026-autumn'`);
    await again.end();
    expect(rows[0].nameEn).toBe("Kept across crashes");
  });

  it("degrades without Meilisearch, and answers 503 and an error page only without PostgreSQL", async () => {
    const app = await ready(await launch());
    const url = `http://127.0.0.1:${app.port}`;
    process.kill(meiliPid(app.dataDir), "SIGKILL");
    await waitFor(async () => (await health(app)).body.search === "down", {
      timeoutMs: 10_000,
      message: "search never reported down",
    });
    expect(await health(app)).toEqual({
      status: 200,
      body: expect.objectContaining({ status: "degraded", db: "ok", search: "down", queue: "ok" }),
    });
    expect((await fetch(`${url}/`)).status).toBe(200);
    // Search pages explain, in the visitor's language, instead of failing.
    const searchPage = await fetch(`${url}/jobs?q=amazon`, { headers: { "Accept-Language": "zh-CN" } });
    expect(searchPage.status).toBe(503);
    expect(await searchPage.text()).toContain("搜索暂时不可用");
    const api = await fetch(`${url}/api/v1/jobs?q=amazon`, { headers: { "Accept-Language": "en" } });
    expect(api.status).toBe(503);
    expect(await api.json()).toMatchObject({
      error: "search_unavailable",
      message: expect.stringContaining("recovering"),
    });
    const db = new pg.Client({ connectionString: databaseUrl(app) });
    await db.connect();
    const { rows } = await db.query(
      `SELECT id FROM "Job" WHERE status = 'PUBLISHED' AND "validThrough" > now() LIMIT 1`,
    );
    await db.end();
    expect((await fetch(`${url}/jobs/${rows[0].id}`)).status).toBe(200); // job pages need no search

    process.kill(postmasterPid(app.dataDir), "SIGINT");
    await waitFor(async () => (await health(app)).status === 503, { timeoutMs: 15_000, message: "never 503" });
    expect((await health(app)).body).toMatchObject({ status: "down", db: "down", queue: "down" });
    const zh = await fetch(`${url}/`, { headers: { "Accept-Language": "zh-CN" } });
    expect(zh.status).toBe(500);
    expect(await zh.text()).toContain("服务暂时不可用");
    const en = await fetch(`${url}/`, { headers: { "Accept-Language": "en" } });
    expect(await en.text()).toContain("Temporarily unavailable");

    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0); // the app stayed up throughout, and still stops cleanly
  });

  it("refuses a taken port with one line and starts nothing", async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    try {
      const app = await launch({ EMBEDDED_PG_PORT: String(port) });
      expect(await refusal(app)).toBe(
        `E-Landing: Port ${port} on 127.0.0.1 (embedded PostgreSQL) is already in use: stop the program using it or set EMBEDDED_PG_PORT to another port.`,
      );
      expect(fs.existsSync(path.join(app.dataDir, "lock"))).toBe(false);
      expect(fs.existsSync(path.join(app.dataDir, "postgres"))).toBe(false); // not even initialised

      const web = await launch({ PORT: String(port) });
      expect(await refusal(web)).toMatch(new RegExp(`Port ${port} .*\\(the web server\\).* set PORT`));
      expect(fs.existsSync(web.dataDir)).toBe(false); // refused before anything was created
    } finally {
      blocker.close();
    }
  });

  it("refuses to run a Meilisearch binary whose sha256 does not match, before starting anything", async () => {
    const dir = tempDir();
    const marker = path.join(dir, "was-run");
    const fake = path.join(dir, "meilisearch");
    fs.writeFileSync(fake, `#!/bin/sh\ntouch ${marker}\n`, { mode: 0o755 });
    const app = await launch({ MEILI_BIN: fake, MEILI_BIN_SHA256: "0".repeat(64) });
    expect(await refusal(app)).toMatch(
      /^E-Landing: Refusing to run MEILI_BIN .*its sha256 is [0-9a-f]{64}, expected 0{64}/,
    );
    expect(fs.existsSync(marker)).toBe(false);
    expect(fs.existsSync(path.join(app.dataDir, "postgres"))).toBe(false); // checked before anything started
  });
});

describe("npm start with DATABASE_URL and MEILI_URL", () => {
  it("starts no embedded server and uses the given ones", async () => {
    const { port, password } = inject("postgres");
    const meili = inject("meilisearch");
    const admin = new pg.Client({ connectionString: postgresUrl(port, password, "postgres") });
    await admin.connect();
    await admin.query("DROP DATABASE IF EXISTS start_external WITH (FORCE)");
    await admin.query("CREATE DATABASE start_external");
    try {
      const app = await ready(
        await launch({
          DATABASE_URL: postgresUrl(port, password, "start_external"),
          MEILI_URL: meili.url,
          MEILI_MASTER_KEY: meili.apiKey,
          MEILI_INDEX_PREFIX: "start_external_",
          SESSION_SECRET: "a-shared-secret-of-every-app-server-0123456789",
        }),
      );
      expect((await health(app)).body).toMatchObject({ status: "ok", db: "ok", search: "ok", queue: "ok" });
      expect(fs.existsSync(path.join(app.dataDir, "postgres"))).toBe(false);
      expect(fs.existsSync(path.join(app.dataDir, "meilisearch"))).toBe(false);
      app.child.kill("SIGTERM");
      await app.exited;
    } finally {
      await admin.query("DROP DATABASE IF EXISTS start_external WITH (FORCE)");
      await admin.end();
    }
  });

  it("fills an empty or outdated external Meilisearch from the database in the background", async () => {
    const { port, password, template } = inject("postgres");
    const meili = inject("meilisearch");
    const admin = new pg.Client({ connectionString: postgresUrl(port, password, "postgres") });
    await admin.connect();
    await admin.query("DROP DATABASE IF EXISTS start_repair WITH (FORCE)");
    await admin.query(`CREATE DATABASE start_repair TEMPLATE ${template}`);
    const url = postgresUrl(port, password, "start_repair");
    const db = createPrismaClient(url);
    const prefix = `start_repair_${Date.now()}_`;
    const client = createSearchClient(meili);
    try {
      // A database with data, and a Meilisearch that does not match it: the candidates index does
      // not exist at all; the jobs index holds one outdated document and one of a deleted job.
      await seed(url, { scale: 0.01, log: () => undefined, quiet: true });
      const row = await db.job.findFirstOrThrow({ where: searchableWhere(new Date()), select: JOB_DOCUMENT_SELECT });
      const { contentHash: _current, ...current } = toJobDocument(row);
      const outdated = { ...current, titleEn: "An outdated title" };
      await client
        .index(`${prefix}jobs`)
        .addDocuments(
          [
            { ...outdated, contentHash: contentHash(outdated) },
            { ...outdated, id: "a-deleted-job", contentHash: contentHash({ ...outdated, id: "a-deleted-job" }) },
          ],
          { primaryKey: "id" },
        )
        .waitTask();
      expect((await client.index(`${prefix}jobs`).getStats()).numberOfDocuments).toBe(2);

      const app = await ready(
        await launch({
          DATABASE_URL: url,
          MEILI_URL: meili.url,
          MEILI_MASTER_KEY: meili.apiKey,
          MEILI_INDEX_PREFIX: prefix,
          SESSION_SECRET: "a-shared-secret-of-every-app-server-0123456789",
        }),
      );
      const context = { client, prefix, db };
      const reports = await waitFor(
        async () => {
          const now = await checkIndexes(context).catch(() => null);
          return now && isConsistent(now) ? now : null;
        },
        { timeoutMs: 60_000, message: `the indexes never matched the database:\n${app.output()}` },
      );
      for (const report of reports) expect(report.indexed).toBe(report.expected);
      expect(reports.find((r) => r.index === "candidates")!.expected).toBeGreaterThan(0);
      expect((await client.index(`${prefix}jobs`).getDocument(row.id)).titleEn).toBe(row.titleEn);
      await expect(client.index(`${prefix}jobs`).getDocument("a-deleted-job")).rejects.toThrow();
      await waitFor(() => app.output().includes("Search consistency repair: candidates:"), {
        timeoutMs: 10_000,
        message: "the repair was not logged",
      });
      expect(app.output()).toMatch(/Search consistency repair: jobs: .*1 stale, 1 extra/);
      // /healthz reports the sync lag: nothing pending once the repair is done.
      await waitFor(
        async () => {
          const { searchSync } = (await health(app)).body as { searchSync?: { pending: number; lagSeconds: unknown } };
          return searchSync?.pending === 0 && searchSync.lagSeconds === null;
        },
        { timeoutMs: 20_000, message: "/healthz never reported an empty sync backlog" },
      );
      app.child.kill("SIGTERM");
      await app.exited;
    } finally {
      await db.$disconnect();
      const { results } = await client.getIndexes({ limit: 1000 });
      await Promise.all(results.filter((i) => i.uid.startsWith(prefix)).map((i) => client.deleteIndex(i.uid)));
      await admin.query("DROP DATABASE IF EXISTS start_repair WITH (FORCE)");
      await admin.end();
    }
  }, 180_000);
});

function lock(app: App) {
  return JSON.parse(fs.readFileSync(path.join(app.dataDir, "lock"), "utf8")) as {
    postgresPort: number;
    meiliPort: number;
  };
}
function pgPort(app: App) {
  return String(lock(app).postgresPort);
}
function meiliPort(app: App) {
  return String(lock(app).meiliPort);
}
function databaseUrl(app: App) {
  return postgresUrl(lock(app).postgresPort, secrets(app.dataDir).postgresPassword, "elanding");
}
