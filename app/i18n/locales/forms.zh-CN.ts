/** Form validation messages, by zod issue code (or our own codes). */
const forms = {
  errorSummary: "请更正以下问题：",
  requiredMark: "（必填）",
  honeypot: "请勿填写此项",
  saving: "正在保存…",
  errors: {
    required: "请填写此项。",
    invalid_type: "请填写此项。",
    too_small: "至少需要 {{minimum}} 个字符。",
    too_small_number: "不能小于 {{minimum}}。",
    too_big: "不能超过 {{maximum}} 个字符。",
    too_big_number: "不能大于 {{maximum}}。",
    too_small_items: "至少选择 {{minimum}} 项。",
    too_big_items: "最多选择 {{maximum}} 项。",
    not_a_number: "请输入数字。",
    not_a_whole_number: "请输入整数。",
    invalid_format: "格式不正确。",
    invalid_email: "请输入有效的电子邮箱地址。",
    invalid_url: "请输入以 http:// 或 https:// 开头的网址。",
    invalid_value: "请从列表中选择。",
    passwords_differ: "两次输入的密码不一致。",
    must_accept: "需要同意才能继续。",
    unexpected: "提交的内容无法识别。",
    bot: "表单提交无效，请刷新页面后重试。",
  },
};

export default forms;
