/** What the HTTP server (scripts/lib/http.ts) passes to every loader, action and the document. */
declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Fresh for each request; allows our own inline scripts under the Content-Security-Policy. */
    cspNonce: string;
    /** The client's address (behind proxies as TRUST_PROXY allows), for rate limits. */
    clientIp: string;
  }
}

export {};
