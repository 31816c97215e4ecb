import type posting from "./posting.zh-CN";

const en: typeof posting = {
  placeholder: "To come",
};

export default en;
