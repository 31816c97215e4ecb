import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../app/generated/prisma/client";

export function createPrismaClient(url: string): PrismaClient {
  // Without a connect timeout a request would wait forever for a database that is down.
  const adapter = new PrismaPg({ connectionString: url, connectionTimeoutMillis: 5_000 });
  return new PrismaClient({ adapter });
}
