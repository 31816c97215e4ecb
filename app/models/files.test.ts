import { describe, expect, it } from "vitest";
import { checkUpload, sniffType } from "./files.server";

const pdf = Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n", "latin1");
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe("uploads", () => {
  it("recognise files by their content, not their name or claimed type", () => {
    expect(sniffType(pdf)).toBe("application/pdf");
    expect(sniffType(png)).toBe("image/png");
    expect(sniffType(Buffer.from("<script>alert(1)</script>"))).toBeNull();
  });

  it("refuse a file that only claims to be a PDF, a file that is too large, and no file", async () => {
    const fake = new File(["<html>not a pdf</html>"], "resume.pdf", { type: "application/pdf" });
    expect(await checkUpload(fake, { allowed: ["application/pdf"], maxBytes: 1_000 })).toEqual({
      ok: false,
      problem: "wrong_type",
    });
    const big = new File([pdf, Buffer.alloc(2_000)], "big.pdf", { type: "application/pdf" });
    expect(await checkUpload(big, { allowed: ["application/pdf"], maxBytes: 1_000 })).toEqual({
      ok: false,
      problem: "too_large",
    });
    expect(await checkUpload(null, { allowed: ["application/pdf"], maxBytes: 1_000 })).toEqual({
      ok: false,
      problem: "missing",
    });
    const image = new File([png], "photo.png");
    expect(await checkUpload(image, { allowed: ["application/pdf"], maxBytes: 1_000 })).toEqual({
      ok: false,
      problem: "wrong_type",
    });
  });

  it("accept a real PDF and clean its name", async () => {
    const result = await checkUpload(new File([pdf], "我的 简历<script>.pdf"), {
      allowed: ["application/pdf"],
      maxBytes: 1_000,
    });
    expect(result).toMatchObject({ ok: true, type: "application/pdf", name: "我的 简历_script_.pdf" });
  });
});
