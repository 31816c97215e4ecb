/** Pieces of the account forms' schemas (sign-up, log-in, invitations, password changes), shared by their routes. */
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "~/data/password";

export const emailSchema = z.email().max(254);

/** A password being checked: any length the form accepts. */
export const currentPasswordSchema = z.string().min(1).max(PASSWORD_MAX_LENGTH);

/** A password being chosen. */
export const newPasswordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

/** The 6 digits of an authenticator app. */
export const oneTimeCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/);

/** A checkbox that must be ticked ("I accept …"). An unticked box sends nothing: read that as "" so the refinement runs. */
export const tickedSchema = z.preprocess(
  (value) => value ?? "",
  z.string().refine((value) => value === "on", { message: "must_accept" }),
);

interface NewPassword {
  password: string;
  confirmPassword: string;
}

/** `shape` plus a new password typed twice; a mismatch is an error on the second. */
export function withNewPassword<Shape extends z.ZodRawShape>(shape: Shape) {
  return (
    z
      .object({ ...shape, password: newPasswordSchema, confirmPassword: z.string().max(PASSWORD_MAX_LENGTH) })
      // The generic shape hides the two keys from TypeScript; they are there.
      .refine((value) => (value as NewPassword).password === (value as NewPassword).confirmPassword, {
        message: "passwords_differ",
        path: ["confirmPassword"],
      })
  );
}
