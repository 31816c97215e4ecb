import type profile from "./profile.zh-CN";

const en: typeof profile = {
  placeholder: "To come",
};

export default en;
