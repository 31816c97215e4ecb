import type forms from "./forms.zh-CN";

const en: typeof forms = {
  errorSummary: "Please correct the following:",
  requiredMark: "(required)",
  honeypot: "Leave this field empty",
  saving: "Saving…",
  errors: {
    required: "Please fill this in.",
    invalid_type: "Please fill this in.",
    too_small: "Use at least {{minimum}} characters.",
    too_small_number: "Must be at least {{minimum}}.",
    too_big: "Use at most {{maximum}} characters.",
    too_big_number: "Must be at most {{maximum}}.",
    too_small_items: "Choose at least {{minimum}}.",
    too_big_items: "Choose at most {{maximum}}.",
    not_a_number: "Enter a number.",
    not_a_whole_number: "Enter a whole number.",
    invalid_format: "This is not in the right format.",
    invalid_email: "Enter a valid email address.",
    invalid_url: "Enter a web address starting with http:// or https://.",
    invalid_value: "Choose one of the options.",
    passwords_differ: "The two passwords differ.",
    must_accept: "You need to agree to continue.",
    unexpected: "The form sent something we did not expect.",
    bot: "This submission looks automated; reload the page and try again.",
  },
};

export default en;
