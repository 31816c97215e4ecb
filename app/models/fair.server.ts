import { prisma } from "~/db.server";

/** The next sessions to start (or still running), soonest first. */
export function listUpcomingSessions({ now = new Date(), take = 6 }: { now?: Date; take?: number } = {}) {
  return prisma.fairSession.findMany({
    where: { endsAt: { gte: now } },
    orderBy: { startsAt: "asc" },
    take,
    select: {
      id: true,
      themeZh: true,
      themeEn: true,
      venueZh: true,
      venueEn: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      fair: { select: { nameZh: true, nameEn: true } },
    },
  });
}
