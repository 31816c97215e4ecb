/**
 * Guards the offline schema engine (schema-engine.mjs, chosen by select.ts): the real Prisma CLI
 * runs the whole migration workflow through it against a throwaway PostgreSQL, in a copy of the
 * project's prisma folder, so the repository's files are never touched. Run it after upgrading
 * prisma, @prisma/adapter-pg or @prisma/schema-engine-wasm.
 */
import { spawn } from "node:child_process";
import { constants as fsConstants } from "node:fs";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresUrl, startEmbeddedPostgres, type RunningPostgres } from "../embedded-postgres";
import { freePort } from "../../scripts/lib/processes";
import { FALLBACK_ENGINE, currentContext, decideSchemaEngine, type EngineContext } from "./select";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const PRISMA = path.join(ROOT, "node_modules", ".bin", "prisma");
const SELECT = path.join(ROOT, "prisma", "engine", "select.ts");
const require = createRequire(import.meta.url);

describe("choosing the schema engine", () => {
  let dir: string;
  let context: EngineContext;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "elanding-engine-select-"));
    context = {
      env: {},
      enginesDir: path.join(dir, "engines"),
      cacheDir: path.join(dir, "cache"),
      enginesVersion: "abc123",
    };
    await fs.mkdir(context.enginesDir);
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  const cachedEngine = path.join("cache", "master", "abc123", "debian-openssl-3.0.x", "schema-engine");
  async function place(file: string) {
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await fs.writeFile(path.join(dir, file), "");
  }

  it("uses the fallback when no native engine is installed or cached", () => {
    expect(decideSchemaEngine(context).binary).toBe(FALLBACK_ENGINE);
  });

  it("ships the fallback as an executable file", async () => {
    await fs.access(FALLBACK_ENGINE, fsConstants.X_OK);
  });

  it("leaves an engine the user chose alone", () => {
    expect(
      decideSchemaEngine({ ...context, env: { PRISMA_SCHEMA_ENGINE_BINARY: "/opt/engine" } }).binary,
    ).toBeUndefined();
    expect(
      decideSchemaEngine({ ...context, env: { PRISMA_MIGRATION_ENGINE_BINARY: "/opt/engine" } }).binary,
    ).toBeUndefined();
  });

  it("trusts a cached engine only where the CLI would copy it (checksum file, or told to do without)", async () => {
    await place(cachedEngine);
    expect(decideSchemaEngine(context).binary).toBe(FALLBACK_ENGINE);
    expect(
      decideSchemaEngine({ ...context, env: { PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: "1" } }).binary,
    ).toBeUndefined();
    await place(`${cachedEngine}.sha256`);
    expect(decideSchemaEngine(context).binary).toBeUndefined();
    await fs.rm(path.join(dir, "cache"), { recursive: true });
  });

  it("lets Prisma use its native engine when @prisma/engines has one", async () => {
    await place(path.join("engines", "schema-engine-debian-openssl-3.0.x"));
    expect(decideSchemaEngine(context)).toMatchObject({ binary: undefined, reason: expect.stringContaining("native") });
  });

  it("obeys PRISMA_ENGINE_FALLBACK=always and =never over what is installed", () => {
    expect(decideSchemaEngine({ ...context, env: { PRISMA_ENGINE_FALLBACK: "always" } }).binary).toBe(FALLBACK_ENGINE);
    const bare = { ...context, enginesDir: path.join(dir, "missing") };
    expect(decideSchemaEngine({ ...bare, env: { PRISMA_ENGINE_FALLBACK: "never" } }).binary).toBeUndefined();
    expect(() => decideSchemaEngine({ ...bare, env: { PRISMA_ENGINE_FALLBACK: "sometimes" } })).toThrow(
      /auto, always or never/,
    );
  });

  it("looks where the installed CLI looks", () => {
    const { enginesDir, enginesVersion } = currentContext({});
    const engines = require(require.resolve("@prisma/engines", { paths: [path.join(ROOT, "node_modules", "prisma")] }));
    expect(path.resolve(enginesDir)).toBe(path.resolve(engines.getEnginesPath()));
    expect(engines.enginesVersion).toBe(enginesVersion);
  });
});

interface CliResult {
  code: number | null;
  stdout: string;
  output: string;
}

