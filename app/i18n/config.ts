import i18next, { type i18n as I18n, type TFunction } from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./locales/en";
import zhCN from "./locales/zh-CN";

export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Used when neither the cookie nor Accept-Language names a language we have. */
export const FALLBACK_LOCALE: Locale = "en";

export const resources = {
  "zh-CN": { translation: zhCN },
  en: { translation: en },
} as const;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A ready i18next instance for one locale; both locales' texts are bundled, so init is synchronous. */
export function createI18n(locale: Locale): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    resources,
    initAsync: false,
    // React escapes output itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

const shared = new Map<Locale, I18n>();

/**
 * The `t` function of a locale, for code outside React components (route `meta` functions,
 * loaders that build strings). Instances are shared; they never change language.
 */
export function translator(locale: Locale): TFunction {
  let instance = shared.get(locale);
  if (!instance) shared.set(locale, (instance = createI18n(locale)));
  return instance.t;
}

declare module "i18next" {
  interface CustomTypeOptions {
    resources: { translation: typeof zhCN };
  }
}
