import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { FALLBACK_LOCALE, createI18n, isLocale } from "./i18n/config";

// The server picked the language and wrote it into <html lang>; hydrate in the same one.
const lang = document.documentElement.lang;
const i18n = createI18n(isLocale(lang) ? lang : FALLBACK_LOCALE);

startTransition(() => {
  hydrateRoot(
    document,
    <I18nextProvider i18n={i18n}>
      <StrictMode>
        <RemixBrowser />
      </StrictMode>
    </I18nextProvider>,
  );
});
