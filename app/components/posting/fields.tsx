/**
 * Pieces of the posting pages beside the shared form kit (~/components/forms): wording warnings,
 * field groups and sections, confirmed destructive actions and the status badge.
 */
import { Form } from "@remix-run/react";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { describedBy, FieldHint, FieldMessages, type FieldError } from "~/components/forms";
import type { WordingFinding } from "~/utils/job-wording";

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
    <fieldset aria-describedby={describedBy(id, { hint, errors })} className="min-w-0">
      <legend className="font-medium text-slate-900">{legend}</legend>
      <FieldHint id={id} hint={hint} />
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
