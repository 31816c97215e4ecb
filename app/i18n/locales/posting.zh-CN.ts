/** Texts of the posting pages. */
const posting = {
  placeholder: "待补充",
};

export default posting;
