import { findCity, findDistrict } from "~/data/zhejiang";
import { useFormat } from "~/i18n/format";

/** Names of Zhejiang places by key, in the active language (the key itself if unknown). */
export function usePlaceNames() {
  const { locale } = useFormat();
  const name = (place: { nameZh: string; nameEn: string } | undefined, fallback: string) =>
    place ? (locale === "zh-CN" ? place.nameZh : place.nameEn) : fallback;
  return {
    city: (city: string) => name(findCity(city), city),
    /** "杭州 · 滨江区" / "Binjiang, Hangzhou". */
    district: (city: string, district: string) => {
      const cityName = name(findCity(city), city);
      const districtName = name(findDistrict(city, district), district);
      return locale === "zh-CN" ? `${cityName} · ${districtName}` : `${districtName}, ${cityName}`;
    },
  };
}
