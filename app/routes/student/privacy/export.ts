import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportStudentData } from "~/models/student-data.server";
import { requireStudent } from "~/utils/auth.server";

/** "Download my data": everything stored about the student as one JSON file (a read; nothing changes). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStudent(request);
  const now = new Date();
  const body = JSON.stringify(await exportStudentData(user.id, now), null, 2);
  const date = now.toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="e-landing-data-${date}.json"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
