import { z } from "zod";

/** A same-site path to go back to ("/jobs?q=x"), never another site ("//evil", "https://…"). */
export const redirectToSchema = z
  .string()
  .max(2_000)
  .regex(/^\/(?![/\\])/)
  .optional()
  .catch(undefined);

export function safeRedirect(value: unknown, fallback: string): string {
  return redirectToSchema.parse(value) ?? fallback;
}
