/**
 * Chooses the schema engine the Prisma CLI runs: Prisma's native binary wherever it is installed,
 * else our WebAssembly fallback (schema-engine.mjs), which needs no download. Called from
 * prisma.config.ts, which the CLI loads before it looks for (or tries to download) the engine.
 * See docs/decisions/003-prisma-offline-engine.md.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const FALLBACK_ENGINE = fileURLToPath(new URL("./schema-engine.mjs", import.meta.url));

export interface EngineDecision {
  /** The executable to put in PRISMA_SCHEMA_ENGINE_BINARY, or undefined to leave Prisma alone. */
  binary: string | undefined;
  reason: string;
}

/** Environment variables (process.env, or a stand-in in tests). */
export type Env = Readonly<Record<string, string | undefined>>;

export interface EngineContext {
  env: Env;
  /** Where Prisma keeps its engine: `require("@prisma/engines").getEnginesPath()`. */
  enginesDir: string;
  /** Prisma's download cache, from which the CLI copies an engine instead of downloading it. */
  cacheDir: string;
  /** The engine build the CLI wants (the hash in @prisma/engines-version). */
  enginesVersion: string;
}

/**
 * PRISMA_ENGINE_FALLBACK=always forces the fallback, =never leaves everything to Prisma, and auto
 * (the default) uses the fallback only when neither the user nor Prisma has an engine in place.
 */
export function decideSchemaEngine({ env, enginesDir, cacheDir, enginesVersion }: EngineContext): EngineDecision {
  const mode = env.PRISMA_ENGINE_FALLBACK || "auto";
  if (mode !== "auto" && mode !== "always" && mode !== "never") {
    throw new Error(`PRISMA_ENGINE_FALLBACK must be auto, always or never, not "${mode}"`);
  }
  if (mode === "never") return { binary: undefined, reason: "PRISMA_ENGINE_FALLBACK=never" };
  if (mode === "always") return { binary: FALLBACK_ENGINE, reason: "PRISMA_ENGINE_FALLBACK=always" };

  // The deprecated variable still works in the CLI.
  for (const name of ["PRISMA_SCHEMA_ENGINE_BINARY", "PRISMA_MIGRATION_ENGINE_BINARY"]) {
    if (env[name]) return { binary: undefined, reason: `${name} is set` };
  }
  const installed = listDir(enginesDir).find((name) => name.startsWith("schema-engine-"));
  if (installed) return { binary: undefined, reason: `native engine ${path.join(enginesDir, installed)}` };

  // The CLI copies a cached engine (<cache>/master/<version>/<target>/schema-engine) into
  // enginesDir when its checksum file is there, or when told to do without one.
  const versionDir = path.join(cacheDir, "master", enginesVersion);
  for (const target of listDir(versionDir)) {
    const cached = path.join(versionDir, target, "schema-engine");
    if (fs.existsSync(cached) && (fs.existsSync(`${cached}.sha256`) || env.PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING)) {
      return { binary: undefined, reason: `cached native engine ${cached}` };
    }
  }
  return { binary: FALLBACK_ENGINE, reason: "no native schema engine installed" };
}

/** Points the Prisma CLI at the fallback engine when no native one is installed. */
export function selectSchemaEngine(): void {
  const decision = decideSchemaEngine(currentContext(process.env));
  if (decision.binary) process.env.PRISMA_SCHEMA_ENGINE_BINARY = decision.binary;
}

/** Where the installed Prisma CLI looks, resolved the way it resolves its own dependencies. */
export function currentContext(env: Env): EngineContext {
  const fromPrisma = createRequire(createRequire(import.meta.url).resolve("prisma/package.json"));
  const enginesDir = path.dirname(fromPrisma.resolve("@prisma/engines/package.json"));
  const versionPackage = createRequire(enginesDir + path.sep).resolve("@prisma/engines-version/package.json");
  const { prisma } = JSON.parse(fs.readFileSync(versionPackage, "utf8")) as { prisma: { enginesVersion: string } };
  return { env, enginesDir, cacheDir: prismaCacheDir(env), enginesVersion: prisma.enginesVersion };
}

// Mirrors the CLI's choice of download cache.
function prismaCacheDir(env: Env): string {
  if (process.platform === "win32" && env.APPDATA) return path.join(env.APPDATA, "Prisma");
  if (env.AWS_LAMBDA_FUNCTION_VERSION) return "/tmp/prisma-download";
  return env.XDG_CACHE_HOME ? path.join(env.XDG_CACHE_HOME, "prisma") : path.join(os.homedir(), ".cache", "prisma");
}

function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
