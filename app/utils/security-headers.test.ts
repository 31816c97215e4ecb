import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers.server";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d] as const));

describe("securityHeaders", () => {
  it("allow only our own scripts and this request's nonce, never inline scripts", () => {
    const csp = directives(securityHeaders({ nonce: "abc123", https: false, dev: false })["Content-Security-Policy"]!);
    expect(csp.get("script-src")).toBe("script-src 'self' 'nonce-abc123'");
    expect(csp.get("script-src")).not.toContain("unsafe-inline");
    expect(csp.get("style-src")).toBe("style-src 'self'");
    expect(csp.get("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(csp.get("object-src")).toBe("object-src 'none'");
  });

  it("send HSTS only for an https APP_URL", () => {
    expect(securityHeaders({ nonce: "n", https: false, dev: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ nonce: "n", https: true, dev: false })["Strict-Transport-Security"]).toMatch(
      /max-age=\d+/,
    );
  });

  it("always set a referrer policy and forbid framing", () => {
    const headers = securityHeaders({ nonce: "n", https: false, dev: false });
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["X-Frame-Options"]).toBe("DENY");
  });
});
