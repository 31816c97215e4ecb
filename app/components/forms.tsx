/**
 * Form building blocks: every input has a label, errors sit next to their field and are linked
 * with aria-describedby, a summary at the top takes focus after a failed submit, and the submit
 * button says when it is working.
 */
import { useNavigation } from "@remix-run/react";
import {
  useEffect,
  useRef,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";
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

/**
 * The ids a control's aria-describedby lists: its hint, its errors, then any ids given by the caller
 * (warnings shown under the field). Undefined when there are none.
 */
export function describedBy(
  id: string,
  { hint, errors, extra }: { hint?: string; errors?: FieldError[]; extra?: string },
): string | undefined {
  return (
    [hint ? `${id}-hint` : null, errors?.length ? `${id}-errors` : null, extra || null].filter(Boolean).join(" ") ||
    undefined
  );
}

/** "(required)" after a label or legend. */
export function RequiredMark() {
  const { t } = useTranslation();
  return <span className="ml-1 text-sm font-normal text-slate-700">{t("forms.requiredMark")}</span>;
}

/** The hint under a label or legend; `id` is the control's (or group's) id. */
export function FieldHint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={`${id}-hint`} className="text-sm text-slate-700">
      {hint}
    </p>
  ) : null;
}

function FieldLabel({ id, label, hint, required }: { id: string; label: string; hint?: string; required?: boolean }) {
  return (
    <>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      <FieldHint id={id} hint={hint} />
    </>
  );
}

/** What every field takes besides its control's own attributes. */
interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldError[];
  /** More ids for aria-describedby, after the hint and the errors (e.g. warnings shown under the field). */
  describedBy?: string;
  /** `field-<name>` unless given. */
  id?: string;
  required?: boolean;
}

/** The control's own attributes, less the ones the field sets from its props. */
type ControlProps<T> = Omit<T, "name" | "id" | "required" | "aria-describedby">;

/** What the field gives its control: id, name, required, and the links to its hint and errors. */
interface ControlAttributes {
  id: string;
  name: string;
  required?: boolean;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

/** Separates a field's own props from the attributes meant for its control. */
function splitFieldProps<P extends FieldProps>({
  name,
  label,
  hint,
  errors,
  describedBy,
  id,
  required,
  ...control
}: P) {
  return [{ name, label, hint, errors, describedBy, id, required }, control] as const;
}

/** The label (with the required mark) and hint, the control `render` draws, then the errors. */
function Field({
  name,
  label,
  hint,
  errors,
  describedBy: extra,
  id = `field-${name}`,
  required,
  render,
}: FieldProps & { render: (attributes: ControlAttributes) => ReactNode }) {
  return (
    <div>
      <FieldLabel id={id} label={label} hint={hint} required={required} />
      {render({
        id,
        name,
        required,
        "aria-invalid": errors?.length ? true : undefined,
        "aria-describedby": describedBy(id, { hint, errors, extra }),
      })}
      <FieldMessages id={`${id}-errors`} errors={errors} />
    </div>
  );
}

const controlClass = "mt-1 min-h-11 w-full rounded-md border border-slate-400 px-3 aria-[invalid]:border-red-700";

export function TextField(props: FieldProps & ControlProps<InputHTMLAttributes<HTMLInputElement>>) {
  const [field, input] = splitFieldProps(props);
  return <Field {...field} render={(attributes) => <input {...attributes} className={controlClass} {...input} />} />;
}

export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  label: string;
  options: Option[];
}

interface SelectFieldProps extends FieldProps, ControlProps<SelectHTMLAttributes<HTMLSelectElement>> {
  /** The first, empty option ("Please choose", "Not given"); none when omitted. */
  emptyOption?: string;
  options?: Option[];
  groups?: OptionGroup[];
  /** Options written out by the caller, after `emptyOption`, `options` and `groups`. */
  children?: ReactNode;
}

export function SelectField(props: SelectFieldProps) {
  const [field, { emptyOption, options = [], groups = [], children, ...select }] = splitFieldProps(props);
  return (
    <Field
      {...field}
      render={(attributes) => (
        <select {...attributes} className={`${controlClass} bg-white`} {...select}>
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
          {children}
        </select>
      )}
    />
  );
}

export function TextAreaField(props: FieldProps & ControlProps<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  const [field, textarea] = splitFieldProps(props);
  return (
    <Field
      {...field}
      render={(attributes) => (
        <textarea {...attributes} rows={5} className={`${controlClass} bg-white py-2`} {...textarea} />
      )}
    />
  );
}

export function FileField(props: FieldProps & ControlProps<Omit<InputHTMLAttributes<HTMLInputElement>, "type">>) {
  const [field, input] = splitFieldProps(props);
  return (
    <Field
      {...field}
      render={(attributes) => <input {...attributes} type="file" className={`${controlClass} py-2`} {...input} />}
    />
  );
}

/** A single checkbox ("I accept …"), its label beside it; `children` go under it. */
export function CheckboxField({
  name,
  label,
  errors,
  required,
  children,
}: {
  name: string;
  label: string;
  errors?: FieldError[];
  required?: boolean;
  children?: ReactNode;
}) {
  return (
    <div>
      <label className="flex min-h-11 items-start gap-2">
        <input
          type="checkbox"
          name={name}
          required={required}
          className="mt-1 size-5 shrink-0"
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `${name}-errors` : undefined}
        />
        <span>{label}</span>
      </label>
      {children}
      <FieldMessages id={`${name}-errors`} errors={errors} />
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
