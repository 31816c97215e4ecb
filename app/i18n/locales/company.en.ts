import type company from "./company.zh-CN";

const en: typeof company = {
  placeholder: "To come",
};

export default en;
