import type zhCN from "./zh-CN";

/** English. The type keeps its keys identical to zh-CN.ts (also checked by a test). */
const en: typeof zhCN = {
  common: {
    appName: "E-Landing",
    appTagline: "Cross-border e-commerce careers in Hangzhou",
    skipToContent: "Skip to main content",
    mainNav: "Main",
    home: "Home",
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
};

export default en;
