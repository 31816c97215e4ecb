import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { prisma } from "~/db.server";
import { deleteSavedJobSearch, getSavedJobSearch } from "~/models/saved-job-search.server";
import { requireStudent } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

const paramsSchema = z.object({ searchId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

export const meta: MetaFunction = (args) =>
  pageMeta(args, metaTranslator(args.matches)("jobsearch.saved.deletePage.metaTitle"));

/** The student's own saved search, or 404 (other students' ids are unknown here). */
async function ownSearch(request: Request, params: unknown) {
  const user = await requireStudent(request);
  const parsed = paramsSchema.safeParse(params);
  const search = parsed.success ? await getSavedJobSearch(prisma, user.id, parsed.data.searchId) : null;
  if (!search) throw new Response(null, { status: 404 });
  return { user, search };
}

/** The confirmation step: deleting is asked for first, never done by following a link. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { search } = await ownSearch(request, params);
  return { search: { id: search.id, name: search.name } };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, search } = await ownSearch(request, params);
  await deleteSavedJobSearch(prisma, user.id, search.id);
  throw redirect("/student/saved-searches", {
    headers: { "Set-Cookie": await setFlash({ key: "jobsearch.saved.flash.deleted" }) },
  });
}

export default function DeleteSavedSearch() {
  const { t } = useTranslation();
  const { search } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("jobsearch.saved.deletePage.title")}</h1>
      <Form method="post" className="mt-4 space-y-4">
        <p>{t("jobsearch.saved.deletePage.body", { name: search.name })}</p>
        <button type="submit" className="min-h-11 rounded-md bg-red-700 px-5 font-semibold text-white hover:bg-red-800">
          {t("jobsearch.saved.deletePage.confirm")}
        </button>
      </Form>
      <p className="mt-6">
        <Link to="/student/saved-searches" className="inline-flex min-h-11 items-center text-brand-800 underline">
          {t("jobsearch.saved.deletePage.cancel")}
        </Link>
      </p>
    </div>
  );
}
