/**
 * Reading an upload form without ever holding more than the limits in memory. A request that
 * says it is larger than `maxRequestBytes` is refused without parsing it; one that does not say
 * (chunked) is counted as it streams and refused when it passes the limit. A file part keeps
 * at most `maxFileBytes + 1` bytes (checkUpload then answers "too large"); text parts are capped.
 */
import { unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";

const MAX_TEXT_BYTES = 64 * 1024;
/** What is read and dropped of a refused body before the connection is cut instead. */
const MAX_DISCARD_BYTES = 64 * 1024 * 1024;

export type UploadForm = { ok: true; form: FormData } | { ok: false; problem: "too_large" | "malformed" };

async function readCapped(data: AsyncIterable<Uint8Array>, cap: number): Promise<Uint8Array<ArrayBuffer>[]> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for await (const chunk of data) {
    if (size >= cap) continue; // read and dropped, so the fields after the file still arrive
    const part = new Uint8Array(chunk.subarray(0, cap - size));
    chunks.push(part);
    size += part.length;
  }
  return chunks;
}

async function discard(body: ReadableStream<Uint8Array> | null, cap: number): Promise<void> {
  if (!body) return;
  const reader = body.getReader();
  let seen = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      seen += value.byteLength;
      if (seen > cap) {
        await reader.cancel();
        return;
      }
    }
  } catch {
    // The client went away; nothing to answer.
  }
}

export async function readUploadForm(
  request: Request,
  { maxRequestBytes, maxFileBytes }: { maxRequestBytes: number; maxFileBytes: number },
): Promise<UploadForm> {
  const declared = Number(request.headers.get("Content-Length"));
  if (Number.isFinite(declared) && declared > maxRequestBytes) {
    // Refused unparsed; the body is still read (and dropped), because browsers send all of it
    // before they read the answer: left unread, the upload would stall and the 413 never arrive.
    await discard(request.body, MAX_DISCARD_BYTES);
    return { ok: false, problem: "too_large" };
  }
  const type = request.headers.get("Content-Type") ?? "";
  if (!type.startsWith("multipart/form-data")) {
    try {
      return { ok: true, form: await request.formData() };
    } catch {
      return { ok: false, problem: "malformed" };
    }
  }
  if (!request.body) return { ok: false, problem: "malformed" };

  let seen = 0;
  let exceeded = false;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxRequestBytes) {
          exceeded = true;
          controller.error(new Error("request body too large"));
        } else controller.enqueue(chunk);
      },
    }),
  );
  const limited = new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: counted,
    duplex: "half",
  } as RequestInit);

  const handler: UploadHandler = async ({ filename, contentType, data }) => {
    if (filename === undefined) {
      return new TextDecoder().decode(Buffer.concat(await readCapped(data, MAX_TEXT_BYTES)));
    }
    return new File(await readCapped(data, maxFileBytes + 1), filename, { type: contentType });
  };
  try {
    return { ok: true, form: await unstable_parseMultipartFormData(limited, handler) };
  } catch {
    return { ok: false, problem: exceeded ? "too_large" : "malformed" };
  }
}
