/** Pieces of the CSV import pages. */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "~/components/forms";
import { ZHEJIANG_CITIES } from "~/data/zhejiang";
import { useFormat } from "~/i18n/format";
import { pickLocalized } from "~/i18n/pick";
import type { ImportProblem, PostingCatalogue } from "~/models/job-form";

type ImportStatus = "VALIDATED" | "RUNNING" | "DONE" | "FAILED";

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  const tone =
    status === "DONE"
      ? "border-emerald-600 bg-emerald-50 text-emerald-900"
      : status === "FAILED"
        ? "border-red-700 bg-red-50 text-red-900"
        : "border-slate-400 bg-slate-100 text-slate-900";
  return (
    <span className={`rounded-full border px-2 py-0.5 text-sm font-medium ${tone}`}>
      {t(`posting.import.status.${status}`)}
    </span>
  );
}

/** A labelled progress bar with its percentage as text, announced as it moves. */
export function ImportProgress({ done, total }: { done: number; total: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  return (
    <div className="mt-4">
      <p id="import-progress-label" className="font-medium">
        {t("posting.import.progressLabel")}
      </p>
      <progress
        aria-labelledby="import-progress-label"
        value={done}
        max={Math.max(total, 1)}
        className="mt-2 h-4 w-full"
      />
      <p role="status" className="mt-1 text-slate-800">
        {t("posting.import.progress", {
          percent: format.number(percent / 100, { style: "percent" }),
          done,
          total,
        })}
      </p>
    </div>
  );
}

/** The row-by-row report: row, column, what was there, what is wrong, in the reader's language. */
export function ProblemTable({ problems, caption }: { problems: ImportProblem[]; caption: string }) {
  const { t } = useTranslation();
  const message = useErrorText();
  return (
    // No scrolling box: on a phone the cells wrap (long keys and values break anywhere).
    <div className="mt-3">
      <table className="w-full border-collapse text-left text-sm [overflow-wrap:anywhere]">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">
              {t("posting.import.report.row")}
            </th>
            <th scope="col" className="p-2">
              {t("posting.import.report.field")}
            </th>
            <th scope="col" className="p-2">
              {t("posting.import.report.severity")}
            </th>
            <th scope="col" className="p-2">
              {t("posting.import.report.value")}
            </th>
            <th scope="col" className="p-2">
              {t("posting.import.report.message")}
            </th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i} className="border-b border-slate-200 align-top">
              <td className="p-2">{p.row}</td>
              <td className="p-2 font-mono">{p.field}</td>
              <td className={`p-2 font-medium ${p.severity === "error" ? "text-red-800" : "text-amber-900"}`}>
                {t(`posting.import.severity.${p.severity}`)}
              </td>
              <td className="p-2">{p.value}</td>
              <td className="p-2">{message(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every key a CSV file may use, folded away until needed. */
export function CatalogueKeys({ catalogue }: { catalogue: PostingCatalogue }) {
  const { t } = useTranslation();
  const format = useFormat();
  const local = (record: { nameZh: string; nameEn: string }) => pickLocalized(record, "name", format.locale);
  const item = (key: string, name: string) => (
    <li key={key}>
      <code className="font-mono">{key}</code> {name}
    </li>
  );
  const group = (title: string, children: ReactNode) => (
    <details className="rounded-md border border-slate-200 p-3">
      <summary className="min-h-11 cursor-pointer content-center font-semibold">{title}</summary>
      <div className="mt-2 text-sm">{children}</div>
    </details>
  );
  return (
    <section aria-labelledby="catalogue-keys" className="mt-10 space-y-2 [overflow-wrap:anywhere]">
      <h2 id="catalogue-keys" className="text-xl font-bold">
        {t("posting.import.keysTitle")}
      </h2>
      <p className="text-slate-700">{t("posting.import.keysLead")}</p>
      {group(
        t("posting.import.keys.roles"),
        catalogue.families.map((family) => (
          <div key={family.key} className="mt-2">
            <p className="font-medium">
              <code className="font-mono">{family.key}</code> {local(family)}
            </p>
            <ul className="ml-4 space-y-1">
              {family.roles.map((role) => (
                <li key={role.key}>
                  <code className="font-mono">{role.key}</code> {local(role)} · {t(`enums.level.${role.level}`)}
                  <ul className="ml-4">{role.abilityUnits.map((u) => item(u.key, local(u)))}</ul>
                </li>
              ))}
            </ul>
          </div>
        )),
      )}
      {group(
        t("posting.import.keys.skills"),
        <ul className="space-y-1">{catalogue.skills.map((s) => item(s.key, local(s)))}</ul>,
      )}
      {group(
        t("posting.import.keys.languages"),
        catalogue.languages.map((language) => (
          <div key={language.key} className="mt-2">
            <p className="font-medium">
              <code className="font-mono">{language.key}</code> {local(language)}
            </p>
            <ul className="ml-4">{language.levels.map((l) => item(l.key, local(l)))}</ul>
          </div>
        )),
      )}
      {group(
        t("posting.import.keys.marketplaces"),
        <ul className="space-y-1">{catalogue.marketplaces.map((m) => item(m.key, local(m)))}</ul>,
      )}
      {group(
        t("posting.import.keys.places"),
        ZHEJIANG_CITIES.map((city) => (
          <div key={city.key} className="mt-2">
            <p className="font-medium">
              <code className="font-mono">{city.key}</code> {local(city)}
            </p>
            <ul className="ml-4">{city.districts.map((d) => item(d.key, local(d)))}</ul>
          </div>
        )),
      )}
      {group(
        t("posting.import.keys.sessions"),
        <ul className="space-y-1">
          {catalogue.sessions.map((s) =>
            item(
              s.slug,
              `${pickLocalized(s, "theme", format.locale)} · ${format.date(s.startsAt, { dateStyle: "medium" })}`,
            ),
          )}
        </ul>,
      )}
    </section>
  );
}
