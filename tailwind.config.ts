import type { Config } from "tailwindcss";

/**
 * The E-Landing theme. Colours are chosen for WCAG 2.2 AA contrast: `brand-700` and darker on
 * white, white on `brand-700` and darker.
 */
export default {
  content: ["./app/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#eef6ff",
          100: "#d9eaff",
          200: "#bcdaff",
          500: "#2f7fe0",
          600: "#1f66c4",
          700: "#1a52a0",
          800: "#1b4684",
          900: "#1c3c6d",
        },
        accent: {
          500: "#f0822d",
          700: "#b5530f",
        },
      },
      fontFamily: {
        sans: [
          "system-ui",
          "-apple-system",
          '"PingFang SC"',
          '"Hiragino Sans GB"',
          '"Microsoft YaHei"',
          '"Noto Sans CJK SC"',
          "sans-serif",
        ],
      },
    },
  },
} satisfies Config;
