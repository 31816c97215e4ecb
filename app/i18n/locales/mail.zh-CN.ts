/** The text of the mail we send (plain text; {{link}} is a full URL). */
const mail = {
  signature: "—— E-Landing · 杭州跨境电商人才招聘会",
  verify: {
    subject: "请确认您的 E-Landing 邮箱",
    body: "您好！\n\n请打开以下链接确认您的邮箱，完成注册（{{hours}} 小时内有效）：\n{{link}}\n\n如果这不是您本人的操作，请忽略此邮件。",
  },
  existing: {
    subject: "有人尝试用您的邮箱注册 E-Landing",
    body: "您好！\n\n有人（可能是您本人）尝试用此邮箱注册 E-Landing，但该邮箱已有账户。\n如果您忘记了密码，可以在这里重置：\n{{link}}\n\n如果这不是您本人的操作，请忽略此邮件。",
  },
  reset: {
    subject: "重置您的 E-Landing 密码",
    body: "您好！\n\n请打开以下链接设置新密码（{{hours}} 小时内有效）：\n{{link}}\n\n如果您没有申请重置密码，请忽略此邮件，您的密码不会改变。",
  },
};

export default mail;
