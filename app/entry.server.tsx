import { Transform } from "node:stream";
import { createReadableStreamFromReadable, type AppLoadContext, type EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "./i18n/config";
import { detectLocale } from "./i18n/detect.server";
import { NonceProvider } from "./utils/nonce";

/** How long deferred data may keep streaming before the response is cut. */
export const streamTimeout = 5_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const locale = await detectLocale(request);
  const i18n = createI18n(locale);
  const nonce = loadContext.cspNonce;
  // Crawlers get the whole document at once; browsers get the shell as soon as it is ready.
  const readyEvent = isbot(request.headers.get("user-agent")) ? "onAllReady" : "onShellReady";

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <I18nextProvider i18n={i18n}>
          <RemixServer context={remixContext} url={request.url} nonce={nonce} />
        </I18nextProvider>
      </NonceProvider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = withoutPaddingZeros();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          responseHeaders.set("Content-Language", locale);
          responseHeaders.append("Vary", "Accept-Language, Cookie");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors before the shell are logged by handleError via the rejected promise.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1_000);
  });
}

/**
 * React 18's renderToPipeableStream sometimes writes a whole 2 KB buffer of which the last bytes
 * are unused zeros: when a multi-byte character (Chinese text) does not fit at the end of the
 * buffer (react#24985, fixed in React 19 by react#26228). Our own text never holds NUL, and
 * browsers drop one in text anyway, so zeros at the end of a chunk are cut off here.
 */
function withoutPaddingZeros() {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let end = chunk.length;
      while (end > 0 && chunk[end - 1] === 0 && chunk.length - end < 3) end--;
      done(null, end === chunk.length ? chunk : chunk.subarray(0, end));
    },
  });
}

export function handleError(error: unknown, { request }: { request: Request }) {
  // A client that went away is not an error of ours.
  if (!request.signal.aborted) console.error(error);
}
