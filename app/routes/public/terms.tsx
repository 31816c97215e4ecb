import type { MetaFunction } from "@remix-run/node";
import { LegalPage } from "~/components/legal-page";
import { metaTranslator, pageMeta } from "~/utils/meta";

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("legal.terms.metaTitle"));

export default function Terms() {
  return <LegalPage document="terms" />;
}
