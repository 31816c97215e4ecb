import type mail from "./mail.zh-CN";

const en: typeof mail = {
  signature: "— E-Landing · Hangzhou cross-border e-commerce careers",
  verify: {
    subject: "Confirm your E-Landing email",
    body: "Hello,\n\nOpen this link to confirm your email and finish signing up (valid for {{hours}} hours):\n{{link}}\n\nIf this was not you, ignore this message.",
  },
  existing: {
    subject: "Someone tried to sign up to E-Landing with your email",
    body: "Hello,\n\nSomeone (perhaps you) tried to sign up to E-Landing with this email, which already has an account.\nIf you forgot your password, you can reset it here:\n{{link}}\n\nIf this was not you, ignore this message.",
  },
  reset: {
    subject: "Reset your E-Landing password",
    body: "Hello,\n\nOpen this link to set a new password (valid for {{hours}} hours):\n{{link}}\n\nIf you did not ask for this, ignore this message; your password stays as it is.",
  },
};

export default en;
