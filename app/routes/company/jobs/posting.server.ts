/**
 * What the posting routes share: reading and checking the job form, turning a model's refusal
 * into the right answer, and the rule that publishing needs a verified company.
 */
import { data } from "@remix-run/node";
import { z } from "zod";
import { FORM_ARRAY_FIELDS, formValuesFromForm, jobFieldsSchema, type JobFormValues } from "~/models/job-form";
import { loadPostingCatalogue, type JobOutcome } from "~/models/job.server";
import { requireVerifiedCompanyMember } from "~/utils/auth.server";
import type { FieldErrors } from "~/utils/forms.server";
import { validateForm } from "~/utils/forms.server";

export const jobIdSchema = z.object({ jobId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

/** A route's :jobId, or 404 (a malformed id is as unknown as another company's). */
export function parseJobId(params: Record<string, string | undefined>): string {
  const parsed = jobIdSchema.safeParse(params);
  if (!parsed.success) throw new Response(null, { status: 404 });
  return parsed.data.jobId;
}

/** The answer to a refused form: its errors, and everything that was posted to fill it in again. */
export function refused(errors: FieldErrors, form: JobFormValues, status = 400) {
  return data({ ok: false as const, errors, form }, { status });
}

/** Checks the posted job form with the shared rules; the fields, or the 400 answer. */
export async function readJobForm(formData: FormData, now = new Date()) {
  const catalogue = await loadPostingCatalogue();
  const result = validateForm(formData, jobFieldsSchema(catalogue, { now }), { arrays: FORM_ARRAY_FIELDS });
  if (!result.ok) return { ok: false as const, response: refused(result.errors, formValuesFromForm(formData)) };
  return { ok: true as const, fields: result.data };
}

/**
 * Publishing needs requireVerifiedCompanyMember. Its 403 becomes a clear refusal on the form
 * (still 403), so a pending company sees why instead of an error page.
 */
export async function requirePublisher(request: Request, formData: FormData) {
  try {
    return { ok: true as const, user: await requireVerifiedCompanyMember(request) };
  } catch (thrown) {
    if (thrown instanceof Response && thrown.status === 403) {
      return {
        ok: false as const,
        response: refused({ form: [{ code: "posting.errors.notVerified" }] }, formValuesFromForm(formData), 403),
      };
    }
    throw thrown;
  }
}

/** A model's refusal as an answer: 404 for someone else's job, the reason on the form otherwise. */
export function refusalResponse(outcome: Extract<JobOutcome, { ok: false }>, form: JobFormValues) {
  switch (outcome.problem) {
    case "not-found":
      throw new Response(null, { status: 404 });
    case "not-verified":
      return refused({ form: [{ code: "posting.errors.notVerified" }] }, form, 403);
    case "expired":
      return refused({ validThrough: [{ code: "posting.errors.validThroughPast" }] }, form);
    case "wording": {
      const errors: FieldErrors = { form: [{ code: "posting.errors.wordingBlocks" }] };
      for (const [field, findings] of Object.entries(outcome.wording ?? {})) {
        errors[field] = findings.map((f) => ({ code: `posting.wording.${f.category}`, params: { match: f.match } }));
      }
      return refused(errors, form);
    }
    case "taken-down":
      return refused({ form: [{ code: "posting.errors.takenDown" }] }, form, 409);
    case "catalogue":
      return refused({ form: [{ code: "posting.errors.catalogueChanged" }] }, form, 409);
    case "wrong-status":
      return refused({ form: [{ code: "posting.errors.wrongStatus" }] }, form, 409);
  }
}
