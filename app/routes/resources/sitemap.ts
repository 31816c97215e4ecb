import { appUrl } from "~/env.server";
import { alternates } from "~/i18n/urls";
import { listSearchableJobIds } from "~/models/job.server";

const STATIC_PATHS = ["/", "/jobs", "/privacy", "/terms"];

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function entry(origin: string, path: string, lastModified?: Date): string {
  const links = alternates(origin, path, "")
    .map((link) => `<xhtml:link rel="alternate" hreflang="${link.hrefLang}" href="${escapeXml(link.href)}"/>`)
    .join("");
  const lastmod = lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : "";
  return `<url><loc>${escapeXml(origin + path)}</loc>${lastmod}${links}</url>`;
}

/** Every public page and open job, each with its zh-CN / en / x-default alternates. */
export async function loader() {
  const origin = appUrl().origin;
  const jobs = await listSearchableJobIds();
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...STATIC_PATHS.map((path) => entry(origin, path)),
    ...jobs.map((job) => entry(origin, `/jobs/${job.id}`, job.updatedAt)),
    "</urlset>",
  ].join("\n");
  return new Response(body, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
