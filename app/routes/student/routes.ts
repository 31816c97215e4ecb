import { index, prefix, route } from "@remix-run/route-config";

/** Students only (requireStudent in every loader and action). */
export const studentRoutes = prefix("student", [
  index("routes/student/index.tsx"),
  // The profile builder: an overview, one page per step (/student/profile/personal, …), the preview.
  route("profile", "routes/student/profile/index.tsx"),
  route("profile/preview", "routes/student/profile/preview.tsx"),
  route("profile/:step", "routes/student/profile/step.tsx"),
  // Recommendations with match explanations (or plain search when personalisation is off).
  route("jobs-for-you", "routes/student/jobs-for-you.tsx"),
  // The student's own résumé file.
  route("resume", "routes/student/resume.ts"),
  // Consents, download my data, delete my account.
  route("privacy", "routes/student/privacy/index.tsx"),
  route("privacy/export", "routes/student/privacy/export.ts"),
  // Saved job searches and their alerts; deleting asks first.
  route("saved-searches", "routes/student/saved-searches.tsx"),
  route("saved-searches/:searchId/delete", "routes/student/saved-search-delete.tsx"),
]);
