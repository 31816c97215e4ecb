/**
 * `npm run organizer:create -- --email someone@example.cn [--password …]`: organizer accounts are
 * made here, never by public sign-up. Without --password a strong one is generated and printed
 * once. The organizer enrols a TOTP authenticator at first log-in.
 */
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { parseEnv } from "~/env.server";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "~/data/password";
import { log, runCommand } from "./lib/cli";
import { exportServices, startServices } from "./lib/services";
import { StartupError } from "./lib/processes";

const argsSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH).optional(),
});

runCommand(async () => {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({ args: rest, options: { email: { type: "string" }, password: { type: "string" } } });
  const parsed = argsSchema.safeParse(values);
  if (command !== "create" || !parsed.success) {
    throw new StartupError(
      `Usage: npm run organizer:create -- --email someone@example.cn [--password at-least-${PASSWORD_MIN_LENGTH}-characters]`,
    );
  }
  const services = await startServices(parseEnv(), { join: true, withoutSearch: true, log });
  exportServices(services);
  try {
    const { createOrganizer } = await import("~/models/organizer.server");
    const password = parsed.data.password ?? crypto.randomBytes(12).toString("base64url");
    await createOrganizer(parsed.data.email, password);
    log(`organizer ${parsed.data.email.toLowerCase()} is ready.`);
    if (!parsed.data.password) log(`password (shown once, change it after logging in): ${password}`);
    log("at the first log-in, set up two-step verification with an authenticator app.");
  } finally {
    const { prisma } = await import("~/db.server");
    await prisma.$disconnect();
    await services.stop();
  }
});
