import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CandidatesErrorBoundary } from "~/components/candidates/not-verified";
import { deleteCandidateSearch, getCompanySavedSearch } from "~/models/candidate-search.server";
import { setFlash } from "~/utils/flash.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { requireCandidateSearcher, routeId } from "./access.server";

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("candidates.meta.deleteTitle"));

/** The confirmation step: deleting is asked for first, never done by following a link. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireCandidateSearcher(request);
  const search = await getCompanySavedSearch(user.membership.companyId, routeId(params, "searchId"));
  if (!search) throw new Response(null, { status: 404 });
  return { search: { id: search.id, name: search.name } };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireCandidateSearcher(request);
  if (!(await deleteCandidateSearch(user.membership.companyId, routeId(params, "searchId")))) {
    throw new Response(null, { status: 404 });
  }
  throw redirect("/company/candidates/saved", {
    headers: { "Set-Cookie": await setFlash({ key: "candidates.flash.deleted" }) },
  });
}

export default function DeleteSavedSearch() {
  const { t } = useTranslation();
  const { search } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("candidates.deleteSearch.title")}</h1>
      <Form method="post" className="mt-4 space-y-4">
        <p className="break-words">{t("candidates.deleteSearch.body", { name: search.name })}</p>
        <button type="submit" className="min-h-11 rounded-md bg-red-700 px-5 font-semibold text-white hover:bg-red-800">
          {t("candidates.deleteSearch.confirm")}
        </button>
      </Form>
      <p className="mt-6">
        <Link
          to={`/company/candidates/saved/${search.id}`}
          className="inline-flex min-h-11 items-center text-brand-800 underline"
        >
          {t("candidates.deleteSearch.cancel")}
        </Link>
      </p>
    </div>
  );
}

export { CandidatesErrorBoundary as ErrorBoundary };
