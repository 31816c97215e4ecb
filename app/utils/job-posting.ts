/**
 * schema.org JobPosting for a job page, with every field Google requires (title, description,
 * datePosted, hiringOrganization, jobLocation) and recommends (validThrough, baseSalary,
 * employmentType, directApply, identifier, and for remote jobs jobLocationType and
 * applicantLocationRequirements). https://developers.google.com/search/docs/appearance/structured-data/job-posting
 */

export interface JobPostingInput {
  id: string;
  url: string;
  title: string;
  description: string;
  datePosted: Date;
  validThrough: Date | null;
  employmentType: "FULL_TIME" | "PART_TIME" | "INTERNSHIP" | "CONTRACT";
  education: "NONE" | "SECONDARY" | "ASSOCIATE" | "BACHELOR" | "MASTER" | "DOCTORATE";
  experienceYears: number;
  workMode: "ON_SITE" | "HYBRID" | "REMOTE";
  salary: { min: number; max: number; currency: string; period: "HOUR" | "DAY" | "MONTH" | "YEAR" };
  company: { name: string; website: string | null };
  address: { street: string; locality: string; region: string; latitude: number; longitude: number };
}

const EMPLOYMENT_TYPE = {
  FULL_TIME: "FULL_TIME",
  PART_TIME: "PART_TIME",
  INTERNSHIP: "INTERN",
  CONTRACT: "CONTRACTOR",
};

const CREDENTIAL = {
  SECONDARY: "high school",
  ASSOCIATE: "associate degree",
  BACHELOR: "bachelor degree",
  MASTER: "postgraduate degree",
  DOCTORATE: "postgraduate degree",
} as const;

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Google wants the description as HTML: one paragraph per block of the plain text. */
function descriptionHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) => `<p>${escapeHtml(block.trim()).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

export function jobPostingJsonLd(job: JobPostingInput): Record<string, unknown> {
  const remote = job.workMode === "REMOTE";
  return {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    title: job.title,
    description: descriptionHtml(job.description),
    url: job.url,
    identifier: { "@type": "PropertyValue", name: job.company.name, value: job.id },
    datePosted: job.datePosted.toISOString(),
    ...(job.validThrough ? { validThrough: job.validThrough.toISOString() } : {}),
    employmentType: EMPLOYMENT_TYPE[job.employmentType],
    hiringOrganization: {
      "@type": "Organization",
      name: job.company.name,
      ...(job.company.website ? { sameAs: job.company.website } : {}),
    },
    jobLocation: {
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        streetAddress: job.address.street,
        addressLocality: job.address.locality,
        addressRegion: job.address.region,
        addressCountry: "CN",
      },
      geo: { "@type": "GeoCoordinates", latitude: job.address.latitude, longitude: job.address.longitude },
    },
    ...(remote
      ? { jobLocationType: "TELECOMMUTE", applicantLocationRequirements: { "@type": "Country", name: "CN" } }
      : {}),
    baseSalary: {
      "@type": "MonetaryAmount",
      currency: job.salary.currency,
      value: {
        "@type": "QuantitativeValue",
        minValue: job.salary.min,
        maxValue: job.salary.max,
        unitText: job.salary.period,
      },
    },
    // Applying happens at the fair or with the employer until online applications open.
    directApply: false,
    educationRequirements:
      job.education === "NONE"
        ? "no requirements"
        : { "@type": "EducationalOccupationalCredential", credentialCategory: CREDENTIAL[job.education] },
    experienceRequirements:
      job.experienceYears === 0
        ? "no requirements"
        : { "@type": "OccupationalExperienceRequirements", monthsOfExperience: job.experienceYears * 12 },
  };
}

/** The JSON for a <script type="application/ld+json">: "<" escaped so no text can close the tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
