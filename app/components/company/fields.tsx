/**
 * Form fields the shared kit (~/components/forms) does not have yet — a select, a text area and a
 * file input — built the same way: a label, an optional hint, errors linked with aria-describedby.
 */
import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes, InputHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import { FieldMessages, type FieldError } from "~/components/forms";

interface Common {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldError[];
  id?: string;
  required?: boolean;
}

function describedBy(id: string, hint?: string, errors?: FieldError[]): string | undefined {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-errors` : null].filter(Boolean).join(" ") || undefined;
}

function Label({ id, label, hint, required }: { id: string; label: string; hint?: string; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label}
        {required ? <span className="ml-1 text-sm font-normal text-slate-700">{t("forms.requiredMark")}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
    </>
  );
}

const control = "mt-1 min-h-11 w-full rounded-md border border-slate-400 px-3 aria-[invalid]:border-red-700";

export function SelectField({
  name,
  label,
  hint,
  errors,
  id = `field-${name}`,
  required,
  children,
  ...select
}: Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & { children: ReactNode }) {
  return (
    <div>
      <Label id={id} label={label} hint={hint} required={required} />
      <select
        id={id}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className={`${control} bg-white`}
        {...select}
      >
        {children}
      </select>
      <FieldMessages id={`${id}-errors`} errors={errors} />
    </div>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  errors,
  id = `field-${name}`,
  required,
  ...textarea
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  return (
    <div>
      <Label id={id} label={label} hint={hint} required={required} />
      <textarea
        id={id}
        name={name}
        required={required}
        rows={5}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className={`${control} py-2`}
        {...textarea}
      />
      <FieldMessages id={`${id}-errors`} errors={errors} />
    </div>
  );
}

export function FileField({
  name,
  label,
  hint,
  errors,
  id = `field-${name}`,
  required,
  ...input
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type">) {
  return (
    <div>
      <Label id={id} label={label} hint={hint} required={required} />
      <input
        id={id}
        name={name}
        type="file"
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className={`${control} py-2`}
        {...input}
      />
      <FieldMessages id={`${id}-errors`} errors={errors} />
    </div>
  );
}
