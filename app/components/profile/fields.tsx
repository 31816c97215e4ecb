/**
 * Form pieces the profile builder needs beside the shared kit (~/components/forms): groups of
 * checkboxes or radio buttons — labelled, with their hint and errors linked by aria-describedby,
 * 44 px targets — and the card around a step's form.
 */
import type { ReactNode } from "react";
import { describedBy, FieldHint, FieldMessages, RequiredMark, type FieldError, type Option } from "~/components/forms";

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
  const id = `group-${name}`;
  const grid = { 1: "", 2: "sm:grid-cols-2", 3: "sm:grid-cols-3" }[columns];
  return (
    <fieldset aria-describedby={describedBy(id, { hint, errors })} aria-invalid={errors?.length ? true : undefined}>
      <legend className="font-medium text-slate-900">
        {legend}
        {required ? <RequiredMark /> : null}
      </legend>
      <FieldHint id={id} hint={hint} />
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
