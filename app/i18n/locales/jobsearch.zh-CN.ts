/** Job search, finished: the near filter, "did you mean", saved searches and their alerts. */
const jobsearch = {
  near: {
    legend: "附近",
    place: "从哪里算起",
    anywhere: "不限位置",
    colleges: "院校",
    point: "或输入坐标（纬度,经度）",
    pointSubmit: "按此位置搜索",
    pointHint: "例如 30.2741,120.1551",
    radius: "范围",
    radiusOption: "{{km}} 公里内",
    distance: "距离 {{distance}}",
    km: "{{value}} 公里",
    m: "{{value}} 米",
  },
  typing: {
    updated: "结果已更新",
  },
  didYouMean: {
    title: "试试这些搜索",
    lead: "当前条件下没有岗位。以下调整能找到结果：",
    withoutFilter: "去掉“{{filter}}”筛选（{{count}} 个岗位）",
    withoutQuery: "不限关键词，保留筛选条件（{{count}} 个岗位）",
    query: "您是不是要找：“{{q}}”（{{count}} 个岗位）",
    filters: {
      near: "附近",
      posted: "发布时间",
    },
  },
  save: {
    title: "保存这个搜索",
    lead: "保存后可以随时重新打开，并在有新岗位时收到邮件。",
    name: "名称",
    defaultName: "我的搜索",
    alert: "新岗位提醒",
    submit: "保存搜索",
    studentsOnly: "只有学生账号可以保存搜索和订阅提醒。",
    logIn: "登录后保存这个搜索",
  },
  alerts: {
    NONE: "不发邮件",
    INSTANT: "有新岗位时立即发邮件",
    DAILY: "每天早上汇总一封",
  },
  saved: {
    metaTitle: "保存的搜索 · E-Landing",
    title: "保存的搜索",
    lead: "在找工作页面设置好条件后点击“保存搜索”。每个搜索都可以改名、选择提醒方式或删除。",
    empty: "还没有保存的搜索。",
    emptyAction: "去找工作",
    open: "打开搜索",
    savedOn: "保存于 {{date}}",
    update: "保存修改",
    delete: "删除",
    deleteLabel: "删除“{{name}}”",
    editLegend: "修改“{{name}}”",
    flash: {
      saved: "搜索已保存。",
      updated: "修改已保存。",
      deleted: "搜索已删除。",
    },
    errors: {
      invalidQuery: "这个搜索的条件无效，无法保存。请返回找工作页面重新设置。",
      limit: "最多可以保存 {{max}} 个搜索，请先删除不用的搜索。",
    },
    deletePage: {
      metaTitle: "删除保存的搜索 · E-Landing",
      title: "删除保存的搜索？",
      body: "“{{name}}”将被删除，它的邮件提醒也会停止。此操作无法撤销。",
      confirm: "确认删除",
      cancel: "取消，返回保存的搜索",
    },
  },
  mail: {
    instant: {
      subject: "“{{name}}”有新岗位",
      body: "您好：\n\n您保存的搜索“{{name}}”有 {{count}} 个新岗位：\n\n{{jobs}}\n\n查看全部结果：\n{{link}}\n\n修改或关闭提醒：\n{{manage}}",
    },
    daily: {
      subject: "每日岗位汇总：“{{name}}”有 {{count}} 个新岗位",
      body: "您好：\n\n过去一天，您保存的搜索“{{name}}”有 {{count}} 个新岗位：\n\n{{jobs}}\n\n查看全部结果：\n{{link}}\n\n修改或关闭提醒：\n{{manage}}",
    },
  },
};

export default jobsearch;
