import { openApiDocument } from "~/api/openapi";
import { appUrl } from "~/env.server";

export function loader() {
  return Response.json(openApiDocument(appUrl().origin), {
    headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=3600" },
  });
}
