import type { LoaderFunctionArgs } from "@remix-run/node";
import { serveResume } from "~/models/profile.server";
import { requireStudent } from "~/utils/auth.server";

/** The student's own résumé (a download). Companies get theirs through serveResume, audited. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireStudent(request);
  const response = await serveResume(user.student.id, { userId: user.id, ip: context.clientIp });
  if (!response) throw new Response(null, { status: 404, statusText: "Not Found" });
  return response;
}
