import { index, prefix } from "@remix-run/route-config";

/** Students only (requireStudent in every loader and action). */
export const studentRoutes = prefix("student", [index("routes/student/index.tsx")]);
