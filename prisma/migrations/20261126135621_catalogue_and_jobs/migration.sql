-- CreateEnum
CREATE TYPE "RoleDomain" AS ENUM ('CROSS_BORDER', 'GENERAL', 'BUSINESS');

-- CreateEnum
CREATE TYPE "RoleLevel" AS ENUM ('JUNIOR', 'INTERMEDIATE', 'SENIOR');

-- CreateEnum
CREATE TYPE "Education" AS ENUM ('NONE', 'SECONDARY', 'ASSOCIATE', 'BACHELOR', 'MASTER', 'DOCTORATE');

-- CreateEnum
CREATE TYPE "CompanySize" AS ENUM ('MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'XLARGE');

-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('PENDING', 'VERIFIED', 'REJECTED', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CLOSED');

-- CreateEnum
CREATE TYPE "EmploymentType" AS ENUM ('FULL_TIME', 'PART_TIME', 'INTERNSHIP', 'CONTRACT');

-- CreateEnum
CREATE TYPE "SalaryPeriod" AS ENUM ('HOUR', 'DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "WorkMode" AS ENUM ('ON_SITE', 'HYBRID', 'REMOTE');

-- CreateTable
CREATE TABLE "CatalogueImport" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,

    CONSTRAINT "CatalogueImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TalentFamily" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "key" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionZh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "TalentFamily_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TalentRole" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "key" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "domain" "RoleDomain" NOT NULL,
    "level" "RoleLevel" NOT NULL,

    CONSTRAINT "TalentRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AbilityUnit" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "key" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "AbilityUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Skill" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "key" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Skill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Language" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "key" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Language_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LanguageLevel" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "key" TEXT NOT NULL,
    "languageId" TEXT NOT NULL,
    "scale" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "cefr" INTEGER NOT NULL,

    CONSTRAINT "LanguageLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Marketplace" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "key" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "website" TEXT,

    CONSTRAINT "Marketplace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingBase" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "key" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "city" TEXT NOT NULL,

    CONSTRAINT "TrainingBase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Course" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "key" TEXT NOT NULL,
    "trainingBaseId" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "hours" INTEGER NOT NULL,

    CONSTRAINT "Course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseAbilityUnit" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "courseId" TEXT NOT NULL,
    "abilityUnitId" TEXT NOT NULL,

    CONSTRAINT "CourseAbilityUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "College" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "key" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "addressZh" TEXT NOT NULL,
    "addressEn" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "College_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Major" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "collegeId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "degree" "Education" NOT NULL,

    CONSTRAINT "Major_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Company" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "slug" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "industry" TEXT NOT NULL,
    "size" "CompanySize" NOT NULL,
    "city" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "website" TEXT,
    "descriptionZh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "verificationStatus" "VerificationStatus" NOT NULL DEFAULT 'PENDING',
    "verifiedAt" TIMESTAMP(3),

    CONSTRAINT "Company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "companyId" TEXT NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'DRAFT',
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionZh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,
    "level" "RoleLevel" NOT NULL,
    "employmentType" "EmploymentType" NOT NULL,
    "education" "Education" NOT NULL,
    "experienceYears" INTEGER NOT NULL DEFAULT 0,
    "salaryMin" INTEGER NOT NULL,
    "salaryMax" INTEGER NOT NULL,
    "salaryCurrency" TEXT NOT NULL DEFAULT 'CNY',
    "salaryPeriod" "SalaryPeriod" NOT NULL,
    "headcount" INTEGER NOT NULL DEFAULT 1,
    "city" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "addressZh" TEXT NOT NULL,
    "addressEn" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "workMode" "WorkMode" NOT NULL DEFAULT 'ON_SITE',
    "datePosted" TIMESTAMP(3),
    "validThrough" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobSkill" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "jobId" TEXT NOT NULL,
    "skillId" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL,
    "level" INTEGER NOT NULL,

    CONSTRAINT "JobSkill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobAbilityUnit" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "jobId" TEXT NOT NULL,
    "abilityUnitId" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL,

    CONSTRAINT "JobAbilityUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobLanguage" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "jobId" TEXT NOT NULL,
    "languageId" TEXT NOT NULL,
    "minLevelId" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL,

    CONSTRAINT "JobLanguage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobMarketplace" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "jobId" TEXT NOT NULL,
    "marketplaceId" TEXT NOT NULL,

    CONSTRAINT "JobMarketplace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionJob" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "sessionId" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,

    CONSTRAINT "SessionJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TalentFamily_key_key" ON "TalentFamily"("key");

-- CreateIndex
CREATE UNIQUE INDEX "TalentRole_key_key" ON "TalentRole"("key");

-- CreateIndex
CREATE INDEX "TalentRole_familyId_idx" ON "TalentRole"("familyId");

-- CreateIndex
CREATE UNIQUE INDEX "AbilityUnit_key_key" ON "AbilityUnit"("key");

-- CreateIndex
CREATE INDEX "AbilityUnit_roleId_idx" ON "AbilityUnit"("roleId");

-- CreateIndex
CREATE UNIQUE INDEX "Skill_key_key" ON "Skill"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Language_key_key" ON "Language"("key");

-- CreateIndex
CREATE UNIQUE INDEX "LanguageLevel_key_key" ON "LanguageLevel"("key");

-- CreateIndex
CREATE INDEX "LanguageLevel_languageId_idx" ON "LanguageLevel"("languageId");

-- CreateIndex
CREATE UNIQUE INDEX "Marketplace_key_key" ON "Marketplace"("key");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingBase_key_key" ON "TrainingBase"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Course_key_key" ON "Course"("key");

-- CreateIndex
CREATE INDEX "Course_trainingBaseId_idx" ON "Course"("trainingBaseId");

-- CreateIndex
CREATE INDEX "CourseAbilityUnit_abilityUnitId_idx" ON "CourseAbilityUnit"("abilityUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "CourseAbilityUnit_courseId_abilityUnitId_key" ON "CourseAbilityUnit"("courseId", "abilityUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "College_key_key" ON "College"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Major_collegeId_key_key" ON "Major"("collegeId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Company_slug_key" ON "Company"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Company_creditCode_key" ON "Company"("creditCode");

-- CreateIndex
CREATE INDEX "Job_companyId_idx" ON "Job"("companyId");

-- CreateIndex
CREATE INDEX "Job_familyId_idx" ON "Job"("familyId");

-- CreateIndex
CREATE INDEX "Job_roleId_idx" ON "Job"("roleId");

-- CreateIndex
CREATE INDEX "Job_status_validThrough_idx" ON "Job"("status", "validThrough");

-- CreateIndex
CREATE INDEX "JobSkill_skillId_idx" ON "JobSkill"("skillId");

-- CreateIndex
CREATE UNIQUE INDEX "JobSkill_jobId_skillId_key" ON "JobSkill"("jobId", "skillId");

-- CreateIndex
CREATE INDEX "JobAbilityUnit_abilityUnitId_idx" ON "JobAbilityUnit"("abilityUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "JobAbilityUnit_jobId_abilityUnitId_key" ON "JobAbilityUnit"("jobId", "abilityUnitId");

-- CreateIndex
CREATE INDEX "JobLanguage_languageId_idx" ON "JobLanguage"("languageId");

-- CreateIndex
CREATE INDEX "JobLanguage_minLevelId_idx" ON "JobLanguage"("minLevelId");

-- CreateIndex
CREATE UNIQUE INDEX "JobLanguage_jobId_languageId_key" ON "JobLanguage"("jobId", "languageId");

-- CreateIndex
CREATE INDEX "JobMarketplace_marketplaceId_idx" ON "JobMarketplace"("marketplaceId");

-- CreateIndex
CREATE UNIQUE INDEX "JobMarketplace_jobId_marketplaceId_key" ON "JobMarketplace"("jobId", "marketplaceId");

-- CreateIndex
CREATE INDEX "SessionJob_jobId_idx" ON "SessionJob"("jobId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionJob_sessionId_jobId_key" ON "SessionJob"("sessionId", "jobId");

-- AddForeignKey
ALTER TABLE "TalentRole" ADD CONSTRAINT "TalentRole_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "TalentFamily"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AbilityUnit" ADD CONSTRAINT "AbilityUnit_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "TalentRole"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LanguageLevel" ADD CONSTRAINT "LanguageLevel_languageId_fkey" FOREIGN KEY ("languageId") REFERENCES "Language"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_trainingBaseId_fkey" FOREIGN KEY ("trainingBaseId") REFERENCES "TrainingBase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseAbilityUnit" ADD CONSTRAINT "CourseAbilityUnit_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseAbilityUnit" ADD CONSTRAINT "CourseAbilityUnit_abilityUnitId_fkey" FOREIGN KEY ("abilityUnitId") REFERENCES "AbilityUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Major" ADD CONSTRAINT "Major_collegeId_fkey" FOREIGN KEY ("collegeId") REFERENCES "College"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "TalentFamily"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "TalentRole"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobSkill" ADD CONSTRAINT "JobSkill_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobSkill" ADD CONSTRAINT "JobSkill_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobAbilityUnit" ADD CONSTRAINT "JobAbilityUnit_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobAbilityUnit" ADD CONSTRAINT "JobAbilityUnit_abilityUnitId_fkey" FOREIGN KEY ("abilityUnitId") REFERENCES "AbilityUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobLanguage" ADD CONSTRAINT "JobLanguage_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobLanguage" ADD CONSTRAINT "JobLanguage_languageId_fkey" FOREIGN KEY ("languageId") REFERENCES "Language"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobLanguage" ADD CONSTRAINT "JobLanguage_minLevelId_fkey" FOREIGN KEY ("minLevelId") REFERENCES "LanguageLevel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobMarketplace" ADD CONSTRAINT "JobMarketplace_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobMarketplace" ADD CONSTRAINT "JobMarketplace_marketplaceId_fkey" FOREIGN KEY ("marketplaceId") REFERENCES "Marketplace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionJob" ADD CONSTRAINT "SessionJob_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FairSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionJob" ADD CONSTRAINT "SessionJob_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;
