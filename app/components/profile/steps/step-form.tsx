import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { FormErrors } from "~/components/forms";
import type { StepFormProps } from "./types";

/**
 * One form of a step: the error summary (listing only errors of fields it does not show), the
 * intent the action dispatches on, the fields, then its submit button.
 */
export function StepForm({
  intent,
  fields,
  errors,
  submit,
  encType,
  className = "space-y-4",
  children,
}: {
  intent: string;
  /** The names of the fields the form shows. */
  fields: string[];
  errors: StepFormProps["errors"];
  submit: ReactNode;
  encType?: "multipart/form-data";
  className?: string;
  children: ReactNode;
}) {
  return (
    <Form method="post" encType={encType} className={className} noValidate>
      <FormErrors errors={errors} fields={fields} />
      <input type="hidden" name="intent" value={intent} />
      {children}
      {submit}
    </Form>
  );
}
