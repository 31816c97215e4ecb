-- CreateEnum
CREATE TYPE "SavedSearchKind" AS ENUM ('JOBS', 'CANDIDATES');

-- CreateEnum
CREATE TYPE "AlertFrequency" AS ENUM ('NONE', 'INSTANT', 'DAILY');

-- AlterTable
ALTER TABLE "StudentProfile" ADD COLUMN     "personalised" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "SavedSearch" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "kind" "SavedSearchKind" NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "companyId" TEXT,
    "alert" "AlertFrequency" NOT NULL DEFAULT 'NONE',
    "alertCheckedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedSearch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SavedSearch_userId_kind_idx" ON "SavedSearch"("userId", "kind");

-- CreateIndex
CREATE INDEX "SavedSearch_companyId_kind_idx" ON "SavedSearch"("companyId", "kind");

-- CreateIndex
CREATE INDEX "SavedSearch_alert_alertCheckedAt_idx" ON "SavedSearch"("alert", "alertCheckedAt");

-- AddForeignKey
ALTER TABLE "SavedSearch" ADD CONSTRAINT "SavedSearch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedSearch" ADD CONSTRAINT "SavedSearch_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;


