import { useTranslation } from "react-i18next";
import { useFormat } from "~/i18n/format";

/** The date the current texts were written; change it with every change to their content. */
const LAST_UPDATED = "2026-11-26";

/** A legal text from the translations: title, introduction, then its sections in order. */
export function LegalPage({ document }: { document: "privacy" | "terms" }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sections: Record<string, { title: string; body: string }> = t(`legal.${document}.sections`, {
    returnObjects: true,
  });
  return (
    <article className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold">{t(`legal.${document}.title`)}</h1>
      <p className="mt-2 text-sm text-slate-700">
        {t("legal.updated", { date: format.date(LAST_UPDATED, { dateStyle: "long" }) })}
      </p>
      <p className="mt-6 text-slate-800">{t(`legal.${document}.intro`)}</p>
      {Object.entries(sections).map(([key, section]) => (
        <section key={key} className="mt-8">
          <h2 className="text-xl font-semibold">{section.title}</h2>
          <p className="mt-2 text-slate-800">{section.body}</p>
        </section>
      ))}
    </article>
  );
}
