import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { LOCALES, translator } from "~/i18n/config";
import { detectLocale, localeCookie } from "~/i18n/detect.server";

const localeFormSchema = z.object({
  locale: z.enum(LOCALES),
  // Same-site paths only: "/jobs?q=x" yes, "//evil.example" or "https://…" no (open redirect).
  redirectTo: z
    .string()
    .max(2_000)
    .regex(/^\/(?![/\\])/)
    .default("/"),
});

/** Changing the language changes state: POST only. */
export function loader() {
  throw new Response(null, { status: 405, headers: { Allow: "POST" } });
}

/** The language switcher posts here; the choice is kept in a cookie for a year. */
export async function action({ request }: ActionFunctionArgs) {
  const parsed = localeFormSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) {
    const t = translator(await detectLocale(request));
    return new Response(t("errors.badRequest.body"), {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return redirect(parsed.data.redirectTo, {
    headers: { "Set-Cookie": await localeCookie().serialize(parsed.data.locale) },
  });
}
