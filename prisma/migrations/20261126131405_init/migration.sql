-- CreateTable
CREATE TABLE "Fair" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "slug" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Fair_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FairSession" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "fairId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "themeZh" TEXT NOT NULL,
    "themeEn" TEXT NOT NULL,
    "venueZh" TEXT NOT NULL,
    "venueEn" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "capacity" INTEGER,

    CONSTRAINT "FairSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Fair_slug_key" ON "Fair"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "FairSession_slug_key" ON "FairSession"("slug");

-- CreateIndex
CREATE INDEX "FairSession_fairId_idx" ON "FairSession"("fairId");

-- CreateIndex
CREATE INDEX "FairSession_startsAt_idx" ON "FairSession"("startsAt");

-- AddForeignKey
ALTER TABLE "FairSession" ADD CONSTRAINT "FairSession_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "Fair"("id") ON DELETE CASCADE ON UPDATE CASCADE;
