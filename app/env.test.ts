import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.server";

describe("parseEnv", () => {
  it("has working defaults for the embedded demo", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, HOST: "127.0.0.1", DATA_DIR: ".data", RUN_WORKER: true });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.MEILI_URL).toBeUndefined();
  });

  it("treats empty values as unset, as .env.example leaves them", () => {
    expect(parseEnv({ DATABASE_URL: "", MEILI_URL: "", PORT: "" }).PORT).toBe(3000);
  });

  it("requires a master key with an external Meilisearch", () => {
    expect(() => parseEnv({ MEILI_URL: "http://search:7700" })).toThrow(/MEILI_MASTER_KEY/);
    expect(parseEnv({ MEILI_URL: "http://search:7700", MEILI_MASTER_KEY: "x".repeat(16) }).MEILI_URL).toBe(
      "http://search:7700",
    );
  });

  it("rejects nonsense with the variable's name", () => {
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseEnv({ RUN_WORKER: "maybe" })).toThrow(/RUN_WORKER/);
    expect(() => parseEnv({ MEILI_INDEX_PREFIX: "a b" })).toThrow(/MEILI_INDEX_PREFIX/);
  });
});
