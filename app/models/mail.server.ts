/**
 * Outgoing mail: every message is stored (the demo mailbox reads it) and a queue job delivers it
 * over SMTP when SMTP_URL is set. Queued in the caller's transaction, so a rolled-back sign-up
 * sends nothing.
 */
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { translator, type Locale } from "~/i18n/config";
import { enqueue } from "~/queue/enqueue.server";
import { TASK } from "~/queue/tasks";

type Db = PrismaClient | Prisma.TransactionClient;

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export async function queueMail(db: Db, mail: Mail): Promise<void> {
  const { id } = await db.outgoingMail.create({ data: mail, select: { id: true } });
  await enqueue(db, TASK.sendMail, { id });
}

/**
 * Mail text from the translations under `key` (which has `subject` and `body`, e.g. "mail.verify"
 * or "company.mail.invite"), in the recipient's language, with the signature.
 */
export function composeMail(locale: Locale, key: string, to: string, vars: Record<string, string | number>): Mail {
  // Keys are checked by the locale tests; the type system cannot follow them through a variable.
  const t = translator(locale) as unknown as (key: string, vars?: Record<string, unknown>) => string;
  return { to, subject: t(`${key}.subject`, vars), text: `${t(`${key}.body`, vars)}\n\n${t("mail.signature")}` };
}

export function listMail({ to, take = 50, skip = 0 }: { to?: string; take?: number; skip?: number }, db: PrismaClient) {
  const where = to ? { to: { contains: to.toLowerCase() } } : {};
  return Promise.all([
    db.outgoingMail.findMany({ where, orderBy: { createdAt: "desc" }, take, skip }),
    db.outgoingMail.count({ where }),
  ]);
}
