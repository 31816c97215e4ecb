/**
 * Form building blocks: every input has a label, errors sit next to their field and are linked
 * with aria-describedby, a summary at the top takes focus after a failed submit, and the submit
 * button says when it is working.
 */
import { useNavigation } from "@remix-run/react";
import { useEffect, useRef, type InputHTMLAttributes, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface FieldError {
  code: string;
  params?: Record<string, number | string>;
}
export type FieldErrors = Record<string, FieldError[]>;

/** The visitor's-language text of an error: a form's own code (`account.login.invalid`) or a forms.errors code. */
export function useErrorText() {
  const { t } = useTranslation();
  // Codes are keys checked by the locale tests; the type system cannot follow them from the server.
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (error: FieldError): string =>
    error.code.includes(".")
      ? translate(error.code, error.params)
      : translate(`forms.errors.${error.code}`, {
          ...error.params,
          defaultValue: translate("forms.errors.unexpected"),
        });
}

export function FieldMessages({ id, errors }: { id: string; errors?: FieldError[] }) {
  const text = useErrorText();
  if (!errors?.length) return null;
  return (
    <ul id={id} className="mt-1 text-sm text-red-800">
      {errors.map((error, i) => (
        <li key={i}>{text(error)}</li>
      ))}
    </ul>
  );
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "name"> {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldError[];
}

export function TextField({ name, label, hint, errors, id = `field-${name}`, required, ...input }: TextFieldProps) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-errors` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label}
        {required ? <span className="ml-1 text-sm font-normal text-slate-700">{t("forms.requiredMark")}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="mt-1 min-h-11 w-full rounded-md border border-slate-400 px-3 aria-[invalid]:border-red-700"
        {...input}
      />
      <FieldMessages id={`${id}-errors`} errors={errors} />
    </div>
  );
}

/** Errors that belong to the whole form (or a field the form does not show), focused when they appear. */
export function FormErrors({ errors, fields = [] }: { errors?: FieldErrors; fields?: string[] }) {
  const { t } = useTranslation();
  const text = useErrorText();
  const ref = useRef<HTMLDivElement>(null);
  const general = Object.entries(errors ?? {}).filter(([field]) => !fields.includes(field));
  const count = Object.values(errors ?? {}).flat().length;
  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [errors, count]);
  if (count === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">{t("forms.errorSummary")}</p>
      {general.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {general.flatMap(([field, list]) => list.map((error, i) => <li key={`${field}-${i}`}>{text(error)}</li>))}
        </ul>
      ) : null}
    </div>
  );
}

/** Hidden from people and assistive technology; bots fill it in (forms.server.ts refuses them). */
export function Honeypot() {
  const { t } = useTranslation();
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor="website_url">{t("forms.honeypot")}</label>
      <input id="website_url" name="website_url" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}

export function SubmitButton({ children, name, value }: { children: ReactNode; name?: string; value?: string }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && (!name || navigation.formData?.get(name) === value);
  return (
    <button
      type="submit"
      name={name}
      value={value}
      aria-disabled={busy || undefined}
      className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 aria-disabled:opacity-70"
    >
      {busy ? t("forms.saving") : children}
    </button>
  );
}

/** A narrow page for account forms. */
export function FormPage({ title, lead, children }: { title: string; lead?: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-3xl font-bold">{title}</h1>
      {lead ? <p className="mt-2 text-slate-700">{lead}</p> : null}
      <div className="mt-6">{children}</div>
    </div>
  );
}
