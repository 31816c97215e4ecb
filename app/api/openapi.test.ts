import { describe, expect, it } from "vitest";
import { jobSearchSchema, type JobSearchVocabulary } from "../../search/job-query";
import { JOB_FACET_NAMES } from "~/data/job-search";
import { OPENAPI_PARAMETERS, openApiDocument } from "./openapi";

describe("the OpenAPI description", () => {
  it("documents exactly the parameters the API accepts", () => {
    const vocabulary = Object.fromEntries(
      JOB_FACET_NAMES.map((facet) => [facet, ["x"]]),
    ) as unknown as JobSearchVocabulary;
    const accepted = Object.keys(jobSearchSchema(vocabulary).shape).sort();
    expect(OPENAPI_PARAMETERS.map((parameter) => parameter.name).sort()).toEqual(accepted);
  });

  it("names the server it is served from", () => {
    expect(openApiDocument("https://jobs.example.cn").servers).toEqual([{ url: "https://jobs.example.cn" }]);
  });
});
