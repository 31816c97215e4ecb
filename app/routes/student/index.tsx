import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireStudent } from "~/utils/auth.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("account.nav.dashboard"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStudent(request);
  return { email: user.email };
}

/** The student's home page (the profile builder and applications grow from here). */
export default function StudentHome() {
  const { t } = useTranslation();
  const { email } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("account.nav.dashboard")}</h1>
      <p className="mt-2 text-slate-700">{t("account.settings.signedInAs", { email })}</p>
      <p className="mt-4">
        <Link to="/jobs" className="text-brand-800 underline">
          {t("common.jobs")}
        </Link>
      </p>
    </div>
  );
}
