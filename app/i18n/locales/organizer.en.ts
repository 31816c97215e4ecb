import type organizer from "./organizer.zh-CN";

const en: typeof organizer = {
  nav: {
    label: "Organizers",
    dashboard: "Dashboard",
    mailbox: "Demo mailbox",
    companies: "Company verification",
    reports: "Job reports",
    security: "Two-step verification",
  },
  dashboard: {
    metaTitle: "Organizer dashboard · E-Landing",
    title: "Organizer dashboard",
    lead: "Verify companies, handle reports and read the mail the demo sends.",
  },
  mailbox: {
    metaTitle: "Demo mailbox · E-Landing",
    title: "Demo mailbox",
    lead: "Without an SMTP server, every mail the portal sends is kept here so the demo's flows can be completed. Only organizers can read it.",
    empty: "No mail has been sent yet.",
    to: "To",
    subject: "Subject",
    time: "Time",
    status: "Status",
    delivered: "Sent over SMTP",
    notDelivered: "Kept in the demo mailbox only",
    filter: "Filter by recipient",
    apply: "Filter",
  },
  security: {
    metaTitle: "Two-step verification · E-Landing",
    title: "Set up two-step verification",
    lead: "Organizer accounts must use an authenticator app (such as Microsoft Authenticator or Google Authenticator).",
    step1: "1. Scan the QR code with the app, or type in the key:",
    qrAlt: "QR code that adds your E-Landing account to an authenticator app",
    secretLabel: "Key:",
    step2: "2. Enter the 6-digit code the app shows to finish.",
    submit: "Turn on two-step verification",
    enabled: "Two-step verification is on.",
    alreadyEnabled: "Two-step verification is already on for your account.",
    invalid: "That code is not right; enter the one your app shows now.",
  },
};

export default en;
