import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const LINKS = [
  { to: "/company", label: "company.nav.dashboard", ownerOnly: false },
  { to: "/company/jobs", label: "company.nav.jobs", ownerOnly: false },
  { to: "/company/candidates", label: "candidates.nav", ownerOnly: false },
  { to: "/company/members", label: "company.nav.members", ownerOnly: false },
  { to: "/company/profile", label: "company.nav.profile", ownerOnly: true },
] as const;

/** The company area's own navigation (the profile page is the owner's). */
export function CompanyNav({ isOwner }: { isOwner: boolean }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("company.nav.label")} className="mt-4">
      <ul className="flex flex-wrap gap-2">
        {LINKS.filter((link) => isOwner || !link.ownerOnly).map(({ to, label }) => (
          <li key={to}>
            <NavLink
              to={to}
              end
              className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 font-medium text-brand-800 hover:border-brand-500 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {t(label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
