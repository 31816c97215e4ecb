import { checkDatabaseHealth, prisma } from "~/db.server";
import {
  STALLED_AFTER_SECONDS,
  queueBacklog,
  searchSyncLag,
  type QueueBacklog,
  type SearchSyncLag,
} from "~/queue/backlog.server";
import { checkSearchHealth } from "~/search.server";
import { version } from "../../../package.json";

type Health = "ok" | "down";

/**
 * For load balancers and monitoring. 503 only when the database is unreachable: without search
 * the portal still serves (degraded), without its database it cannot. `searchSync` tells how far
 * the indexes are behind the database (ADR 013).
 */
export async function loader() {
  const [db, search] = await Promise.all([checkDatabaseHealth(), checkSearchHealth()]);
  let queue: Health | "stalled" = "down";
  let backlog: QueueBacklog | null = null;
  let searchSync: SearchSyncLag | null = null;
  if (db === "ok") {
    try {
      [backlog, searchSync] = await Promise.all([queueBacklog(prisma), searchSyncLag(prisma)]);
      const waiting = backlog.oldestPendingSeconds ?? 0;
      queue = waiting > STALLED_AFTER_SECONDS ? "stalled" : "ok";
    } catch {
      queue = "down";
    }
  }
  const status = db === "down" ? "down" : search === "ok" && queue === "ok" ? "ok" : "degraded";
  return Response.json(
    { status, version, db, search, queue, backlog, searchSync },
    { status: db === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
