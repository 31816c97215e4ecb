import fs from "node:fs";
import net from "node:net";

/**
 * A start-up failure the user can fix. Its message is the one line printed before the process
 * exits with a non-zero code (no stack trace: it is not a bug).
 */
export class StartupError extends Error {
  override name = "StartupError";
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user (e.g. the postgres system user).
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  // A zombie has exited; it only waits for its parent (for orphans: an init that may reap slowly).
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  try {
    // The main thread of a multi-threaded process shows "Z" while its other threads still run
    // (and hold its ports): only a zombie without threads has really gone.
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    return /^State:\s+Z/m.test(status) && /^Threads:\s+1$/m.test(status);
  } catch {
    return false;
  }
}

/** The command line of a running process (Linux /proc), or null where it cannot be read. */
export function commandLine(pid: number): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    return null;
  }
}

/**
 * Resolves once `check` returns a truthy value; rejects with `message` after `timeoutMs`, also
 * when a check itself never settles.
 */
export async function waitFor<T>(
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  { timeoutMs, intervalMs = 50, message }: { timeoutMs: number; intervalMs?: number; message: string },
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let settled = false;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), timeoutMs);
  });
  const poll = async (): Promise<T> => {
    while (!settled) {
      const value = await check();
      if (value) return value;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
    return undefined as never; // the race was already lost; nobody reads this
  };
  try {
    return await Promise.race([poll(), expired]);
  } finally {
    settled = true;
    clearTimeout(timer);
  }
}

/** Sends `signal` and waits for the process to exit; escalates to SIGKILL after `timeoutMs`. */
export async function stopProcess(pid: number, signal: NodeJS.Signals, timeoutMs = 30_000): Promise<void> {
  if (!isAlive(pid)) return;
  try {
    process.kill(pid, signal);
  } catch {
    return;
  }
  try {
    await waitFor(() => !isAlive(pid), { timeoutMs, message: "timeout" });
  } catch {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
    await waitFor(() => !isAlive(pid), { timeoutMs: 5_000, message: `process ${pid} did not exit` });
  }
}

export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Throws a one-line StartupError naming the service and the variable that moves it. */
export async function assertPortFree(port: number, service: string, variable: string, host = "127.0.0.1") {
  if (!(await isPortFree(port, host))) {
    throw new StartupError(
      `Port ${port} on ${host} (${service}) is already in use: stop the program using it or set ${variable} to another port.`,
    );
  }
}

/** A port the operating system reports free right now (for tests and throwaway servers). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The last non-empty lines of a log file, to explain why a server exited. */
export function tailOf(file: string, lines = 5): string {
  try {
    return fs.readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

/**
 * A child process's environment made of exactly `vars`. (Remix's type globals declare NODE_ENV
 * as always present on ProcessEnv; a child's environment need not have it.)
 */
export function childEnv(vars: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return vars as NodeJS.ProcessEnv;
}
