import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { endSession } from "~/models/session.server";
import { setFlash } from "~/utils/flash.server";

/** Logging out changes state: POST only. */
export function loader() {
  throw new Response(null, { status: 405, headers: { Allow: "POST" } });
}

export async function action({ request }: ActionFunctionArgs) {
  const headers = new Headers();
  headers.append("Set-Cookie", await endSession(request));
  headers.append("Set-Cookie", await setFlash({ key: "account.loggedOut" }));
  return redirect("/", { headers });
}
