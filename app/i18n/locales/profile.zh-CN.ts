/** Texts of the profile pages. */
const profile = {
  placeholder: "待补充",
};

export default profile;
