/** Texts of the company pages. */
const company = {
  placeholder: "待补充",
};

export default company;
