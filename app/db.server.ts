import type { PrismaClient } from "~/generated/prisma/client";
import { createPrismaClient } from "../prisma/client";
import { getEnv } from "./env.server";
import { withTimeout } from "./utils/promise";

function clientFromEnv(): PrismaClient {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set; start the portal with `npm start` or `npm run dev`.");
  return createPrismaClient(url);
}

// One client per process; kept on globalThis so Vite's dev reloads do not open new pools.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = (globalForPrisma.prisma ??= clientFromEnv());

/** "ok" when the database answers within `timeoutMs`; never throws. */
export async function checkDatabaseHealth(timeoutMs = 2_000): Promise<"ok" | "down"> {
  try {
    await withTimeout(prisma.$queryRaw`SELECT 1`, timeoutMs);
    return "ok";
  } catch {
    return "down";
  }
}
