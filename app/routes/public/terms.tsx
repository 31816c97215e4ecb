import type { MetaFunction } from "@remix-run/node";
import { LegalPage } from "~/components/legal-page";
import { metaTranslator, pageMeta } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(metaTranslator(matches)("legal.terms.metaTitle"));

export default function Terms() {
  return <LegalPage document="terms" />;
}
