/**
 * Zhejiang's 11 prefecture-level cities and their districts, counties and county-level cities.
 * Plain data shared by the server and the browser. Keys are stable (stored in College, Company
 * and Job rows); `code` is the GB/T 2260 administrative division code (also the 3rd-8th
 * characters of a unified social credit code); coordinates are the approximate centre of the
 * government seat, good enough for distance sorting and maps, not for navigation.
 *
 * Hangzhou lists all 13 of its county-level divisions (after the 2021 redistricting); the other
 * cities list their main districts and county-level cities.
 */

export const CITY_KEYS = [
  "hangzhou",
  "ningbo",
  "wenzhou",
  "jiaxing",
  "huzhou",
  "shaoxing",
  "jinhua",
  "quzhou",
  "zhoushan",
  "taizhou",
  "lishui",
] as const;

export type CityKey = (typeof CITY_KEYS)[number];

export type DistrictKind = "district" | "county" | "county-city";

export interface District {
  key: string;
  nameZh: string;
  nameEn: string;
  kind: DistrictKind;
  /** GB/T 2260 code, six digits. */
  code: string;
  latitude: number;
  longitude: number;
}

export interface City {
  key: CityKey;
  nameZh: string;
  nameEn: string;
  code: string;
  latitude: number;
  longitude: number;
  districts: readonly District[];
}

type Row = [key: string, nameZh: string, nameEn: string, kind: DistrictKind, code: string, lat: number, lng: number];

function city(key: CityKey, nameZh: string, nameEn: string, code: string, lat: number, lng: number, rows: Row[]): City {
  const districts = rows.map(([k, zh, en, kind, c, latitude, longitude]) => ({
    key: k,
    nameZh: zh,
    nameEn: en,
    kind,
    code: c,
    latitude,
    longitude,
  }));
  return { key, nameZh, nameEn, code, latitude: lat, longitude: lng, districts };
}

