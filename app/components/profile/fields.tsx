/**
 * Form fields the profile builder needs beside TextField (~/components/forms): selects (with
 * option groups), text areas and groups of checkboxes or radio buttons — each labelled, with its
 * hint and errors linked by aria-describedby, 44 px targets.
 */
import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import { FieldMessages, type FieldError } from "~/components/forms";

export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  label: string;
  options: Option[];
}

function describedBy(id: string, hint?: string, errors?: FieldError[]) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-errors` : null].filter(Boolean).join(" ") || undefined;
}

function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <label htmlFor={id} className="block font-medium text-slate-900">
      {label}
      {required ? <span className="ml-1 text-sm font-normal text-slate-700">{t("forms.requiredMark")}</span> : null}
    </label>
  );
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={`${id}-hint`} className="text-sm text-slate-700">
      {hint}
    </p>
  ) : null;
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldError[];
  /** The first, empty option ("Please choose", "Not given"); none when omitted. */
  emptyOption?: string;
  options?: Option[];
  groups?: OptionGroup[];
}

export function SelectField({
  name,
  label,
  hint,
  errors,
  emptyOption,
  options = [],
  groups = [],
  id = `field-${name}`,
  required,
  ...select
}: SelectFieldProps) {
  return (
    <div>
      <Label id={id} label={label} required={required} />
      <Hint id={id} hint={hint} />
      <select
        id={id}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className="mt-1 min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 aria-[invalid]:border-red-700"
        {...select}
      >
        {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <FieldMessages id={`${id}-errors`} errors={errors} />
    </div>
  );
}

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name"> {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldError[];
}

export function TextAreaField({
  name,
  label,
  hint,
  errors,
  id = `field-${name}`,
  required,
  ...area
}: TextAreaFieldProps) {
  return (
    <div>
      <Label id={id} label={label} required={required} />
      <Hint id={id} hint={hint} />
      <textarea
        id={id}
        name={name}
        required={required}
        rows={5}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2 aria-[invalid]:border-red-700"
        {...area}
      />
      <FieldMessages id={`${id}-errors`} errors={errors} />
    </div>
  );
}

interface ChoiceGroupProps {
  name: string;
  legend: string;
  type: "checkbox" | "radio";
  options: Option[];
  /** Values checked at first. */
  checked?: string[];
  hint?: string;
  errors?: FieldError[];
  required?: boolean;
  /** Grid columns on wider screens. */
  columns?: 1 | 2 | 3;
}

/** A fieldset of checkboxes or radio buttons. */
export function ChoiceGroup({
  name,
  legend,
  type,
  options,
  checked = [],
  hint,
  errors,
  required,
  columns = 2,
}: ChoiceGroupProps) {
  const { t } = useTranslation();
  const id = `group-${name}`;
  const grid = { 1: "", 2: "sm:grid-cols-2", 3: "sm:grid-cols-3" }[columns];
  return (
    <fieldset aria-describedby={describedBy(id, hint, errors)} aria-invalid={errors?.length ? true : undefined}>
      <legend className="font-medium text-slate-900">
        {legend}
        {required ? <span className="ml-1 text-sm font-normal text-slate-700">{t("forms.requiredMark")}</span> : null}
      </legend>
      <Hint id={id} hint={hint} />
      <div className={`mt-1 grid gap-x-4 ${grid}`}>
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-2">
            <input
              type={type}
              name={name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
              required={type === "radio" ? required : undefined}
              className="size-5 shrink-0"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldMessages id={`${id}-errors`} errors={errors} />
    </fieldset>
  );
}

/** A bordered card around one form of a step. */
export function FormCard({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 p-4 sm:p-6">
      {title ? <h2 className="mb-4 text-xl font-semibold">{title}</h2> : null}
      {children}
    </div>
  );
}
