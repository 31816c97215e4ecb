import { Link, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Links to page `n` of `path` that keep every other search parameter of the current address (page 1 has none). */
export function usePageHref(path: string): (n: number) => string {
  const [searchParams] = useSearchParams();
  return (target) => {
    const next = new URLSearchParams(searchParams);
    if (target === 1) next.delete("page");
    else next.set("page", String(target));
    const query = next.toString();
    return query ? `${path}?${query}` : path;
  };
}

/** Previous / next and nearby pages of `path`, as links that keep every other search parameter. */
export function Pagination({ path, page, totalPages }: { path: string; page: number; totalPages: number }) {
  const { t } = useTranslation();
  const href = usePageHref(path);
  if (totalPages <= 1) return null;
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