export const ZHEJIANG_CITIES: readonly City[] = [
  city("hangzhou", "杭州市", "Hangzhou", "330100", 30.2741, 120.1551, [
    ["shangcheng", "上城区", "Shangcheng District", "district", "330102", 30.2425, 120.1692],
    ["gongshu", "拱墅区", "Gongshu District", "district", "330105", 30.3193, 120.1418],
    ["xihu", "西湖区", "Xihu District", "district", "330106", 30.2728, 120.1287],
    ["binjiang", "滨江区", "Binjiang District", "district", "330108", 30.2084, 120.2119],
    ["xiaoshan", "萧山区", "Xiaoshan District", "district", "330109", 30.185, 120.2645],
    ["yuhang", "余杭区", "Yuhang District", "district", "330110", 30.2773, 120.002],
    ["fuyang", "富阳区", "Fuyang District", "district", "330111", 30.0488, 119.9603],
    ["linan", "临安区", "Lin'an District", "district", "330112", 30.2339, 119.7247],
    ["linping", "临平区", "Linping District", "district", "330113", 30.419, 120.2996],
    ["qiantang", "钱塘区", "Qiantang District", "district", "330114", 30.308, 120.356],
    ["tonglu", "桐庐县", "Tonglu County", "county", "330122", 29.7971, 119.6913],
    ["chunan", "淳安县", "Chun'an County", "county", "330127", 29.609, 119.0421],
    ["jiande", "建德市", "Jiande City", "county-city", "330182", 29.4746, 119.2816],
  ]),
  city("ningbo", "宁波市", "Ningbo", "330200", 29.8683, 121.544, [
    ["haishu", "海曙区", "Haishu District", "district", "330203", 29.874, 121.551],
    ["jiangbei", "江北区", "Jiangbei District", "district", "330205", 29.887, 121.555],
    ["beilun", "北仑区", "Beilun District", "district", "330206", 29.899, 121.8445],
    ["zhenhai", "镇海区", "Zhenhai District", "district", "330211", 29.949, 121.716],
    ["yinzhou", "鄞州区", "Yinzhou District", "district", "330212", 29.817, 121.547],
    ["fenghua", "奉化区", "Fenghua District", "district", "330213", 29.6559, 121.406],
    ["yuyao", "余姚市", "Yuyao City", "county-city", "330281", 30.0379, 121.1548],
    ["cixi", "慈溪市", "Cixi City", "county-city", "330282", 30.1693, 121.2663],
  ]),
  city("wenzhou", "温州市", "Wenzhou", "330300", 27.994, 120.6994, [
    ["lucheng", "鹿城区", "Lucheng District", "district", "330302", 28.015, 120.655],
    ["longwan", "龙湾区", "Longwan District", "district", "330303", 27.932, 120.811],
    ["ouhai", "瓯海区", "Ouhai District", "district", "330304", 27.9669, 120.637],
    ["ruian", "瑞安市", "Rui'an City", "county-city", "330381", 27.778, 120.6553],
    ["yueqing", "乐清市", "Yueqing City", "county-city", "330382", 28.1128, 120.983],
  ]),
  city("jiaxing", "嘉兴市", "Jiaxing", "330400", 30.746, 120.755, [
    ["nanhu", "南湖区", "Nanhu District", "district", "330402", 30.747, 120.783],
    ["xiuzhou", "秀洲区", "Xiuzhou District", "district", "330411", 30.764, 120.709],
    ["haining", "海宁市", "Haining City", "county-city", "330481", 30.5097, 120.6804],
    ["pinghu", "平湖市", "Pinghu City", "county-city", "330482", 30.676, 121.015],
    ["tongxiang", "桐乡市", "Tongxiang City", "county-city", "330483", 30.63, 120.565],
  ]),
  city("huzhou", "湖州市", "Huzhou", "330500", 30.894, 120.088, [
    ["wuxing", "吴兴区", "Wuxing District", "district", "330502", 30.858, 120.1],
    ["nanxun", "南浔区", "Nanxun District", "district", "330503", 30.877, 120.418],
    ["deqing", "德清县", "Deqing County", "county", "330521", 30.543, 119.977],
    ["changxing", "长兴县", "Changxing County", "county", "330522", 31.006, 119.91],
    ["anji", "安吉县", "Anji County", "county", "330523", 30.638, 119.681],
  ]),
  city("shaoxing", "绍兴市", "Shaoxing", "330600", 30.03, 120.58, [
    ["yuecheng", "越城区", "Yuecheng District", "district", "330602", 30.0, 120.582],
    ["keqiao", "柯桥区", "Keqiao District", "district", "330603", 30.083, 120.495],
    ["shangyu", "上虞区", "Shangyu District", "district", "330604", 30.033, 120.869],
    ["zhuji", "诸暨市", "Zhuji City", "county-city", "330681", 29.709, 120.246],
    ["shengzhou", "嵊州市", "Shengzhou City", "county-city", "330683", 29.589, 120.821],
  ]),
  city("jinhua", "金华市", "Jinhua", "330700", 29.079, 119.647, [
    ["wucheng", "婺城区", "Wucheng District", "district", "330702", 29.087, 119.571],
    ["jindong", "金东区", "Jindong District", "district", "330703", 29.099, 119.693],
    ["lanxi", "兰溪市", "Lanxi City", "county-city", "330781", 29.208, 119.46],
    ["yiwu", "义乌市", "Yiwu City", "county-city", "330782", 29.306, 120.075],
    ["dongyang", "东阳市", "Dongyang City", "county-city", "330783", 29.2895, 120.242],
    ["yongkang", "永康市", "Yongkang City", "county-city", "330784", 28.888, 120.047],
    ["pujiang", "浦江县", "Pujiang County", "county", "330726", 29.452, 119.892],
  ]),
  city("quzhou", "衢州市", "Quzhou", "330800", 28.97, 118.859, [
    ["kecheng", "柯城区", "Kecheng District", "district", "330802", 28.968, 118.871],
    ["qujiang", "衢江区", "Qujiang District", "district", "330803", 28.98, 118.959],
    ["jiangshan", "江山市", "Jiangshan City", "county-city", "330881", 28.737, 118.627],
    ["longyou", "龙游县", "Longyou County", "county", "330825", 29.028, 119.172],
  ]),
  city("zhoushan", "舟山市", "Zhoushan", "330900", 30.016, 122.207, [
    ["dinghai", "定海区", "Dinghai District", "district", "330902", 30.02, 122.107],
    ["putuo", "普陀区", "Putuo District", "district", "330903", 29.949, 122.302],
    ["daishan", "岱山县", "Daishan County", "county", "330921", 30.244, 122.205],
  ]),
  city("taizhou", "台州市", "Taizhou", "331000", 28.656, 121.421, [
    ["jiaojiang", "椒江区", "Jiaojiang District", "district", "331002", 28.673, 121.442],
    ["huangyan", "黄岩区", "Huangyan District", "district", "331003", 28.649, 121.262],
    ["luqiao", "路桥区", "Luqiao District", "district", "331004", 28.581, 121.365],
    ["wenling", "温岭市", "Wenling City", "county-city", "331081", 28.372, 121.386],
    ["linhai", "临海市", "Linhai City", "county-city", "331082", 28.858, 121.145],
    ["yuhuan", "玉环市", "Yuhuan City", "county-city", "331083", 28.136, 121.232],
  ]),
  city("lishui", "丽水市", "Lishui", "331100", 28.467, 119.923, [
    ["liandu", "莲都区", "Liandu District", "district", "331102", 28.446, 119.913],
    ["qingtian", "青田县", "Qingtian County", "county", "331121", 28.14, 120.29],
    ["jinyun", "缙云县", "Jinyun County", "county", "331122", 28.659, 120.091],
    ["longquan", "龙泉市", "Longquan City", "county-city", "331181", 28.074, 119.141],
  ]),
];

const cityByKey = new Map<string, City>(ZHEJIANG_CITIES.map((c) => [c.key, c]));

export function isCityKey(key: string): key is CityKey {
  return cityByKey.has(key);
}

export function findCity(key: string): City | undefined {
  return cityByKey.get(key);
}

export function findDistrict(cityKey: string, districtKey: string): District | undefined {
  return cityByKey.get(cityKey)?.districts.find((d) => d.key === districtKey);
}

/** "杭州市滨江区" / "Binjiang District, Hangzhou"; the city alone when the district is unknown. */
export function placeName(cityKey: string, districtKey: string | null | undefined, locale: "zh" | "en"): string {
  const c = findCity(cityKey);
  if (!c) return cityKey;
  const d = districtKey ? findDistrict(cityKey, districtKey) : undefined;
  if (locale === "zh") return `${c.nameZh}${d?.nameZh ?? ""}`;
  return d ? `${d.nameEn}, ${c.nameEn}` : c.nameEn;
}
