/**
 * /company/jobs/import/template.csv: the header row (field keys) and one example row that passes
 * the checks as it is, in UTF-8 with a byte-order mark so Excel shows the Chinese correctly. The
 * columns are explained on the import page (a note inside a CSV would be read as a row).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { JOB_COLUMNS, csvRowOf, shanghaiDay, type JobFields, type PostingCatalogue } from "~/models/job-form";
import { loadPostingCatalogue } from "~/models/job.server";
import { requireCompanyMember } from "~/utils/auth.server";
import { stringifyCsv } from "~/utils/csv";

/** The example's choices, where the catalogue has them (else its first entries). */
function exampleFields(catalogue: PostingCatalogue, now: Date): JobFields {
  const family = catalogue.families.find((f) => f.key === "platform-operation") ?? catalogue.families[0]!;
  const role = family.roles.find((r) => r.key === "platform-operations-assistant") ?? family.roles[0]!;
  const skill = (key: string, fallback: number) =>
    catalogue.skills.find((s) => s.key === key)?.key ?? catalogue.skills[fallback]!.key;
  const english = catalogue.languages.find((l) => l.key === "en") ?? catalogue.languages[0]!;
  const level = english.levels.find((l) => l.key === "en-cet-4") ?? english.levels[0]!;
  const session = catalogue.sessions.find((s) => s.endsAt > now.toISOString());
  return {
    // Example content, not interface text: both languages on purpose.
    titleZh: "跨境电商运营助理（亚马逊美国站）",
    titleEn: "Cross-border E-commerce Operations Assistant (Amazon US)",
    descriptionZh:
      "负责亚马逊美国站的商品上架、Listing 优化和日常订单处理；跟踪库存与广告数据，配合运营专员完成促销活动。提供系统培训和导师带教。",
    descriptionEn:
      "List products on Amazon US, optimise listings and handle daily orders; track stock and advertising data and help run promotions. Structured training and a mentor are provided.",
    family: family.key,
    role: role.key,
    employmentType: "FULL_TIME",
    workMode: "ON_SITE",
    education: "ASSOCIATE",
    experienceYears: 0,
    headcount: 2,
    salaryMin: 6000,
    salaryMax: 9000,
    salaryPeriod: "MONTH",
    city: "hangzhou",
    district: "binjiang",
    addressZh: "杭州市滨江区网商路 599 号 5 楼",
    addressEn: "5F, No. 599 Wangshang Road, Binjiang District, Hangzhou",
    validThrough: shanghaiDay(now, 60),
    requiredSkills: [{ key: skill("amazon-seller-central", 0), level: 2 }],
    preferredSkills: [{ key: skill("excel", 1), level: 1 }],
    requiredAbilityUnits: role.abilityUnits.slice(0, 1).map((u) => u.key),
    preferredAbilityUnits: role.abilityUnits.slice(1, 2).map((u) => u.key),
    requiredLanguages: [{ language: english.key, level: level.key }],
    preferredLanguages: [],
    marketplaces: catalogue.marketplaces.slice(0, 1).map((m) => m.key),
    sessions: session ? [session.slug] : [],
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireCompanyMember(request);
  const catalogue = await loadPostingCatalogue();
  const csv = stringifyCsv([[...JOB_COLUMNS], csvRowOf(exampleFields(catalogue, new Date()))], { bom: true });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="e-landing-jobs-template.csv"',
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
