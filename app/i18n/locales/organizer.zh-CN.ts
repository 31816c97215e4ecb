/** The organizers' pages. */
const organizer = {
  nav: {
    label: "组织方",
    dashboard: "工作台",
    mailbox: "演示邮箱",
    companies: "企业审核",
    reports: "岗位举报",
    security: "两步验证",
  },
  dashboard: {
    metaTitle: "组织方工作台 · E-Landing",
    title: "组织方工作台",
    lead: "审核企业、处理举报，并查看演示环境发出的邮件。",
  },
  mailbox: {
    metaTitle: "演示邮箱 · E-Landing",
    title: "演示邮箱",
    lead: "未配置 SMTP 时，平台发出的所有邮件都保存在这里，方便完成演示流程。只有组织方可以查看。",
    empty: "还没有发出任何邮件。",
    to: "收件人",
    subject: "主题",
    time: "时间",
    status: "状态",
    delivered: "已通过 SMTP 发送",
    notDelivered: "仅保存在演示邮箱",
    filter: "按收件人筛选",
    apply: "筛选",
  },
  security: {
    metaTitle: "两步验证 · E-Landing",
    title: "设置两步验证",
    lead: "组织方账户必须使用身份验证器应用（如 Microsoft Authenticator、Google 身份验证器）。",
    step1: "1. 用应用扫描二维码，或手动输入密钥：",
    qrAlt: "用于添加 E-Landing 账户的二维码",
    secretLabel: "密钥：",
    step2: "2. 输入应用显示的 6 位验证码完成设置。",
    submit: "启用两步验证",
    enabled: "两步验证已启用。",
    alreadyEnabled: "您的账户已启用两步验证。",
    invalid: "验证码不正确，请输入应用中当前显示的验证码。",
  },
};

export default organizer;
