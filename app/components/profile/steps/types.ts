/** What the step forms get from the step page's loader (dates may arrive as strings). */
import type { FieldErrors } from "~/components/forms";

export interface Named {
  key: string;
  nameZh: string;
  nameEn: string;
}

export interface StepProfile {
  updatedAt: Date | string;
  fullNameZh: string;
  fullNameEn: string;
  phone: string | null;
  city: string | null;
  headlineZh: string;
  headlineEn: string;
  summaryZh: string;
  summaryEn: string;
  college: Named | null;
  major: Named | null;
  degree: string | null;
  graduationYear: number | null;
  desiredFamilies: string[];
  desiredCities: string[];
  desiredSalaryMin: number | null;
  availableFrom: Date | string | null;
  portfolioLinks: string[];
  resume: { fileName: string; size: number; createdAt: Date | string } | null;
  skills: { id: string; level: number; evidence: string | null; evidenceNote: string; skill: Named }[];
  abilityUnits: {
    id: string;
    level: number;
    evidence: string;
    evidenceNote: string;
    abilityUnit: Named & { role: { nameZh: string; nameEn: string } };
  }[];
  languages: { id: string; language: Named; level: Named & { cefr: number } }[];
  marketplaces: { marketplace: Named }[];
  certifications: { id: string; kind: string; name: string; issuer: string; year: number }[];
  experiences: {
    id: string;
    kind: string;
    organisation: string;
    role: string;
    startDate: Date | string;
    endDate: Date | string | null;
    description: string;
  }[];
}

export interface StepCatalogue {
  colleges?: (Named & { majors: (Named & { degree: string })[] })[];
  skillGroups?: (Named & { skills: Named[] })[];
  families?: (Named & { roles: (Named & { level: string; abilityUnits: Named[] })[] })[];
  languages?: (Named & { levels: (Named & { cefr: number })[] })[];
  marketplaces?: Named[];
}

export interface StepFormProps {
  profile: StepProfile;
  catalogue: StepCatalogue;
  errors?: FieldErrors;
  values: Record<string, string>;
  /** Where "save and continue" goes; the last step has none. */
  hasNext: boolean;
}
