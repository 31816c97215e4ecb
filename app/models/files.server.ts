/**
 * Uploaded files (résumé PDFs, company logos), stored in PostgreSQL so that every app server can
 * serve them. The type is sniffed from the bytes, never taken from the browser's claim.
 */
import crypto from "node:crypto";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

export type AllowedType = "application/pdf" | "image/png" | "image/jpeg" | "image/webp";

const SIGNATURES: { type: AllowedType; test: (bytes: Buffer) => boolean }[] = [
  { type: "application/pdf", test: (b) => b.subarray(0, 5).toString("latin1") === "%PDF-" },
  {
    type: "image/png",
    test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { type: "image/jpeg", test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    type: "image/webp",
    test: (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  },
];

export function sniffType(bytes: Buffer): AllowedType | null {
  return SIGNATURES.find((signature) => signature.test(bytes))?.type ?? null;
}

export type UploadProblem = "missing" | "too_large" | "wrong_type";

/**
 * Checks an uploaded file: present, at most `maxBytes`, and really one of `allowed` by its content.
 * Returns the bytes and the sniffed type, or what is wrong.
 */
export async function checkUpload(
  file: FormDataEntryValue | null,
  { allowed, maxBytes }: { allowed: AllowedType[]; maxBytes: number },
): Promise<{ ok: true; bytes: Buffer; type: AllowedType; name: string } | { ok: false; problem: UploadProblem }> {
  if (!file || typeof file === "string" || file.size === 0) return { ok: false, problem: "missing" };
  if (file.size > maxBytes) return { ok: false, problem: "too_large" };
  const bytes = Buffer.from(await file.arrayBuffer());
  const type = sniffType(bytes);
  if (!type || !allowed.includes(type)) return { ok: false, problem: "wrong_type" };
  return { ok: true, bytes, type, name: file.name.replace(/[^\p{L}\p{N}._ -]/gu, "_").slice(0, 120) || "file" };
}

export async function storeFile(db: Db, upload: { bytes: Buffer; type: AllowedType; name: string }) {
  return db.storedFile.create({
    data: {
      contentType: upload.type,
      size: upload.bytes.length,
      sha256: crypto.createHash("sha256").update(upload.bytes).digest("hex"),
      fileName: upload.name,
      data: new Uint8Array(upload.bytes),
    },
    select: { id: true },
  });
}

/**
 * The HTTP answer for a stored file. `attachment` makes browsers download it rather than render
 * it inline; `nosniff` and a sandboxing CSP keep a file from ever acting as a page of ours.
 */
export function fileResponse(
  file: { data: Uint8Array; contentType: string; fileName: string; sha256: string },
  { attachment = false, cache = "private, no-store" }: { attachment?: boolean; cache?: string } = {},
): Response {
  const disposition = `${attachment ? "attachment" : "inline"}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`;
  return new Response(new Uint8Array(file.data).buffer as ArrayBuffer, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": disposition,
      "Content-Security-Policy": "sandbox; default-src 'none'",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": cache,
      ETag: `"${file.sha256}"`,
    },
  });
}
