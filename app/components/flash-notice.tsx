import { useTranslation } from "react-i18next";

/** The one-time notice after a redirect (its text is an i18n key set by the server). */
export function FlashNotice({ flash }: { flash: { key: string; params?: Record<string, string | number> } }) {
  const { t } = useTranslation();
  const translate = t as unknown as (key: string, params?: Record<string, unknown>) => string;
  return (
    <div role="status" className="border-b border-emerald-200 bg-emerald-50">
      <p className="mx-auto max-w-6xl px-4 py-3 text-emerald-950">{translate(flash.key, flash.params)}</p>
    </div>
  );
}