describe("the Prisma CLI workflow on the fallback engine", () => {
  let tmp: string;
  let project: string;
  let server: RunningPostgres;
  let databaseUrl: string;
  const timings: { command: string; ms: number }[] = [];

  /** Runs the real CLI in the throwaway project, forced onto the fallback engine. */
  function prisma(command: string, env: Record<string, string> = {}): Promise<CliResult> {
    const started = performance.now();
    const child = spawn(PRISMA, command.split(" "), {
      cwd: project,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PRISMA_ENGINE_FALLBACK: "always",
        CHECKPOINT_DISABLE: "1", // no update check over the network
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        NO_COLOR: "1",
        ...env,
      },
    });
    let stdout = "";
    let output = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    return new Promise((resolve, reject) => {
      child.once("error", reject);
      child.once("close", (code) => {
        timings.push({ command: `prisma ${command}`, ms: Math.round(performance.now() - started) });
        resolve({ code, stdout, output });
      });
    });
  }

  async function query<T extends pg.QueryResultRow>(sql: string, url = databaseUrl): Promise<T[]> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<T>(sql)).rows;
    } finally {
      await client.end();
    }
  }
  const tables = async () =>
    (
      await query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
      )
    ).map((row) => row.table_name);
  const columns = async (table: string) =>
    (
      await query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_name = '${table}'`,
      )
    ).map((row) => row.column_name);
  const appliedMigrations = async () =>
    (
      await query<{ migration_name: string }>(
        `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`,
      )
    ).map((row) => row.migration_name);
  const migrationDirs = async () =>
    (await fs.readdir(path.join(project, "prisma", "migrations"), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  const migrationSql = async (suffix: string) => {
    const name = (await migrationDirs()).find((dir) => dir.endsWith(`_${suffix}`));
    expect(name, `a migration directory ending in _${suffix}`).toBeDefined();
    return fs.readFile(path.join(project, "prisma", "migrations", name!, "migration.sql"), "utf8");
  };
  const editSchema = async (edit: (schema: string) => string) => {
    const file = path.join(project, "prisma", "schema.prisma");
    await fs.writeFile(file, edit(await fs.readFile(file, "utf8")));
  };
  /** Replaces text inside the test's own WorkflowProbe model, never in the project's models. */
  const probe = (schema: string, from: string, to: string) => {
    const start = schema.indexOf("model WorkflowProbe {");
    expect(start, "the WorkflowProbe model").toBeGreaterThanOrEqual(0);
    return schema.slice(0, start) + schema.slice(start).replace(from, to);
  };
  const leftoverShadowDatabases = async () =>
    query(
      `SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`,
      withDatabase(databaseUrl, "postgres"),
    );

  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "elanding-engine-workflow-"));
    await fs.chmod(tmp, 0o755); // as root, PostgreSQL runs as "postgres", who must reach its directory
    const port = await freePort();
    server = await startEmbeddedPostgres({
      dataDir: path.join(tmp, "postgres"),
      port,
      password: "workflow",
      database: "postgres",
      settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off" },
    });
    // A database that does not exist yet: the CLI must create it (cli can-connect / create-database).
    databaseUrl = postgresUrl(port, "workflow", "workflow");

    project = path.join(tmp, "project");
    await fs.mkdir(path.join(project, "prisma"), { recursive: true });
    await fs.copyFile(path.join(ROOT, "prisma", "schema.prisma"), path.join(project, "prisma", "schema.prisma"));
    await fs.cp(path.join(ROOT, "prisma", "migrations"), path.join(project, "prisma", "migrations"), {
      recursive: true,
    });
    // The config and the seed resolve prisma/config and pg from here.
    await fs.symlink(path.join(ROOT, "node_modules"), path.join(project, "node_modules"), "dir");
    await fs.writeFile(
      path.join(project, "prisma.config.ts"),
      `import { defineConfig } from "prisma/config";
import { selectSchemaEngine } from ${JSON.stringify(SELECT)};

selectSchemaEngine();

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "node seed.mjs" },
  datasource: { url: process.env.DATABASE_URL },
});
`,
    );
    await fs.writeFile(
      path.join(project, "seed.mjs"),
      `import pg from "pg";
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
await client.query(\`INSERT INTO "WorkflowProbe" (id, name) VALUES ('seeded', 'Seeded Co')\`);
await client.end();
console.log("seeded 1 company");
`,
    );
  });

  afterAll(async () => {
    await server?.stop();
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
    if (timings.length > 0) {
      const width = Math.max(...timings.map((t) => t.command.length));
      const total = timings.reduce((sum, t) => sum + t.ms, 0);
      console.log(
        `Prisma CLI on the fallback engine, ${timings.length} commands in ${total} ms:\n` +
          timings.map((t) => `  ${t.command.padEnd(width)}  ${String(t.ms).padStart(5)} ms`).join("\n"),
      );
    }
  });

  it("runs the fallback engine, chosen by prisma.config.ts", async () => {
    const { code, stdout } = await prisma("--version");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /Schema Engine\s*:\s*schema-engine-cli \w+ \(WebAssembly\).*resolved by PRISMA_SCHEMA_ENGINE_BINARY/,
    );
  });

  it("migrate deploy creates the database and applies the committed migrations", async () => {
    const committed = await migrationDirs();
    expect(committed.length).toBeGreaterThan(0);
    const { code, output } = await prisma("migrate deploy");
    expect(code, output).toBe(0);
    expect(output).toContain("PostgreSQL database workflow created");
    expect(output).toContain("All migrations have been successfully applied");
    expect((await appliedMigrations()).sort()).toEqual(committed);
    expect(await tables()).toEqual(expect.arrayContaining(["Fair", "FairSession"]));
  });

  it("migrate status reports the database up to date", async () => {
    const { code, output } = await prisma("migrate status");
    expect(code, output).toBe(0);
    expect(output).toContain("Database schema is up to date!");
  });

  it("the committed migrations produce exactly the schema (migrate diff migrations → schema is empty)", async () => {
    const { code, output } = await prisma(
      "migrate diff --from-migrations prisma/migrations --to-schema prisma/schema.prisma --exit-code",
    );
    expect(code, output).toBe(0); // --exit-code: 2 would mean a difference
    expect(output).toContain("No difference detected.");
    expect(await leftoverShadowDatabases()).toEqual([]);
  });

  it("migrate diff prints the script that builds the schema from nothing", async () => {
    const { code, stdout } = await prisma("migrate diff --from-empty --to-schema prisma/schema.prisma --script");
    expect(code).toBe(0);
    expect(stdout).toContain('CREATE TABLE "Fair"');
    expect(stdout).toContain('CREATE TABLE "FairSession"');
  });

  it("migrate diff compares the live database with a changed schema", async () => {
    await editSchema(
      (schema) => `${schema}
model WorkflowProbe {
  id        String   @id @default(cuid())
  createdAt DateTime @default(now())
  name      String
}
`,
    );
    const { code, stdout } = await prisma(
      "migrate diff --from-config-datasource --to-schema prisma/schema.prisma --script",
    );
    expect(code).toBe(0);
    expect(stdout).toContain('CREATE TABLE "WorkflowProbe"');
    expect(stdout).not.toContain('CREATE TABLE "Fair"'); // already in the database
  });

  it("migrate dev creates a migration from the schema change and applies it", async () => {
    const { code, output } = await prisma("migrate dev --name add_company");
    expect(code, output).toBe(0);
    expect(output).toContain("Your database is now in sync with your schema.");
    expect(await migrationSql("add_company")).toContain('CREATE TABLE "WorkflowProbe"');
    expect(await tables()).toContain("WorkflowProbe");
    expect(await appliedMigrations()).toHaveLength((await migrationDirs()).length);
    expect(await leftoverShadowDatabases()).toEqual([]);
  });

  it("migrate dev --create-only writes a migration without applying it", async () => {
    await editSchema((schema) => probe(schema, "  name      String\n", "  name      String\n  homepage  String?\n"));
    const { code, output } = await prisma("migrate dev --name add_homepage --create-only");
    expect(code, output).toBe(0);
    expect(await migrationSql("add_homepage")).toMatch(/ALTER TABLE "WorkflowProbe" ADD COLUMN\s+"homepage" TEXT/);
    expect(await columns("WorkflowProbe")).not.toContain("homepage");

    const status = await prisma("migrate status");
    expect(status.code).toBe(1);
    expect(status.output).toMatch(/have not yet been applied:\s+\S+_add_homepage/);
  });

  it("migrate deploy applies the edited migration, function bodies with semicolons included", async () => {
    // The engine must send the script whole: split at each ";", this body would not parse.
    const dir = (await migrationDirs()).find((name) => name.endsWith("_add_homepage"))!;
    await fs.appendFile(
      path.join(project, "prisma", "migrations", dir, "migration.sql"),
      `\nCREATE FUNCTION "company_label"(name TEXT) RETURNS TEXT AS $$\nBEGIN\n  RETURN 'company; ' || name;\nEND;\n$$ LANGUAGE plpgsql;\n`,
    );
    const { code, output } = await prisma("migrate deploy");
    expect(code, output).toBe(0);
    expect(await columns("WorkflowProbe")).toContain("homepage");
    expect(await query(`SELECT company_label('Acme') AS label`)).toEqual([{ label: "company; Acme" }]);

    const status = await prisma("migrate status");
    expect(status.output).toContain("Database schema is up to date!");
  });

  it("migrate dev applies a pending migration and then creates the next one", async () => {
    await editSchema((schema) => probe(schema, "  homepage  String?\n", "  homepage  String?\n  city      String?\n"));
    expect((await prisma("migrate dev --name add_city --create-only")).code).toBe(0);
    await editSchema((schema) => probe(schema, "  city      String?\n", "  city      String?\n  country   String?\n"));

    const { code, output } = await prisma("migrate dev --name add_country");
    expect(code, output).toBe(0);
    expect(output).toMatch(/have been applied:[\s\S]*_add_city/);
    expect(await migrationSql("add_country")).toContain('"country"');
    expect(await columns("WorkflowProbe")).toEqual(expect.arrayContaining(["city", "country"]));
    expect(await appliedMigrations()).toHaveLength((await migrationDirs()).length);
  });

  it("migrate dev detects drift between the migrations and the database", async () => {
    await query(`ALTER TABLE "WorkflowProbe" ADD COLUMN "drift" INTEGER`);
    const { code, output } = await prisma("migrate dev --name never_created");
    expect(code).toBe(130); // non-interactive: it explains the drift and stops
    expect(output).toContain("Drift detected");
    expect(output).toContain("Added column `drift`");
    expect((await migrationDirs()).some((name) => name.endsWith("_never_created"))).toBe(false);
  });

  it("migrate reset --force rebuilds the database from the migrations", async () => {
    await query(`INSERT INTO "WorkflowProbe" (id, name) VALUES ('before-reset', 'Gone Co')`);
    const { code, output } = await prisma("migrate reset --force");
    expect(code, output).toBe(0);
    expect(await columns("WorkflowProbe")).not.toContain("drift");
    expect(await query(`SELECT id FROM "WorkflowProbe"`)).toEqual([]);
    expect((await appliedMigrations()).sort()).toEqual(await migrationDirs());
  });

  it("db seed runs the configured seed command", async () => {
    const { code, output } = await prisma("db seed");
    expect(code, output).toBe(0);
    expect(output).toContain("seeded 1 company");
    expect(await query(`SELECT id, name FROM "WorkflowProbe"`)).toEqual([{ id: "seeded", name: "Seeded Co" }]);
  });

  it("the registry's WebAssembly build still works as the engine's second choice", async () => {
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const { version } = JSON.parse(await fs.readFile(path.join(dir, "package.json"), "utf8")) as { version: string };
    const env = { PRISMA_SCHEMA_ENGINE_WASM: path.join(dir, "schema_engine_bg.wasm") };
    expect((await prisma("--version", env)).stdout).toContain(`schema-engine-cli ${version.split(".").pop()}`);
    const diff = "migrate diff --from-migrations prisma/migrations --to-config-datasource --exit-code";
    const { code, output } = await prisma(diff, env);
    expect(code, output).toBe(0);
    expect(output).toContain("No difference detected.");
    expect(await leftoverShadowDatabases()).toEqual([]);
  });
});

function withDatabase(url: string, database: string): string {
  const target = new URL(url);
  target.pathname = `/${database}`;
  return target.href;
}
