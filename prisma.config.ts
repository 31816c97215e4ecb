import path from "node:path";
import { defineConfig } from "prisma/config";
import { selectSchemaEngine } from "./prisma/engine/select";

// Use Prisma's native schema engine where it is installed; otherwise (no network to fetch it)
// point the CLI at the project's WebAssembly fallback. See docs/decisions/003-prisma-offline-engine.md.
selectSchemaEngine();

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "node --import tsx prisma/seed.ts",
  },
  datasource: {
    // Unset only when a command needs no database (generate, validate, format). The npm scripts
    // db:* start the embedded PostgreSQL and set it; see scripts/db.ts.
    url: process.env.DATABASE_URL,
  },
});
