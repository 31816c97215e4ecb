import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CandidatesErrorBoundary } from "~/components/candidates/not-verified";
import { FormErrors, SubmitButton, TextField } from "~/components/forms";
import { SAVED_SEARCH_NAME_MAX } from "~/data/candidate-search";
import { getCompanySavedSearch, renameCandidateSearch } from "~/models/candidate-search.server";
import { setFlash } from "~/utils/flash.server";
import { invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { requireCandidateSearcher, routeId } from "./access.server";

export const meta: MetaFunction = (args) =>
  pageMeta(args, metaTranslator(args.matches)("candidates.meta.savedSearchTitle"));

/** The company's own saved search, or 404 (another company's ids are unknown here). */
async function companySearch(request: Request, params: Record<string, string | undefined>) {
  const user = await requireCandidateSearcher(request);
  const search = await getCompanySavedSearch(user.membership.companyId, routeId(params, "searchId"));
  if (!search) throw new Response(null, { status: 404 });
  return { user, search };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { search } = await companySearch(request, params);
  return { search: { id: search.id, name: search.name, query: search.query } };
}

const renameSchema = z.object({
  intent: z.literal("rename"),
  name: z.string().trim().min(1).max(SAVED_SEARCH_NAME_MAX),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, search } = await companySearch(request, params);
  const result = validateForm(await request.formData(), renameSchema);
  if (!result.ok) return invalid(result);
  if (!(await renameCandidateSearch(user.membership.companyId, search.id, result.data.name))) {
    throw new Response(null, { status: 404 });
  }
  throw redirect("/company/candidates/saved", {
    headers: { "Set-Cookie": await setFlash({ key: "candidates.flash.renamed", params: { name: result.data.name } }) },
  });
}

/** Rename, run or delete one saved search. */
export default function ManageSavedSearch() {
  const { t } = useTranslation();
  const { search } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-xl px-4 py-10">
      <p>
        <Link to="/company/candidates/saved" className="inline-flex min-h-11 items-center text-brand-800 underline">
          {t("candidates.saved.back")}
        </Link>
      </p>
      <h1 className="break-words text-3xl font-bold">{search.name}</h1>
      <p className="mt-4">
        <Link
          to={`/company/candidates?${search.query}`}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t("candidates.savedSearch.run")}
        </Link>
      </p>
      <section aria-labelledby="rename-title" className="mt-8">
        <h2 id="rename-title" className="text-xl font-semibold">
          {t("candidates.savedSearch.rename")}
        </h2>
        <Form method="post" className="mt-3 space-y-4" noValidate>
          <FormErrors errors={result?.errors} fields={["name"]} />
          <TextField
            name="name"
            label={t("candidates.save.name")}
            required
            maxLength={SAVED_SEARCH_NAME_MAX}
            defaultValue={result?.values.name ?? search.name}
            errors={result?.errors.name}
          />
          <SubmitButton name="intent" value="rename">
            {t("candidates.savedSearch.renameSubmit")}
          </SubmitButton>
        </Form>
      </section>
      <p className="mt-8">
        <Link
          to={`/company/candidates/saved/${search.id}/delete`}
          className="inline-flex min-h-11 items-center rounded-md border border-red-700 px-4 font-semibold text-red-800 hover:bg-red-50"
        >
          {t("candidates.savedSearch.delete")}
        </Link>
      </p>
    </div>
  );
}

export { CandidatesErrorBoundary as ErrorBoundary };
