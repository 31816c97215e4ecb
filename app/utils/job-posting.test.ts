import { describe, expect, it } from "vitest";
import { jobPostingJsonLd, jsonForScript, type JobPostingInput } from "./job-posting";

const job: JobPostingInput = {
  id: "cjob123",
  url: "https://jobs.example.cn/jobs/cjob123",
  title: "Amazon Operations Specialist (EU marketplaces)",
  description: "Run our EU stores.\n\nRequirements:\n- CET-6\n- <script>alert(1)</script>",
  datePosted: new Date("2026-11-20T02:00:00Z"),
  validThrough: new Date("2027-01-31T15:59:59Z"),
  employmentType: "INTERNSHIP",
  education: "BACHELOR",
  experienceYears: 2,
  workMode: "ON_SITE",
  salary: { min: 8000, max: 12000, currency: "CNY", period: "MONTH" },
  company: { name: "Hangzhou Example Technology Co., Ltd.", website: "https://example.cn" },
  address: {
    street: "江南大道 588 号",
    locality: "Binjiang, Hangzhou",
    region: "Zhejiang",
    latitude: 30.2,
    longitude: 120.2,
  },
};

describe("jobPostingJsonLd", () => {
  const ld = jobPostingJsonLd(job) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  it("has every field Google requires", () => {
    expect(ld["@context"]).toBe("https://schema.org/");
    expect(ld["@type"]).toBe("JobPosting");
    expect(ld.title).toBe(job.title);
    expect(ld.description).toMatch(/^<p>Run our EU stores\.<\/p><p>Requirements:<br>/);
    expect(ld.datePosted).toBe("2026-11-20T02:00:00.000Z");
    expect(ld.hiringOrganization).toEqual({
      "@type": "Organization",
      name: job.company.name,
      sameAs: "https://example.cn",
    });
    expect(ld.jobLocation.address).toEqual({
      "@type": "PostalAddress",
      streetAddress: "江南大道 588 号",
      addressLocality: "Binjiang, Hangzhou",
      addressRegion: "Zhejiang",
      addressCountry: "CN",
    });
  });

  it("has the recommended fields: validThrough, baseSalary, employmentType, directApply, identifier", () => {
    expect(ld.validThrough).toBe("2027-01-31T15:59:59.000Z");
    expect(ld.baseSalary).toEqual({
      "@type": "MonetaryAmount",
      currency: "CNY",
      value: { "@type": "QuantitativeValue", minValue: 8000, maxValue: 12000, unitText: "MONTH" },
    });
    expect(ld.employmentType).toBe("INTERN");
    expect(ld.directApply).toBe(false);
    expect(ld.identifier).toEqual({ "@type": "PropertyValue", name: job.company.name, value: "cjob123" });
  });

  it("marks remote jobs as telecommute with a location requirement", () => {
    const remote = jobPostingJsonLd({ ...job, workMode: "REMOTE" });
    expect(remote).toMatchObject({
      jobLocationType: "TELECOMMUTE",
      applicantLocationRequirements: { "@type": "Country", name: "CN" },
    });
    expect(ld).not.toHaveProperty("jobLocationType");
  });

  it("escapes the company's text in the HTML description", () => {
    expect(ld.description).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(ld.description).not.toContain("<script>");
  });

  it("states education and experience as Google's vocabulary", () => {
    expect(ld.educationRequirements).toEqual({
      "@type": "EducationalOccupationalCredential",
      credentialCategory: "bachelor degree",
    });
    expect(ld.experienceRequirements).toEqual({
      "@type": "OccupationalExperienceRequirements",
      monthsOfExperience: 24,
    });
    const open = jobPostingJsonLd({ ...job, education: "NONE", experienceYears: 0 });
    expect(open).toMatchObject({ educationRequirements: "no requirements", experienceRequirements: "no requirements" });
  });
});

describe("jsonForScript", () => {
  it("cannot close the script element it is written into", () => {
    const text = jsonForScript({ title: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("</script");
    expect(JSON.parse(text)).toEqual({ title: "</script><script>alert(1)</script>" });
  });
});
