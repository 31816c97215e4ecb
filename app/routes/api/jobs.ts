import type { LoaderFunctionArgs } from "@remix-run/node";
import { appUrl, getEnv } from "~/env.server";
import { translator } from "~/i18n/config";
import { detectLocale } from "~/i18n/detect.server";
import { searchPublicJobs, type FoundJob } from "~/models/job-search.server";
import { hitRateLimit, rateLimitHeaders } from "~/utils/rate-limit.server";

/** One job in the API's answer: both languages, keys for everything the catalogue names. */
function toApiHit(job: FoundJob, origin: string) {
  return {
    id: job.id,
    url: `${origin}/jobs/${job.id}`,
    title: { zh: job.titleZh, en: job.titleEn },
    company: { id: job.company.id, name: { zh: job.company.nameZh, en: job.company.nameEn } },
    family: { key: job.family.key, name: { zh: job.family.nameZh, en: job.family.nameEn } },
    level: job.level,
    employmentType: job.employmentType,
    workMode: job.workMode,
    city: job.city,
    district: job.district,
    salary: { min: job.salaryMin, max: job.salaryMax, currency: job.salaryCurrency, period: job.salaryPeriod },
    datePosted: job.datePosted?.toISOString() ?? null,
    ...(job.distanceMeters === undefined ? {} : { distanceMeters: job.distanceMeters }),
  };
}

/**
 * GET /api/v1/jobs — the search page's query as JSON (docs: /api/v1/openapi.json). Rate limited
 * per client across all app servers; errors are JSON with a message in the client's language.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const t = translator(await detectLocale(request));
  const limit = await hitRateLimit({
    key: `api:${context.clientIp}`,
    limit: getEnv().API_RATE_LIMIT_PER_MINUTE,
    windowSeconds: 60,
  });
  const headers = { ...rateLimitHeaders(limit), "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" };
  if (!limit.allowed) {
    return Response.json(
      { error: "rate_limited", message: t("jobs.rateLimited", { seconds: limit.resetSeconds }) },
      { status: 429, headers },
    );
  }

  const url = new URL(request.url);
  const outcome = await searchPublicJobs(url.searchParams);
  if (outcome.status === "invalid") {
    const problems = outcome.problems.map((problem) => ({
      ...problem,
      message: t(`jobs.problems.${problem.code as "invalid"}`, {
        param: problem.param,
        defaultValue: t("jobs.problems.invalid", { param: problem.param }),
      }),
    }));
    return Response.json(
      { error: "invalid_parameters", message: problems.map((p) => p.message).join(" "), problems },
      { status: 400, headers },
    );
  }
  if (outcome.status === "unavailable") {
    return Response.json(
      { error: "search_unavailable", message: t("jobs.unavailable.body") },
      { status: 503, headers: { ...headers, "Retry-After": "30" } },
    );
  }
  const { params, result } = outcome;
  return Response.json(
    {
      hits: result.jobs.map((job) => toApiHit(job, appUrl().origin)),
      totalHits: result.totalHits,
      facets: { ...result.facets, posted: result.posted },
      page: params.page,
      perPage: params.perPage,
      processingTimeMs: result.processingTimeMs,
    },
    { headers },
  );
}
