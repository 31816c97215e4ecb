import { Form, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NEAR_RADII_KM } from "~/data/job-search";
import { useFormat } from "~/i18n/format";
import type { SearchLabels } from "~/models/job-search.server";

/** The form that sends a typed point: it lives outside the search form, its fields join it by id. */
export const NEAR_POINT_FORM = "near-point";

interface NearFilterProps {
  near?: { college?: string; lat: number; lng: number };
  radius: number;
  colleges: SearchLabels["college"];
  onChange: () => void;
}

/**
 * "Near": a college (or the point typed before) and a radius, part of the search form; a typed
 * point goes through its own small form, so both work without JavaScript.
 */
export function NearFilter({ near, radius, colleges, onChange }: NearFilterProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const point = near && !near.college ? `${near.lat},${near.lng}` : null;
  const collegeEntries = Object.entries(colleges).sort(([, a], [, b]) =>
    format.locale === "zh-CN" ? a.zh.localeCompare(b.zh, "zh-CN") : a.en.localeCompare(b.en, "en"),
  );
  return (
    <fieldset>
      <legend className="text-sm font-semibold">{t("jobsearch.near.legend")}</legend>
      <label htmlFor="near" className="mt-1 block text-sm">
        {t("jobsearch.near.place")}
      </label>
      <select
        id="near"
        name="near"
        defaultValue={near?.college ?? point ?? ""}
        onChange={onChange}
        className="mt-1 min-h-11 w-full rounded-md border border-slate-400 px-2 text-sm"
      >
        <option value="">{t("jobsearch.near.anywhere")}</option>
        {point ? <option value={point}>{point}</option> : null}
        <optgroup label={t("jobsearch.near.colleges")}>
          {collegeEntries.map(([key, name]) => (
            <option key={key} value={key}>
              {format.locale === "zh-CN" ? name.zh : name.en}
            </option>
          ))}
        </optgroup>
      </select>
      <label htmlFor="radius" className="mt-2 block text-sm">
        {t("jobsearch.near.radius")}
      </label>
      <select
        id="radius"
        name="radius"
        defaultValue={String(radius)}
        // Always: right after a place is chosen the page may not have its new data yet.
        onChange={onChange}
        className="mt-1 min-h-11 w-full rounded-md border border-slate-400 px-2 text-sm"
      >
        {NEAR_RADII_KM.map((km) => (
          <option key={km} value={km}>
            {t("jobsearch.near.radiusOption", { km })}
          </option>
        ))}
      </select>
      <label htmlFor="near-point" className="mt-2 block text-sm">
        {t("jobsearch.near.point")}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="near-point"
          name="near"
          form={NEAR_POINT_FORM}
          defaultValue={point ?? ""}
          inputMode="decimal"
          autoComplete="off"
          maxLength={100}
          aria-describedby="near-point-hint"
          className="min-h-11 w-full min-w-0 rounded-md border border-slate-400 px-2 text-sm"
        />
        <button
          type="submit"
          form={NEAR_POINT_FORM}
          className="min-h-11 shrink-0 rounded-md border border-brand-700 px-3 text-sm font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("jobsearch.near.pointSubmit")}
        </button>
      </div>
      <p id="near-point-hint" className="mt-1 text-xs text-slate-600">
        {t("jobsearch.near.pointHint")}
      </p>
    </fieldset>
  );
}

/**
 * The typed point's own GET form, placed outside the search form: it carries the current search
 * (without its place) so that sending a point keeps every other filter.
 */
export function NearPointForm({ radius }: { radius: number }) {
  const [searchParams] = useSearchParams();
  const kept = [...searchParams].filter(([name]) => !["near", "radius", "page"].includes(name));
  return (
    <Form id={NEAR_POINT_FORM} method="get" action="/jobs" preventScrollReset>
      {kept.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="radius" value={radius} />
    </Form>
  );
}
