import { appUrl } from "~/env.server";

export function loader() {
  const body = ["User-agent: *", "Disallow: /api/", `Sitemap: ${appUrl().origin}/sitemap.xml`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
