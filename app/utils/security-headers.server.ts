/**
 * Response headers sent with every response. The Content-Security-Policy allows scripts only from
 * our origin and inline scripts carrying this request's nonce (Remix's hydration data).
 */
export interface SecurityHeaderOptions {
  nonce: string;
  /** HSTS only makes sense (and only works) when the public URL is https. */
  https: boolean;
  /** Vite's dev server injects inline styles and talks over a websocket. */
  dev: boolean;
}

export function securityHeaders({ nonce, https, dev }: SecurityHeaderOptions): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  return {
    "Content-Security-Policy": csp,
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(self), microphone=(), geolocation=(self)",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
