/** /company/jobs/import/:importId/progress: the import's progress as JSON, polled by its page. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { prisma } from "~/db.server";
import type { JobImportStatus } from "~/generated/prisma/enums";
import { getJobImportProgress } from "~/models/job-import.server";
import { requireCompanyMember } from "~/utils/auth.server";

export interface ImportProgressJson {
  status: JobImportStatus;
  total: number;
  done: number;
  error: string | null;
  percent: number;
}

export const importIdSchema = z.object({ importId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireCompanyMember(request);
  const parsed = importIdSchema.safeParse(params);
  const progress = parsed.success
    ? await getJobImportProgress(prisma, user.membership.companyId, parsed.data.importId)
    : null;
  if (!progress) throw new Response(null, { status: 404 });
  const percent = progress.total === 0 ? 100 : Math.floor((progress.done / progress.total) * 100);
  // A resource route (also fetched directly): a Response, not Remix's data.
  return Response.json({ ...progress, percent } satisfies ImportProgressJson);
}
