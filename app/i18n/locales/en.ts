import type zhCN from "./zh-CN";
import account from "./account.en";
import candidates from "./candidates.en";
import company from "./company.en";
import forms from "./forms.en";
import mail from "./mail.en";
import organizer from "./organizer.en";
import posting from "./posting.en";
import jobsearch from "./jobsearch.en";
import matching from "./matching.en";
import profile from "./profile.en";

/** English. The type keeps its keys identical to zh-CN.ts (also checked by a test). */
const en: typeof zhCN = {
  common: {
    appName: "E-Landing",
    appTagline: "Cross-border e-commerce careers in Hangzhou",
    skipToContent: "Skip to main content",
    mainNav: "Main",
    home: "Home",
    jobs: "Find a job",
    language: {
      label: "Language",
      current: "Current language: {{language}}",
      switchTo: "Switch to {{language}}",
      names: {
        "zh-CN": "中文",
        en: "English",
      },
    },
    footer: {
      about:
        "Made for the “E-Landing the World · Careers with You” cross-border e-commerce recruitment fairs in Hangzhou: students, companies and organizers find, hire and run fairs in one place.",
      legalNav: "Legal",
      privacy: "Privacy",
      terms: "Terms",
      icpLink: "ICP filing record (opens the MIIT filing system in a new window)",
      copyright: "© {{year}} E-Landing",
    },
  },
  home: {
    meta: {
      title: "E-Landing · Hangzhou cross-border e-commerce careers",
      description:
        "The job portal of Hangzhou's cross-border e-commerce recruitment fairs: jobs matched on the city's talent standard, fair-session registration, and every application followed through.",
    },
    hero: {
      title: "The right student, at the right booth, into the right job",
      search: "Find jobs",
      lead: "E-Landing is built for Hangzhou's cross-border e-commerce recruitment fairs: students search with a bilingual profile, verified companies post jobs and shortlist candidates, and organizers run sessions, booths and check-in and track every hire.",
    },
    facts: {
      title: "The fairs in numbers",
      source:
        "Source: figures published by the Hangzhou Cross-border E-commerce Comprehensive Pilot Zone for its first three fairs.",
      colleges: "Hangzhou colleges teaching cross-border e-commerce",
      graduates: "cross-border e-commerce graduates a year",
      sessions: "fair sessions held",
      companies: "companies took part",
      jobs: "jobs offered",
      atLeast: "{{value}}+",
    },
    audiences: {
      title: "Built for three kinds of users",
      students: {
        title: "Students",
        body: "Build a bilingual profile, search jobs by job family, city, marketplace and language, see why you match and what you lack, register for sessions and carry a QR ticket.",
      },
      companies: {
        title: "Companies",
        body: "Get verified with your unified social credit code, post vacancies, browse consenting candidates, see ranked candidates per job and scan students at the booth.",
      },
      organizers: {
        title: "Organizers",
        body: "Run fairs, sessions and booths, approve companies, check people in at the gate and follow each session's check-ins, interviews, offers and hires.",
      },
    },
    sessions: {
      title: "Upcoming fair sessions",
      empty: "No sessions are scheduled yet. They will appear here once they are published.",
      when: "When",
      venue: "Venue",
      capacity: "Room for {{capacity}} students",
      unlimited: "No attendance limit",
    },
  },
  legal: {
    updated: "Last updated: {{date}}",
    privacy: {
      metaTitle: "Privacy · E-Landing",
      title: "Privacy notice",
      intro:
        "This notice explains how E-Landing handles your personal information under China's Personal Information Protection Law. The binding version will be published with accounts, and your consent will be recorded per version.",
      sections: {
        collect: {
          title: "What we collect",
          body: "The profile you fill in (education, skills, languages, job wishes, résumé) and the sign-in and access records needed to keep the service safe. Job seekers are never charged.",
        },
        use: {
          title: "How we use it",
          body: "For job search and recommendations, applications, and fair registration and check-in. Recommendations explain why they match, and you can turn personalisation off at any time.",
        },
        share: {
          title: "Who we share it with",
          body: "Verified companies can discover your profile only after your separate consent; your full profile and résumé go only to companies you apply to. Contact details never enter the search index.",
        },
        rights: {
          title: "Your rights",
          body: "You can access, correct, export and delete your information and withdraw consent; withdrawal does not affect processing that took place before it.",
        },
        contact: {
          title: "Contact",
          body: "For questions about your personal information, contact the fair organizers.",
        },
      },
    },
    terms: {
      metaTitle: "Terms · E-Landing",
      title: "Terms of use",
      intro: "By using E-Landing you agree to these terms. The binding version will be published with accounts.",
      sections: {
        accounts: {
          title: "Accounts",
          body: "Give truthful information and keep your sign-in details safe. Company accounts must be verified by the organizers before they can post jobs or see candidates.",
        },
        jobs: {
          title: "Job postings",
          body: "Jobs must not discriminate (gender, age, marital status, household registration and the like) and must never charge applicants fees or deposits. Postings that break these rules are taken down.",
        },
        conduct: {
          title: "Fair use",
          body: "Impersonation, bulk scraping, false information and interfering with the service are not allowed.",
        },
        liability: {
          title: "Liability",
          body: "We work to keep information accurate, but hiring decisions are made by companies and candidates themselves.",
        },
      },
    },
  },
  jobs: {
    meta: {
      title: "Find a job · E-Landing",
      description:
        "Search the jobs of Hangzhou's cross-border e-commerce fairs by job family, level, city, salary, marketplace, language and fair session.",
      searchTitle: "Jobs for “{{q}}” · E-Landing",
    },
    title: "Find a job",
    lead: "Search in Chinese or English, e.g. “Amazon operations”, “overseas warehouse”, “TikTok”.",
    form: {
      label: "Search jobs",
      query: "Keywords",
      placeholder: "Job, company, marketplace or skill",
      submit: "Search",
      apply: "Apply filters",
      clear: "Clear all filters",
      filters: "Filters",
      filtersWithCount: "Filters ({{count}} selected)",
      sort: "Sort by",
    },
    sort: {
      relevance: "Best match",
      newest: "Newest",
      salary: "Highest salary",
      distance: "Nearest first",
    },
    facets: {
      family: "Job family",
      level: "Level",
      city: "City",
      salary: "Monthly salary",
      marketplace: "Marketplace",
      language: "Language",
      type: "Employment type",
      education: "Education",
      session: "Fair session",
      posted: "Posted",
      anyTime: "Any time",
      option: "{{label}} ({{count}})",
    },
    posted: {
      "1d": "Last 24 hours",
      "7d": "Last 7 days",
      "30d": "Last 30 days",
    },
    results: {
      count_one: "{{total}} job",
      count_other: "{{total}} jobs",
      countForQuery_one: "{{total}} job for “{{q}}”",
      countForQuery_other: "{{total}} jobs for “{{q}}”",
      loading: "Searching…",
      postedAgo: "Posted {{when}}",
      pageOf: "Page {{page}} of {{pages}}",
    },
    pagination: {
      label: "Pages",
      previous: "Previous",
      next: "Next",
      page: "Page {{page}}",
    },
    empty: {
      title: "No jobs match your search",
      tips: "You could:",
      spelling: "check the spelling, or say it another way (“Amazon” and “亚马逊” both work)",
      fewerFilters: "remove some filters",
      broader: "use a broader word, such as “operations”, “customer service” or “logistics”",
    },
    unavailable: {
      title: "Search is temporarily unavailable",
      body: "The job search service is recovering; please try again shortly. Your filters are kept in the address.",
      retry: "Try again",
    },
    invalid: {
      title: "Some search parameters could not be understood",
      reset: "Start a new search",
    },
    problems: {
      unknown_param: "Unknown parameter “{{param}}”.",
      repeated: "“{{param}}” may appear only once.",
      invalid_value: "“{{param}}” has a value we do not know.",
      invalid_type: "“{{param}}” must be a whole number.",
      too_small: "“{{param}}” is too small.",
      too_big: "“{{param}}” is too long or too large.",
      invalid: "“{{param}}” is not valid.",
      near_unknown: "“{{param}}” is neither a known college nor a “latitude,longitude” point.",
      distance_needs_near: "Sorting by distance needs a place to measure from (the “near” filter).",
    },
    rateLimited: "Too many requests; try again in {{seconds}} seconds.",
  },
  job: {
    metaTitle: "{{title}} · {{company}} · E-Landing",
    back: "Back to the search results",
    closed: "This job is no longer open.",
    expired: "Applications for this job have closed.",
    facts: "Key facts",
    salary: "Salary",
    location: "Location",
    type: "Employment type",
    workMode: "Work mode",
    education: "Education",
    experience: "Experience",
    experienceYears: "{{count}}+ years",
    noExperience: "Graduates welcome",
    headcount: "Openings",
    headcountValue: "{{count}}",
    level: "Level",
    role: "Role",
    posted: "Posted",
    validThrough: "Apply by",
    description: "About the job",
    requirements: "Requirements",
    requiredSkills: "Must-have skills",
    preferredSkills: "Nice-to-have skills",
    skillLevel: "{{skill}} ({{level}})",
    abilities: "Ability units",
    languages: "Languages",
    languageLevel: "{{language}}: {{level}} or above",
    marketplaces: "Marketplaces",
    sessions: "At these fair sessions",
    noSessions: "This job is not scheduled for a fair session yet.",
    company: "Employer",
    website: "Company website",
    similar: "Similar jobs",
  },
  enums: {
    level: {
      JUNIOR: "Junior",
      INTERMEDIATE: "Intermediate",
      SENIOR: "Senior",
    },
    employmentType: {
      FULL_TIME: "Full-time",
      PART_TIME: "Part-time",
      INTERNSHIP: "Internship",
      CONTRACT: "Contract",
    },
    education: {
      NONE: "Any education",
      SECONDARY: "High school / vocational",
      ASSOCIATE: "Associate degree",
      BACHELOR: "Bachelor's degree",
      MASTER: "Master's degree",
      DOCTORATE: "Doctorate",
    },
    workMode: {
      ON_SITE: "On site",
      HYBRID: "Hybrid",
      REMOTE: "Remote",
    },
    skillLevel: {
      "1": "basic",
      "2": "proficient",
      "3": "expert",
    },
    salaryBand: {
      "under-5k": "Under ¥5k",
      "5k-8k": "¥5k–8k",
      "8k-12k": "¥8k–12k",
      "12k-20k": "¥12k–20k",
      "20k-plus": "¥20k and more",
    },
    salaryPeriod: {
      HOUR: "{{range}} an hour",
      DAY: "{{range}} a day",
      MONTH: "{{range}} a month",
      YEAR: "{{range}} a year",
    },
  },
  errors: {
    meta: {
      title: "Error · E-Landing",
    },
    status: "Error {{status}}",
    badRequest: {
      title: "Bad request",
      body: "Some of the request's parameters could not be understood. Check the address, or go back and try again.",
    },
    forbidden: {
      title: "Access denied",
      body: "You do not have permission to see this page.",
    },
    notFound: {
      title: "Page not found",
      body: "The address you opened does not exist, or its content has been removed.",
    },
    server: {
      title: "Temporarily unavailable",
      body: "The server could not complete your request, and the problem has been logged. Please try again shortly.",
    },
    backHome: "Back to the home page",
  },
  account,
  candidates,
  company,
  forms,
  mail,
  jobsearch,
  matching,
  organizer,
  posting,
  profile,
};

export default en;
