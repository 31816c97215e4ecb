import type { Prisma, PrismaClient } from "~/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

export interface AuditEntry {
  actorId: string | null;
  /** What happened, e.g. "resume.download", "company.approve". */
  action: string;
  subjectType: string;
  subjectId: string;
  details?: Prisma.InputJsonValue;
  ip?: string;
}

/** Records who did what to whose data; in the caller's transaction when given one. */
export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({ data: entry });
}
