import { describe, expect, it } from "vitest";
import en from "./locales/en";
import zhCN from "./locales/zh-CN";

/** Every leaf of a resource tree as "a.b.c" → text. */
function leaves(tree: object, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value as object, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("locale resources", () => {
  const zh = leaves(zhCN);
  const english = leaves(en);

  it("have exactly the same keys in zh-CN and en", () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it("use the same interpolation variables in both languages", () => {
    for (const [key, text] of zh) expect(placeholders(english.get(key) ?? ""), key).toEqual(placeholders(text));
  });

  it("have no empty texts", () => {
    for (const [key, text] of [...zh, ...english]) expect(text.trim(), key).not.toBe("");
  });

  it("are really translated: Chinese texts contain Chinese, English texts none", () => {
    const han = /\p{Script=Han}/u;
    // Texts that are only placeholders, punctuation and the product's name are formats, not words.
    const isFormat = (text: string) => !/\p{L}/u.test(text.replace(/\{\{\s*\w+\s*\}\}|E-Landing/g, ""));
    // Names that are the same in both languages, and one English text that shows a Chinese search
    // word on purpose.
    const same = new Set(["common.appName", "jobs.empty.spelling"]);
    for (const [key, text] of zh) {
      if (same.has(key) || key.startsWith("common.language.names.") || isFormat(text)) continue;
      expect(han.test(text), `zh-CN ${key}`).toBe(true);
      expect(han.test(english.get(key) ?? ""), `en ${key}`).toBe(false);
    }
  });
});
