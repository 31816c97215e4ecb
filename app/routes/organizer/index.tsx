import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireOrganizer } from "~/utils/auth.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

const LINKS = [
  { to: "/organizer/companies", label: "organizer.nav.companies" },
  { to: "/organizer/reports", label: "organizer.nav.reports" },
  { to: "/organizer/mailbox", label: "organizer.nav.mailbox" },
] as const;

export const meta: MetaFunction = (args) =>
  pageMeta(args, metaTranslator(args.matches)("organizer.dashboard.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  return null;
}

export default function OrganizerDashboard() {
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("organizer.dashboard.title")}</h1>
      <p className="mt-2 text-slate-700">{t("organizer.dashboard.lead")}</p>
      <nav aria-label={t("organizer.nav.label")} className="mt-6">
        <ul className="grid gap-3 sm:grid-cols-2">
          {LINKS.map(({ to, label }) => (
            <li key={to}>
              <Link
                to={to}
                className="block rounded-lg border border-slate-200 p-4 font-semibold text-brand-800 hover:border-brand-500"
              >
                {t(label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
