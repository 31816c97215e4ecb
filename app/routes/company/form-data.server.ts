/**
 * Reads a form that may carry a file without ever holding more than a little over the limit in
 * memory: a file part keeps at most `maxFileBytes + 1` bytes (checkUpload then says "too large"),
 * a text part at most `maxTextBytes` (zod's max length then refuses it). The rest is read and
 * dropped, so the other fields still arrive and the page can show them again.
 */
import { unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";

async function readCapped(data: AsyncIterable<Uint8Array>, cap: number): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of data) {
    if (size >= cap) continue;
    const part = chunk.subarray(0, cap - size);
    chunks.push(part);
    size += part.length;
  }
  return chunks;
}

export async function readForm(
  request: Request,
  { maxFileBytes, maxTextBytes = 64 * 1024 }: { maxFileBytes: number; maxTextBytes?: number },
): Promise<FormData> {
  const type = request.headers.get("Content-Type") ?? "";
  if (!type.startsWith("multipart/form-data")) return request.formData();
  const handler: UploadHandler = async ({ filename, contentType, data }) => {
    if (filename === undefined) {
      const chunks = await readCapped(data, maxTextBytes);
      return new TextDecoder().decode(Buffer.concat(chunks));
    }
    const chunks = await readCapped(data, maxFileBytes + 1);
    return new File([new Uint8Array(Buffer.concat(chunks))], filename, { type: contentType });
  };
  try {
    return await unstable_parseMultipartFormData(request, handler);
  } catch {
    // A body that is not the multipart it claims to be.
    throw new Response(null, { status: 400 });
  }
}
