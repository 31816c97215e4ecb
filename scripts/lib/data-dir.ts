/**
 * The embedded servers' data directory (`.data/` by default): one owner at a time (a lock file
 * naming the owning process) and the secrets generated on first start.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { StartupError, commandLine, isAlive } from "./processes";

export interface LockInfo {
  pid: number;
  /** Ports of the servers the owner runs, so commands like `npm run db:migrate` can join them. */
  postgresPort?: number;
  meiliPort?: number;
}

export interface DataLock {
  update(info: Omit<LockInfo, "pid">): void;
  release(): void;
}

function readLock(file: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockInfo;
  } catch {
    return null;
  }
}

/** The live process holding the lock, or null (no lock, or one left by a crashed run). */
export function lockHolder(dataDir: string): LockInfo | null {
  const info = readLock(path.join(dataDir, "lock"));
  if (!info || info.pid === process.pid) return null;
  // A recycled pid would belong to some other program: only a node process counts as the owner.
  return isAlive(info.pid) && /\bnode\b/.test(commandLine(info.pid) ?? "") ? info : null;
}

/** Takes the lock or throws a one-line StartupError naming the process that has it. */
export function acquireDataLock(dataDir: string): DataLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify({ pid: process.pid }), { flag: "wx" });
      return {
        update(info) {
          fs.writeFileSync(file, JSON.stringify({ ...info, pid: process.pid }));
        },
        release() {
          if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = lockHolder(dataDir);
      if (holder) {
        throw new StartupError(
          `${path.resolve(dataDir)} is in use by another E-Landing process (pid ${holder.pid}): stop it first, or set DATA_DIR to another directory.`,
        );
      }
      fs.rmSync(file, { force: true }); // left behind by a crashed run
    }
  }
  throw new StartupError(`Could not lock ${path.resolve(dataDir)}: another process keeps taking it.`);
}

export interface Secrets {
  postgresPassword: string;
  meiliMasterKey: string;
  /** Signs session cookies when SESSION_SECRET is not set (one machine only). */
  sessionSecret: string;
}

/**
 * Secrets of the embedded servers and the session cookie, generated once and kept (mode 600) in
 * the data directory; a secret added by a later version is generated on first use.
 */
export function loadSecrets(dataDir: string): Secrets {
  const file = path.join(dataDir, "secrets.json");
  const stored = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Partial<Secrets>) : {};
  const secret = () => crypto.randomBytes(24).toString("base64url");
  const secrets: Secrets = {
    postgresPassword: stored.postgresPassword ?? secret(),
    meiliMasterKey: stored.meiliMasterKey ?? secret(),
    sessionSecret: stored.sessionSecret ?? secret(),
  };
  if (Object.keys(stored).length < Object.keys(secrets).length) {
    fs.mkdirSync(dataDir, { recursive: true });
    const scratch = `${file}.${process.pid}`;
    fs.writeFileSync(scratch, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    fs.renameSync(scratch, file);
  }
  return secrets;
}
