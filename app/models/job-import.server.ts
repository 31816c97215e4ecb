import type { PrismaClient } from "~/generated/prisma/client";

/** Runs a validated CSV import (the queue's jobs:import task), reporting progress in its row. */
export async function runJobImport(_db: PrismaClient, _importId: string): Promise<void> {
  throw new Error("runJobImport is not implemented yet");
}
