/** Delivering stored mail over SMTP (the queue's mail:send task). */
import nodemailer, { type Transporter } from "nodemailer";
import type { PrismaClient } from "~/generated/prisma/client";

export interface MailSettings {
  /** smtp://user:password@host:port; unset: mail stays in the demo mailbox. */
  smtpUrl?: string;
  from?: string;
}

const transports = new Map<string, Transporter>();

/**
 * Sends one stored message; a no-op when it was sent already (a retried job) or when there is no
 * SMTP server. Throws on SMTP failure, so the queue retries it with backoff.
 */
export async function deliverMail(db: PrismaClient, id: string, { smtpUrl, from }: MailSettings): Promise<void> {
  const mail = await db.outgoingMail.findUnique({ where: { id } });
  if (!mail || mail.sentAt || !smtpUrl) return;
  let transport = transports.get(smtpUrl);
  if (!transport) transports.set(smtpUrl, (transport = nodemailer.createTransport(smtpUrl)));
  try {
    await transport.sendMail({
      from: from ?? "E-Landing <noreply@localhost>",
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
    });
  } catch (error) {
    await db.outgoingMail.update({ where: { id }, data: { error: String(error).slice(0, 500) } });
    throw error;
  }
  await db.outgoingMail.update({ where: { id }, data: { sentAt: new Date(), error: null } });
}
