/**
 * Form pieces of the posting pages, built like ~/components/forms: a visible label on every
 * control, hints and errors linked with aria-describedby, 44 px targets.
 */
import { Form, Link, useSearchParams } from "@remix-run/react";
import { useId, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import { FieldMessages, type FieldError } from "~/components/forms";
import type { WordingFinding } from "~/utils/job-wording";

const controlClass =
  "mt-1 min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 aria-[invalid]:border-red-700";

function describedBy(id: string, hint?: string, errors?: FieldError[], extra?: string) {
  return (
    [hint ? `${id}-hint` : null, errors?.length ? `${id}-errors` : null, extra ?? null].filter(Boolean).join(" ") ||
    undefined
  );
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

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldError[];
  children: ReactNode;
}

export function SelectField({
  name,
  label,
  hint,
  errors,
  id = `field-${name}`,
  required,
  children,
  ...select
}: SelectFieldProps) {
  return (
    <div>
      <Label id={id} label={label} required={required} />
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className={controlClass}
        {...select}
      >
        {children}
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
  /** Warnings shown under the field as the text changes. */
  findings?: WordingFinding[];
}

export function TextAreaField({
  name,
  label,
  hint,
  errors,
  findings,
  id = `field-${name}`,
  required,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <div>
      <Label id={id} label={label} required={required} />
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        required={required}
        rows={8}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors, findings ? `${id}-wording` : undefined)}
        className={`${controlClass} py-2`}
        {...textarea}
      />
      <FieldMessages id={`${id}-errors`} errors={errors} />
      {findings ? <WordingWarnings id={`${id}-wording`} findings={findings} /> : null}
    </div>
  );
}

/** The forbidden wording found in one field, announced politely as it appears. */
export function WordingWarnings({ id, findings }: { id: string; findings: WordingFinding[] }) {
  const { t } = useTranslation();
  return (
    <div id={id} aria-live="polite">
      {findings.length > 0 ? (
        <div className="mt-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-semibold">{t("posting.wording.title")}</p>
          <ul className="mt-1 list-disc pl-5">
            {findings.map((finding) => (
              <li key={`${finding.index}-${finding.match}`}>
                {t(`posting.wording.${finding.category}`, { match: finding.match })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** A fieldset with a visible legend, its errors under it. */
export function FieldGroup({
  legend,
  hint,
  errors,
  name,
  children,
}: {
  legend: string;
  hint?: string;
  errors?: FieldError[];
  name: string;
  children: ReactNode;
}) {
  const id = `group-${name}`;
  return (
    <fieldset aria-describedby={describedBy(id, hint, errors)} className="min-w-0">
      <legend className="font-medium text-slate-900">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <div className="mt-2">{children}</div>
      <FieldMessages id={`${id}-errors`} errors={errors} />
    </fieldset>
  );
}

/** A titled part of a long form. */
export function FormSection({ title, lead, children }: { title: string; lead?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 p-4 sm:p-6">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {lead ? <p className="mt-1 text-slate-700">{lead}</p> : null}
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  );
}

/**
 * A destructive action behind a disclosure: the first click opens it, the button inside does it.
 * Works without JavaScript.
 */
export function ConfirmAction({
  summary,
  question,
  confirm,
  intent,
  action,
  hidden = {},
  children,
}: {
  summary: string;
  question: string;
  confirm: string;
  intent: string;
  action?: string;
  hidden?: Record<string, string>;
  children?: ReactNode;
}) {
  return (
    <details className="rounded-md border border-slate-300 p-3">
      <summary className="min-h-11 cursor-pointer content-center font-semibold text-red-800">{summary}</summary>
      <Form method="post" action={action} className="mt-3 space-y-3">
        <p>{question}</p>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children}
        <button
          type="submit"
          name="intent"
          value={intent}
          className="min-h-11 rounded-md bg-red-800 px-5 font-semibold text-white hover:bg-red-900"
        >
          {confirm}
        </button>
      </Form>
    </details>
  );
}

/** Previous / next and nearby pages of `path`, keeping the other query parameters. */
export function PageLinks({ path, page, totalPages }: { path: string; page: number; totalPages: number }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  if (totalPages <= 1) return null;
  const href = (target: number) => {
    const next = new URLSearchParams(searchParams);
    if (target === 1) next.delete("page");
    else next.set("page", String(target));
    const query = next.toString();
    return query ? `${path}?${query}` : path;
  };
  const nearby = [page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= totalPages);
  const linkClass = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 px-3";
  return (
    <nav aria-label={t("jobs.pagination.label")} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link to={href(page - 1)} className={linkClass} rel="prev">
              {t("jobs.pagination.previous")}
            </Link>
          </li>
        ) : null}
        {nearby.map((p) => (
          <li key={p}>
            <Link
              to={href(p)}
              aria-current={p === page ? "page" : undefined}
              aria-label={t("jobs.pagination.page", { page: p })}
              className={p === page ? `${linkClass} border-brand-700 bg-brand-700 text-white` : linkClass}
            >
              {p}
            </Link>
          </li>
        ))}
        {page < totalPages ? (
          <li>
            <Link to={href(page + 1)} className={linkClass} rel="next">
              {t("jobs.pagination.next")}
            </Link>
          </li>
        ) : null}
      </ul>
      <p className="mt-2 text-sm text-slate-700">{t("jobs.results.pageOf", { page, pages: totalPages })}</p>
    </nav>
  );
}

const STATUS_CLASS = {
  DRAFT: "border-slate-400 bg-slate-100 text-slate-900",
  PUBLISHED: "border-emerald-600 bg-emerald-50 text-emerald-900",
  CLOSED: "border-slate-500 bg-white text-slate-800",
} as const;

/** DRAFT / PUBLISHED / CLOSED, and "taken down" or "expired" where that is the case. */
export function JobStatusBadge({
  status,
  takenDown = false,
  expired = false,
}: {
  status: keyof typeof STATUS_CLASS;
  takenDown?: boolean;
  expired?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span className={`rounded-full border px-2 py-0.5 text-sm font-medium ${STATUS_CLASS[status]}`}>
        {t(`posting.status.${status}`)}
      </span>
      {takenDown ? (
        <span className="rounded-full border border-red-700 bg-red-50 px-2 py-0.5 text-sm font-medium text-red-900">
          {t("posting.status.takenDown")}
        </span>
      ) : expired ? (
        <span className="rounded-full border border-amber-600 bg-amber-50 px-2 py-0.5 text-sm font-medium text-amber-950">
          {t("posting.status.expired")}
        </span>
      ) : null}
    </span>
  );
}
