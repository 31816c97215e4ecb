#!/usr/bin/env node
/**
 * Offline stand-in for Prisma's native schema engine, used only where that binary is missing (see
 * select.ts and docs/decisions/003-prisma-offline-engine.md). It plays the engine's part for the
 * Prisma CLI on top of Prisma's WebAssembly schema engine, talking to PostgreSQL through
 * @prisma/adapter-pg:
 *
 *   --version                                     prints the engine version
 *   --datasource <json> cli <command>             can-connect-to-database | create-database |
 *                                                 drop-database; the exit code is the answer
 *   [--datamodels <file>]… [--datasource <json>]  JSON-RPC 2.0 on stdin/stdout, one object a line
 *
 * Errors reach the CLI as JSON log lines on stderr, the way it parses the native engine's.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, DriverAdapterError, bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as wasmGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

const require = createRequire(import.meta.url);

// The WebAssembly build the CLI was released with ships inside the prisma package (its version is
// the CLI's engine version). The registry's @prisma/schema-engine-wasm provides the JavaScript glue
// and is the fallback build. A build is used only if the glue provides every import it needs.
const WASM_BUILDS = [
  process.env.PRISMA_SCHEMA_ENGINE_WASM,
  path.join(path.dirname(require.resolve("prisma/package.json")), "build", "schema_engine_bg.wasm"),
  path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm"),
];

// The CLI needs no datamodel for some commands (migrate diff); the engine needs at least one.
const EMPTY_DATAMODEL = ["schema.prisma", 'datasource db {\n  provider = "postgresql"\n}\n'];

function parseArgs(argv) {
  const parsed = { datamodels: [], datasource: undefined, version: false, cli: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version") parsed.version = true;
    else if (arg === "--datamodels") parsed.datamodels.push(argv[++i]);
    else if (arg === "--datasource") parsed.datasource = JSON.parse(argv[++i]);
    else if (arg === "cli") parsed.cli = argv[++i];
    else if (arg === "--enabled-preview-features" || arg === "--extension-types")
      i++; // not used by PostgreSQL
    else throw new Error(`schema-engine: unknown argument ${arg}`);
  }
  return parsed;
}

function loadWasm() {
  for (const file of WASM_BUILDS) {
    if (!file || !fs.existsSync(file)) continue;
    const module = new WebAssembly.Module(fs.readFileSync(file));
    if (!WebAssembly.Module.imports(module).every(({ name }) => name in wasmGlue)) continue;
    const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": wasmGlue });
    wasmGlue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return;
  }
  throw new Error("schema-engine: no WebAssembly schema engine build matches @prisma/schema-engine-wasm");
}

// ---------------------------------------------------------------------------------------------
// `cli` commands: plain exit codes, the error as a JSON log line (the CLI skips the first line).

async function runCliCommand(command, url) {
  let client;
  try {
    if (command === "can-connect-to-database") {
      client = await openClient(url);
    } else if (command === "create-database" || command === "drop-database") {
      client = await openClient(withDatabase(url, "postgres"));
      const verb = command === "create-database" ? "CREATE" : "DROP";
      await client.query(`${verb} DATABASE ${pg.escapeIdentifier(databaseName(url))}`);
    } else {
      throw new Error(`Unknown command: cli ${command}`);
    }
    return 0;
  } catch (error) {
    const [errorCode, message] = describeConnectionError(error, url);
    process.stderr.write(
      `${logLine("INFO", { message: `schema-engine cli ${command}` })}\n${logLine("ERROR", { message, error_code: errorCode })}\n`,
    );
    return 1;
  } finally {
    await client?.end().catch(() => undefined);
  }
}

// The native engine's codes for the errors the CLI acts upon (on P1003 it creates the database).
function describeConnectionError(error, url) {
  if (!URL.canParse(url)) return [undefined, error.message];
  const { hostname, port, username } = new URL(url);
  const at = `${hostname}:${port || 5432}`;
  const database = databaseName(url);
  return (
    {
      "3D000": ["P1003", `Database \`${database}\` does not exist on the database server at \`${at}\`.`],
      "42P04": ["P1009", `Database \`${database}\` already exists on the database server at \`${at}\``],
      "28P01": [
        "P1000",
        `Authentication failed against database server at \`${at}\`, the provided database credentials for \`${decodeURIComponent(username)}\` are not valid.`,
      ],
      ECONNREFUSED: [
        "P1001",
        `Can't reach database server at \`${at}\`\n\nPlease make sure your database server is running at \`${at}\`.`,
      ],
    }[error.code] ?? [undefined, error.message]
  );
}

function logLine(level, fields) {
  return JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: "schema_engine::logger" });
}

async function openClient(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

// pg ignores a `database` option next to `connectionString`, so the name goes into the URL.
function withDatabase(url, database) {
  const target = new URL(url);
  target.pathname = `/${encodeURIComponent(database)}`;
  return target.href;
}

// ---------------------------------------------------------------------------------------------
// The database side: adapter-pg, with the gaps that break the schema engine closed.

// adapter-pg cannot type PostgreSQL's one-byte "char" (OID 18, catalog columns such as
// pg_constraint.contype) and the engine panics unless such a column is typed Character. The pg
// client hands them over as text; queryRaw then re-types the columns it recorded here.
const CHAR_OID = 18;
const TEXT_OID = 25;
const charColumns = new WeakMap(); // result rows → indices of "char" columns

function retypeCharColumns(result) {
  for (const { fields, rows } of Array.isArray(result) ? result : [result]) {
    const indices = (fields ?? []).flatMap((field, i) => (field.dataTypeID === CHAR_OID ? [i] : []));
    for (const i of indices) fields[i].dataTypeID = TEXT_OID;
    if (indices.length > 0) charColumns.set(rows, indices);
  }
  return result;
}

class CharAwareClient extends pg.Client {
  query(config, values, callback) {
    const done = typeof values === "function" ? values : callback;
    if (typeof done === "function") {
      const wrapped = (error, result) => done(error, error ? result : retypeCharColumns(result));
      return done === values ? super.query(config, wrapped) : super.query(config, values, wrapped);
    }
    const pending = super.query(config, values);
    return typeof pending?.then === "function" ? pending.then(retypeCharColumns) : pending;
  }
}

function typeCharColumns(queryable) {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

async function connect(url) {
  const adapter = typeCharColumns(await new PrismaPg({ connectionString: url, Client: CharAwareClient }).connect());
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...options) => typeCharColumns(await startTransaction(...options));
  // adapter-pg splits a script at every ";", which breaks function bodies and string literals.
  // Like the native engine, send it whole: without parameters pg uses the simple query protocol.
  adapter.executeScript = async (script) => void (await adapter.executeRaw({ sql: script, args: [], argTypes: [] }));
  return adapter;
}

// Shadow databases we created and have not dropped yet: name → URL of the database it came from.
const shadowDatabases = new Map();

async function dropShadowDatabase(name) {
  const client = await openClient(shadowDatabases.get(name));
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    shadowDatabases.delete(name);
  } finally {
    await client.end();
  }
}

// The engine reports a plain JavaScript error as "External error id#N", a database error with its
// message.
function throwAsDatabaseError(error) {
  const { code = "", message = String(error), detail, hint } = error ?? {};
  throw new DriverAdapterError({ kind: "postgres", code, severity: "ERROR", message, detail, column: undefined, hint });
}

function adapterFactory(datasource) {
  // Unlike the native engine, the WebAssembly one needs a database even for commands that do not
  // use it (migrate diff --from-empty --to-schema), because it connects as it starts.
  const url = () =>
    datasource?.url || throwAsDatabaseError(new Error("no database URL (datasource.url in prisma.config.ts)"));
  return bindMigrationAwareSqlAdapterFactory({
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connect(url()),
    // adapter-pg's own shadow database is dropped while its pool is still connected, so the drop
    // fails; we create it ourselves and drop it after the pool has closed, forcefully.
    async connectToShadowDb() {
      if (datasource?.shadowDatabaseUrl) {
        // The native engine empties a configured shadow database before each use; this one does not.
        const adapter = await connect(datasource.shadowDatabaseUrl);
        const schema = pg.escapeIdentifier(
          new URL(datasource.shadowDatabaseUrl).searchParams.get("schema") ?? "public",
        );
        await adapter.executeScript(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema};`);
        return adapter;
      }
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      const client = await openClient(url()).catch(throwAsDatabaseError);
      try {
        await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } catch (error) {
        throwAsDatabaseError(error);
      } finally {
        await client.end();
      }
      shadowDatabases.set(name, url());
      const adapter = await connect(withDatabase(url(), name));
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await dropShadowDatabase(name);
      };
      return adapter;
    },
  });
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC

async function serveRpc({ datamodels: files, datasource }) {
  const send = (message) => process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);
  let inFlight; // id of the request being handled, so that a panic can still answer it
  let exiting = false;

  // The panic hook of the WebAssembly build reports the message here before it traps.
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    message: "",
    set_message(message) {
      this.message = message;
    },
  };
  const panicked = async (error) => {
    const message = globalThis.PRISMA_WASM_PANIC_REGISTRY.message || String(error?.stack ?? error);
    if (inFlight !== undefined)
      send({ id: inFlight, error: { code: 4466, message, data: { is_panic: true, message } } });
    process.stderr.write(`${logLine("ERROR", { message, is_panic: true })}\n`);
    await exit(101); // the engine's memory is not trustworthy after a panic
  };
  // A panic inside an async part of the engine surfaces as an uncaught exception, not a rejection.
  process.on("uncaughtException", panicked);
  process.on("unhandledRejection", panicked);

  async function exit(code) {
    if (exiting) return;
    exiting = true;
    await Promise.allSettled([...shadowDatabases.keys()].map(dropShadowDatabase));
    process.exit(code);
  }

  // Started on the first request: the WebAssembly engine connects to the database as it starts,
  // and a failure must reach the CLI as the answer to that request (had we exited before reading
  // it, the CLI would wait for an answer that never comes and exit 0 in silence).
  let started;
  const startEngine = () => {
    loadWasm();
    const datamodels = files.map((file) => [file, fs.readFileSync(file, "utf8")]);
    const log = (line) => process.stderr.write(line.endsWith("\n") ? line : `${line}\n`);
    return wasmGlue.SchemaEngine.new(
      { datamodels: datamodels.length > 0 ? datamodels : [EMPTY_DATAMODEL] },
      log,
      adapterFactory(datasource),
    );
  };

  // Requests from us to the CLI (only `print`), waiting for its answer.
  const awaitingCli = new Map();
  let nextId = 1;
  const askCli = (method, params) =>
    new Promise((resolve) => {
      const id = nextId++;
      awaitingCli.set(id, resolve);
      send({ id, method, params });
    });

  async function call(method, params) {
    const engine = await (started ??= startEngine());
    switch (method) {
      case "diff": {
        // The CLI prints what the engine sends it, and only that (also into --output files).
        const { exitCode, stdout } = await engine.diff(params);
        if (stdout) await askCli("print", { content: stdout });
        return { exitCode };
      }
      case "getDatabaseVersion":
        return engine.version(params);
      case "createMigration":
      case "evaluateDataLoss":
        // These two read the schema of the migrations from a cache that only devDiagnostic fills
        // (it alone is handed the shadow database), and only for the migrations already applied;
        // so a migrate dev that first applies pending migrations would fail. Diagnose right
        // before: with the migrations all applied it fills the cache (once; then a cache hit).
        await engine.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
        return engine[method](params);
      default:
        if (method === "new" || method === "free" || typeof engine[method] !== "function") {
          throw Object.assign(new Error(`Method not supported by the WebAssembly schema engine: ${method}`), {
            rpcCode: -32601,
          });
        }
        return engine[method](params);
    }
  }

  let queue = Promise.resolve();
  const handle = async ({ id, method, params }) => {
    inFlight = id;
    try {
      const result = await call(method, params ?? {});
      send({ id, result: result ?? {} });
    } catch (error) {
      if (error instanceof WebAssembly.RuntimeError) return panicked(error);
      // Drop the engine's span trace: the CLI shows this message to the user as it is.
      const message = String(error?.message ?? error).split(/\n\s+0: /)[0];
      const data = { is_panic: false, message, error_code: error?.code, meta: error?.meta };
      send({
        id,
        error: { code: error?.rpcCode ?? 4466, message: "An error happened. Check the data field for details.", data },
      });
    } finally {
      inFlight = undefined;
    }
  };

  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      return send({ id: null, error: { code: -32700, message: "Parse error" } });
    }
    if (message.method === undefined) {
      awaitingCli.get(message.id)?.(message);
      awaitingCli.delete(message.id);
    } else {
      queue = queue.then(() => handle(message));
    }
  });
  // The CLI closes stdin when it is done with the engine, and on Linux sends SIGTERM right after.
  lines.on("close", () => queue.then(() => exit(0)));
  process.on("SIGTERM", () => exit(0));
}

// ---------------------------------------------------------------------------------------------

const args = parseArgs(process.argv.slice(2));
if (args.version) {
  loadWasm();
  process.stdout.write(`schema-engine-cli ${wasmGlue.version()} (WebAssembly)\n`);
} else if (args.cli) {
  process.exitCode = await runCliCommand(args.cli, args.datasource?.url);
} else {
  await serveRpc(args);
}
