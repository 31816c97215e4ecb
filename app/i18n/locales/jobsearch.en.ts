import type jobsearch from "./jobsearch.zh-CN";

const en: typeof jobsearch = {
  near: {
    legend: "Near",
    place: "Measured from",
    anywhere: "Anywhere",
    colleges: "Colleges",
    point: "Or a point (latitude,longitude)",
    pointSubmit: "Search near this point",
    pointHint: "For example 30.2741,120.1551",
    radius: "Within",
    radiusOption: "{{km}} km",
    distance: "{{distance}} away",
    km: "{{value}} km",
    m: "{{value}} m",
  },
  typing: {
    updated: "Results updated",
  },
  didYouMean: {
    title: "Try one of these",
    lead: "No jobs match all of this. These changes find some:",
    withoutFilter: "Without the “{{filter}}” filter ({{count}} jobs)",
    withoutQuery: "Any words, same filters ({{count}} jobs)",
    query: "Did you mean “{{q}}”? ({{count}} jobs)",
    filters: {
      near: "Near",
      posted: "Posted",
    },
  },
  save: {
    title: "Save this search",
    lead: "Open it again at any time, and get an email when new jobs match.",
    name: "Name",
    defaultName: "My search",
    alert: "New-job alerts",
    submit: "Save search",
    studentsOnly: "Only student accounts can save searches and get alerts.",
    logIn: "Log in to save this search",
  },
  alerts: {
    NONE: "No emails",
    INSTANT: "Email me as soon as new jobs match",
    DAILY: "One digest every morning",
  },
  saved: {
    metaTitle: "Saved searches · E-Landing",
    title: "Saved searches",
    lead: "Set up a search on the jobs page and choose “Save search”. Rename each one, choose its alerts, or delete it.",
    empty: "You have no saved searches yet.",
    emptyAction: "Find jobs",
    open: "Open search",
    savedOn: "Saved on {{date}}",
    update: "Save changes",
    delete: "Delete",
    deleteLabel: "Delete “{{name}}”",
    editLegend: "Change “{{name}}”",
    flash: {
      saved: "Search saved.",
      updated: "Changes saved.",
      deleted: "Search deleted.",
    },
    errors: {
      invalidQuery: "This search has conditions we cannot use, so it was not saved. Set it up again on the jobs page.",
      limit: "You can keep up to {{max}} saved searches. Delete one you no longer use first.",
    },
    deletePage: {
      metaTitle: "Delete a saved search · E-Landing",
      title: "Delete this saved search?",
      body: "“{{name}}” will be deleted and its email alerts will stop. This cannot be undone.",
      confirm: "Delete",
      cancel: "Cancel, back to saved searches",
    },
  },
  mail: {
    instant: {
      subject: "New jobs for “{{name}}”",
      body: "Hello,\n\nYour saved search “{{name}}” has {{count}} new jobs:\n\n{{jobs}}\n\nSee all results:\n{{link}}\n\nChange or stop these alerts:\n{{manage}}",
    },
    daily: {
      subject: "Your daily jobs digest: {{count}} new for “{{name}}”",
      body: "Hello,\n\nIn the past day your saved search “{{name}}” found {{count}} new jobs:\n\n{{jobs}}\n\nSee all results:\n{{link}}\n\nChange or stop these alerts:\n{{manage}}",
    },
  },
};

export default en;
