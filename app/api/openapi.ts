/**
 * The OpenAPI 3.1 description of the public API, served at /api/v1/openapi.json. Parameter names
 * and enumerations come from the same constants the API validates with; a test checks that the
 * two agree.
 */
import {
  JOB_FACETS,
  JOB_FACET_NAMES,
  JOB_SORTS,
  NEAR_RADII_KM,
  NEAR_RADIUS_DEFAULT,
  PER_PAGE_DEFAULT,
  PER_PAGE_MAX,
  POSTED_WITHIN,
  QUERY_MAX_LENGTH,
  SALARY_BANDS,
  type JobFacet,
} from "~/data/job-search";

const FACET_DESCRIPTIONS: Record<JobFacet, string> = {
  family: "Job family key from the talent catalogue (e.g. platform-operation).",
  level: "Role level: JUNIOR, INTERMEDIATE or SENIOR.",
  city: "Zhejiang city key (e.g. hangzhou).",
  salary: `Monthly salary band by the upper bound of the range: ${SALARY_BANDS.map((b) => b.key).join(", ")}.`,
  marketplace: "Marketplace key (e.g. amazon, tiktok-shop).",
  language: "Language key (e.g. en, ja).",
  type: "Employment type: FULL_TIME, PART_TIME, INTERNSHIP or CONTRACT.",
  education: "Education requirement: NONE, SECONDARY, ASSOCIATE, BACHELOR, MASTER or DOCTORATE.",
  session: "Fair session slug (e.g. 2026-winter-1).",
};

const text = { type: "string" } as const;
const bilingual = { type: "object", properties: { zh: text, en: text }, required: ["zh", "en"] } as const;
const counts = { type: "object", additionalProperties: { type: "integer" } } as const;
const error = {
  type: "object",
  properties: { error: text, message: { ...text, description: "In the language of Accept-Language (zh-CN or en)." } },
  required: ["error", "message"],
} as const;

export const OPENAPI_PARAMETERS = [
  {
    name: "q",
    in: "query",
    description: "Search words, Chinese or English.",
    schema: { type: "string", maxLength: QUERY_MAX_LENGTH },
  },
  { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
  {
    name: "perPage",
    in: "query",
    schema: { type: "integer", minimum: 1, maximum: PER_PAGE_MAX, default: PER_PAGE_DEFAULT },
  },
  {
    name: "sort",
    in: "query",
    description:
      "relevance, newest (datePosted), salary (highest upper bound, per month), or distance (nearest first; needs near).",
    schema: { type: "string", enum: [...JOB_SORTS], default: "relevance" },
  },
  {
    name: "posted",
    in: "query",
    description: "Posted within the last 1, 7 or 30 days.",
    schema: { type: "string", enum: Object.keys(POSTED_WITHIN) },
  },
  {
    name: "near",
    in: "query",
    description:
      "Only jobs within `radius` km of a place: a college key (e.g. zjgsu) or a point `latitude,longitude` in decimal degrees. Each hit then carries distanceMeters.",
    schema: { type: "string", maxLength: 100 },
  },
  {
    name: "radius",
    in: "query",
    description: "Radius of `near`, in kilometres (ignored without near).",
    schema: { type: "string", enum: NEAR_RADII_KM.map(String), default: String(NEAR_RADIUS_DEFAULT) },
  },
  ...JOB_FACET_NAMES.map((facet) => ({
    name: facet,
    in: "query",
    description: `${FACET_DESCRIPTIONS[facet]} Repeat to match any of several values (OR); different facets combine with AND.`,
    style: "form",
    explode: true,
    schema: { type: "array", items: { type: "string" } },
  })),
];

export function openApiDocument(origin: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "E-Landing public job search API",
      version: "1.0.0",
      description:
        "Open jobs of Hangzhou's cross-border e-commerce recruitment fairs. Unknown parameters and invalid values are rejected with 400. Rate limited per client; see the RateLimit-* headers.",
    },
    servers: [{ url: origin }],
    paths: {
      "/api/v1/jobs": {
        get: {
          operationId: "searchJobs",
          summary: "Search open jobs",
          parameters: OPENAPI_PARAMETERS,
          responses: {
            "200": {
              description: "One page of jobs, with facet counts for the whole result.",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["hits", "totalHits", "facets", "page", "perPage", "processingTimeMs"],
                    properties: {
                      hits: {
                        type: "array",
                        items: {
                          type: "object",
                          properties: {
                            id: text,
                            url: { type: "string", format: "uri" },
                            title: bilingual,
                            company: { type: "object", properties: { id: text, name: bilingual } },
                            family: { type: "object", properties: { key: text, name: bilingual } },
                            level: text,
                            employmentType: text,
                            workMode: text,
                            city: text,
                            district: text,
                            salary: {
                              type: "object",
                              properties: {
                                min: { type: "integer" },
                                max: { type: "integer" },
                                currency: text,
                                period: { type: "string", enum: ["HOUR", "DAY", "MONTH", "YEAR"] },
                              },
                            },
                            datePosted: { type: ["string", "null"], format: "date-time" },
                            distanceMeters: {
                              type: "integer",
                              description: "Distance from the near place, in metres (only with near).",
                            },
                          },
                        },
                      },
                      totalHits: { type: "integer", description: "Exact number of matching jobs." },
                      facets: {
                        type: "object",
                        description: "Counts per value of each facet (and of each posted window).",
                        properties: Object.fromEntries([...JOB_FACET_NAMES, "posted"].map((name) => [name, counts])),
                      },
                      page: { type: "integer" },
                      perPage: { type: "integer" },
                      processingTimeMs: { type: "integer" },
                    },
                  },
                },
              },
            },
            "400": {
              description: "Unknown parameter or invalid value.",
              content: { "application/json": { schema: error } },
            },
            "429": {
              description: "Too many requests from this client.",
              content: { "application/json": { schema: error } },
            },
            "503": {
              description: "Search is temporarily unavailable.",
              content: { "application/json": { schema: error } },
            },
          },
        },
      },
    },
    "x-facet-attributes": JOB_FACETS,
  };
}
