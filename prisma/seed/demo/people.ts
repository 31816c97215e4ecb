/**
 * Who the demo's students are: Chinese names (surnames weighted roughly as in Zhejiang, given
 * names as students born around 2004 are called), with their pinyin; the countries international
 * students come from, with names in their own script order, the Chinese names used for them and
 * the languages they speak. Invented combinations: a match with a real person is chance.
 */

/** [Han, pinyin, weight]. */
export const SURNAMES: readonly (readonly [zh: string, pinyin: string, weight: number])[] = [
  ["陈", "Chen", 9],
  ["王", "Wang", 8],
  ["张", "Zhang", 7],
  ["李", "Li", 7],
  ["刘", "Liu", 4.5],
  ["徐", "Xu", 5],
  ["周", "Zhou", 5],
  ["吴", "Wu", 5],
  ["杨", "Yang", 4],
  ["胡", "Hu", 3.5],
  ["朱", "Zhu", 3.5],
  ["黄", "Huang", 3.5],
  ["金", "Jin", 3],
  ["林", "Lin", 3],
  ["沈", "Shen", 2.5],
  ["郑", "Zheng", 2.5],
  ["赵", "Zhao", 2.5],
  ["方", "Fang", 2],
  ["叶", "Ye", 2],
  ["何", "He", 2],
  ["孙", "Sun", 2],
  ["许", "Xu", 2],
  ["钱", "Qian", 1.5],
  ["马", "Ma", 1.5],
  ["高", "Gao", 1.5],
  ["蒋", "Jiang", 1.5],
  ["郭", "Guo", 1.2],
  ["罗", "Luo", 1.2],
  ["谢", "Xie", 1.2],
  ["潘", "Pan", 1.2],
  ["余", "Yu", 1.2],
  ["梁", "Liang", 1],
  ["宋", "Song", 1],
  ["唐", "Tang", 1],
  ["冯", "Feng", 1],
  ["曹", "Cao", 1],
  ["蔡", "Cai", 1],
  ["陆", "Lu", 1],
  ["汪", "Wang", 1],
  ["韩", "Han", 0.8],
  ["邓", "Deng", 0.8],
  ["彭", "Peng", 0.8],
  ["袁", "Yuan", 0.8],
  ["程", "Cheng", 0.8],
  ["丁", "Ding", 0.8],
  ["姚", "Yao", 0.8],
  ["俞", "Yu", 0.8],
  ["章", "Zhang", 0.7],
  ["曾", "Zeng", 0.6],
  ["杜", "Du", 0.6],
  ["魏", "Wei", 0.6],
  ["苏", "Su", 0.6],
  ["吕", "Lyu", 0.6],
  ["任", "Ren", 0.6],
  ["卢", "Lu", 0.6],
  ["姜", "Jiang", 0.6],
  ["钟", "Zhong", 0.6],
  ["范", "Fan", 0.6],
  ["夏", "Xia", 0.6],
  ["邵", "Shao", 0.6],
  ["傅", "Fu", 0.6],
  ["楼", "Lou", 0.5],
  ["应", "Ying", 0.5],
  ["施", "Shi", 0.5],
  ["毛", "Mao", 0.5],
  ["戴", "Dai", 0.5],
  ["顾", "Gu", 0.5],
  ["石", "Shi", 0.5],
  ["崔", "Cui", 0.4],
  ["廖", "Liao", 0.4],
  ["严", "Yan", 0.4],
  ["孔", "Kong", 0.3],
  ["虞", "Yu", 0.3],
  ["欧阳", "Ouyang", 0.15],
  ["诸葛", "Zhuge", 0.05],
];

/** [Han, pinyin]: two-character given names first, then single ones (about one name in eight). */
export const GIVEN_NAMES: Readonly<Record<"female" | "male", readonly (readonly [zh: string, pinyin: string])[]>> = {
  female: [
    ["雨婷", "yuting"],
    ["佳怡", "jiayi"],
    ["欣怡", "xinyi"],
    ["思涵", "sihan"],
    ["梦琪", "mengqi"],
    ["诗涵", "shihan"],
    ["子涵", "zihan"],
    ["雨涵", "yuhan"],
    ["可馨", "kexin"],
    ["佳琪", "jiaqi"],
    ["雅婷", "yating"],
    ["晓雯", "xiaowen"],
    ["静怡", "jingyi"],
    ["婉清", "wanqing"],
    ["雨欣", "yuxin"],
    ["欣妍", "xinyan"],
    ["语嫣", "yuyan"],
    ["梓涵", "zihan"],
    ["一诺", "yinuo"],
    ["诗琪", "shiqi"],
    ["晓彤", "xiaotong"],
    ["舒雅", "shuya"],
    ["心怡", "xinyi"],
    ["雪莹", "xueying"],
    ["佳慧", "jiahui"],
    ["慧敏", "huimin"],
    ["丽娜", "lina"],
    ["思雨", "siyu"],
    ["若曦", "ruoxi"],
    ["嘉欣", "jiaxin"],
    ["文静", "wenjing"],
    ["淑怡", "shuyi"],
    ["倩倩", "qianqian"],
    ["晶晶", "jingjing"],
    ["梦瑶", "mengyao"],
    ["昕悦", "xinyue"],
    ["芷若", "zhiruo"],
    ["羽彤", "yutong"],
    ["依琳", "yilin"],
    ["紫萱", "zixuan"],
    ["沁怡", "qinyi"],
    ["卓妍", "zhuoyan"],
    ["乐怡", "leyi"],
    ["雅琴", "yaqin"],
    ["佳琳", "jialin"],
    ["艺涵", "yihan"],
    ["书瑶", "shuyao"],
    ["诗雨", "shiyu"],
    ["瑾萱", "jinxuan"],
    ["晓琳", "xiaolin"],
    ["安琪", "anqi"],
    ["钰婷", "yuting"],
    ["婉婷", "wanting"],
    ["思琪", "siqi"],
    ["佳颖", "jiaying"],
    ["梦洁", "mengjie"],
    ["丹妮", "danni"],
    ["天爱", "tian'ai"],
    ["欣然", "xinran"],
    ["语桐", "yutong"],
    ["嘉怡", "jiayi"],
    ["静雯", "jingwen"],
    ["露露", "lulu"],
    ["晨曦", "chenxi"],
    ["一冉", "yiran"],
    ["心悦", "xinyue"],
    ["亦菲", "yifei"],
    ["宁馨", "ningxin"],
    ["静", "jing"],
    ["婷", "ting"],
    ["丽", "li"],
    ["敏", "min"],
    ["燕", "yan"],
    ["璐", "lu"],
    ["琳", "lin"],
    ["颖", "ying"],
    ["倩", "qian"],
    ["雪", "xue"],
  ],
  male: [
    ["浩宇", "haoyu"],
    ["俊杰", "junjie"],
    ["子轩", "zixuan"],
    ["宇航", "yuhang"],
    ["博文", "bowen"],
    ["浩然", "haoran"],
    ["子豪", "zihao"],
    ["宇轩", "yuxuan"],
    ["皓轩", "haoxuan"],
    ["一鸣", "yiming"],
    ["俊熙", "junxi"],
    ["天佑", "tianyou"],
    ["明哲", "mingzhe"],
    ["晨阳", "chenyang"],
    ["文杰", "wenjie"],
    ["思远", "siyuan"],
    ["志强", "zhiqiang"],
    ["嘉豪", "jiahao"],
    ["家乐", "jiale"],
    ["鹏飞", "pengfei"],
    ["泽宇", "zeyu"],
    ["睿哲", "ruizhe"],
    ["浩楠", "haonan"],
    ["凯文", "kaiwen"],
    ["梓豪", "zihao"],
    ["振宇", "zhenyu"],
    ["昊天", "haotian"],
    ["逸飞", "yifei"],
    ["弘毅", "hongyi"],
    ["立诚", "licheng"],
    ["承泽", "chengze"],
    ["宏伟", "hongwei"],
    ["子骞", "ziqian"],
    ["俊豪", "junhao"],
    ["锦程", "jincheng"],
    ["一帆", "yifan"],
    ["晨宇", "chenyu"],
    ["奕辰", "yichen"],
    ["铭轩", "mingxuan"],
    ["泽楷", "zekai"],
    ["航宇", "hangyu"],
    ["天宇", "tianyu"],
    ["子墨", "zimo"],
    ["文博", "wenbo"],
    ["永康", "yongkang"],
    ["昊然", "haoran"],
    ["家豪", "jiahao"],
    ["伟杰", "weijie"],
    ["海涛", "haitao"],
    ["俊宇", "junyu"],
    ["宇辰", "yuchen"],
    ["子健", "zijian"],
    ["旭东", "xudong"],
    ["梓航", "zihang"],
    ["乐天", "letian"],
    ["安然", "anran"],
    ["正阳", "zhengyang"],
    ["子安", "zi'an"],
    ["宇恒", "yuheng"],
    ["磊", "lei"],
    ["伟", "wei"],
    ["杰", "jie"],
    ["涛", "tao"],
    ["浩", "hao"],
    ["鹏", "peng"],
    ["斌", "bin"],
    ["超", "chao"],
    ["强", "qiang"],
    ["凯", "kai"],
    ["峰", "feng"],
    ["毅", "yi"],
  ],
};

export type Gender = "female" | "male";
/** A name in Latin script and in Chinese characters. */
export type Named = readonly [en: string, zh: string];

export interface Country {
  key: string;
  nameZh: string;
  nameEn: string;
  weight: number;
  /**
   * "given-family": Anna Ivanova / 安娜·伊万诺娃. "family-given": Vietnamese and Korean names,
   * whose Chinese form is the characters they are written with (阮氏兰, 金敏智).
   */
  order: "given-family" | "family-given";
  given: Readonly<Record<Gender, readonly Named[]>>;
  /** [male, female] forms where the family name changes with gender (Ivanov / Ivanova). */
  family: readonly (Named | readonly [Named, Named])[];
  /** Catalogue language levels the students speak besides Chinese, [level key, weight] per language. */
  languages: readonly (readonly (readonly [string, number])[])[];
}

const country = (c: Country) => c;

/** English as most international students here speak it: [level key, weight]. */
const ENGLISH_SECOND: readonly (readonly [string, number])[] = [
  ["en-general-working", 40],
  ["en-general-fluent", 20],
  ["en-ielts-6-5", 15],
  ["en-ielts-5-5", 10],
  ["en-general-basic", 15],
];

export const COUNTRIES: readonly Country[] = [
  country({
    key: "th",
    nameZh: "泰国",
    nameEn: "Thailand",
    weight: 10,
    order: "given-family",
    given: {
      female: [
        ["Siriporn", "西丽蓬"],
        ["Kanokwan", "卡诺宛"],
        ["Pimchanok", "品差诺"],
        ["Nattaya", "娜塔娅"],
      ],
      male: [
        ["Nattapong", "纳塔蓬"],
        ["Thanawat", "塔纳瓦"],
        ["Chaiwat", "猜瓦"],
      ],
    },
    family: [
      ["Srisuk", "西苏"],
      ["Wongsawat", "翁萨瓦"],
      ["Boonmee", "汶米"],
      ["Suwannarat", "素万纳拉"],
    ],
    languages: [[["th-general-native", 1]], ENGLISH_SECOND],
  }),
  country({
    key: "vn",
    nameZh: "越南",
    nameEn: "Vietnam",
    weight: 10,
    order: "family-given",
    given: {
      female: [
        ["Thị Lan", "氏兰"],
        ["Thu Hà", "秋河"],
        ["Ngọc Mai", "玉梅"],
        ["Minh Thư", "明书"],
      ],
      male: [
        ["Văn Minh", "文明"],
        ["Đức Anh", "德英"],
        ["Quang Huy", "光辉"],
      ],
    },
    family: [
      ["Nguyễn", "阮"],
      ["Trần", "陈"],
      ["Lê", "黎"],
      ["Phạm", "范"],
      ["Hoàng", "黄"],
    ],
    languages: [[["vi-general-native", 1]], ENGLISH_SECOND],
  }),
  country({
    key: "id",
    nameZh: "印度尼西亚",
    nameEn: "Indonesia",
    weight: 9,
    order: "given-family",
    given: {
      female: [
        ["Putri", "普特丽"],
        ["Dewi", "黛维"],
        ["Siti", "西蒂"],
      ],
      male: [
        ["Rizky", "里兹基"],
        ["Ahmad", "艾哈迈德"],
        ["Budi", "布迪"],
      ],
    },
    family: [
      ["Santoso", "桑托索"],
      ["Wijaya", "维贾亚"],
      ["Pratama", "普拉塔马"],
      ["Lestari", "莱斯塔丽"],
      ["Hidayat", "希达亚特"],
    ],
    languages: [[["id-general-native", 1]], [["ms-general-working", 1]], ENGLISH_SECOND],
  }),
  country({
    key: "my",
    nameZh: "马来西亚",
    nameEn: "Malaysia",
    weight: 5,
    order: "given-family",
    given: {
      female: [
        ["Aisyah", "艾莎"],
        ["Farah", "法拉"],
      ],
      male: [
        ["Hafiz", "哈菲兹"],
        ["Amirul", "阿米鲁"],
      ],
    },
    family: [
      ["Rahman", "拉赫曼"],
      ["Ismail", "伊斯梅尔"],
      ["Abdullah", "阿卜杜拉"],
    ],
    languages: [
      [["ms-general-native", 1]],
      [
        ["en-general-fluent", 60],
        ["en-ielts-6-5", 25],
        ["en-ielts-7-5", 15],
      ],
    ],
  }),
  country({
    key: "ru",
    nameZh: "俄罗斯",
    nameEn: "Russia",
    weight: 8,
    order: "given-family",
    given: {
      female: [
        ["Anna", "安娜"],
        ["Daria", "达莉亚"],
        ["Maria", "玛丽亚"],
        ["Polina", "波利娜"],
      ],
      male: [
        ["Ivan", "伊万"],
        ["Alexei", "阿列克谢"],
        ["Dmitry", "德米特里"],
      ],
    },
    family: [
      [
        ["Ivanov", "伊万诺夫"],
        ["Ivanova", "伊万诺娃"],
      ],
      [
        ["Petrov", "彼得罗夫"],
        ["Petrova", "彼得罗娃"],
      ],
      [
        ["Smirnov", "斯米尔诺夫"],
        ["Smirnova", "斯米尔诺娃"],
      ],
      [
        ["Sokolov", "索科洛夫"],
        ["Sokolova", "索科洛娃"],
      ],
    ],
    languages: [[["ru-general-native", 1]], ENGLISH_SECOND],
  }),
  country({
    key: "kz",
    nameZh: "哈萨克斯坦",
    nameEn: "Kazakhstan",
    weight: 6,
    order: "given-family",
    given: {
      female: [
        ["Aigerim", "艾格琳"],
        ["Dana", "达娜"],
      ],
      male: [
        ["Nursultan", "努尔苏丹"],
        ["Arman", "阿尔曼"],
      ],
    },
    family: [
      [
        ["Nurlanov", "努尔兰诺夫"],
        ["Nurlanova", "努尔兰诺娃"],
      ],
      [
        ["Bekov", "别科夫"],
        ["Bekova", "别科娃"],
      ],
    ],
    languages: [
      [
        ["ru-general-native", 60],
        ["ru-general-fluent", 40],
      ],
      ENGLISH_SECOND,
    ],
  }),
  country({
    key: "uz",
    nameZh: "乌兹别克斯坦",
    nameEn: "Uzbekistan",
    weight: 4,
    order: "given-family",
    given: {
      female: [
        ["Dilnoza", "迪尔诺扎"],
        ["Malika", "玛利卡"],
      ],
      male: [
        ["Jasur", "贾苏尔"],
        ["Sardor", "萨尔多尔"],
      ],
    },
    family: [
      [
        ["Karimov", "卡里莫夫"],
        ["Karimova", "卡里莫娃"],
      ],
      [
        ["Rashidov", "拉希多夫"],
        ["Rashidova", "拉希多娃"],
      ],
    ],
    languages: [[["ru-general-fluent", 1]], ENGLISH_SECOND],
  }),
  country({
    key: "kr",
    nameZh: "韩国",
    nameEn: "South Korea",
    weight: 6,
    order: "family-given",
    given: {
      female: [
        ["Min-ji", "敏智"],
        ["Seo-yeon", "瑞妍"],
        ["Da-eun", "多恩"],
      ],
      male: [
        ["Hyun-woo", "贤宇"],
        ["Jun-ho", "俊浩"],
        ["Ji-hoon", "志勋"],
      ],
    },
    family: [
      ["Kim", "金"],
      ["Lee", "李"],
      ["Park", "朴"],
      ["Choi", "崔"],
    ],
    languages: [[["ko-general-native", 1]], ENGLISH_SECOND],
  }),
  country({
    key: "pk",
    nameZh: "巴基斯坦",
    nameEn: "Pakistan",
    weight: 6,
    order: "given-family",
    given: {
      female: [
        ["Ayesha", "阿伊莎"],
        ["Fatima", "法蒂玛"],
      ],
      male: [
        ["Usman", "乌斯曼"],
        ["Hamza", "哈姆扎"],
        ["Bilal", "比拉尔"],
      ],
    },
    family: [
      ["Khan", "汗"],
      ["Ahmed", "艾哈迈德"],
      ["Malik", "马利克"],
      ["Hussain", "侯赛因"],
    ],
    languages: [
      [
        ["en-general-fluent", 60],
        ["en-ielts-6-5", 25],
        ["en-ielts-7-5", 15],
      ],
    ],
  }),
  country({
    key: "ng",
    nameZh: "尼日利亚",
    nameEn: "Nigeria",
    weight: 4,
    order: "given-family",
    given: {
      female: [
        ["Ngozi", "恩戈齐"],
        ["Amaka", "阿玛卡"],
      ],
      male: [
        ["Chinedu", "奇内杜"],
        ["Tunde", "通德"],
      ],
    },
    family: [
      ["Okafor", "奥卡福"],
      ["Adeyemi", "阿德耶米"],
      ["Eze", "埃泽"],
      ["Bello", "贝洛"],
    ],
    languages: [
      [
        ["en-general-native", 50],
        ["en-general-fluent", 50],
      ],
    ],
  }),
  country({
    key: "gh",
    nameZh: "加纳",
    nameEn: "Ghana",
    weight: 3,
    order: "given-family",
    given: {
      female: [
        ["Ama", "阿玛"],
        ["Abena", "阿贝娜"],
      ],
      male: [
        ["Kwame", "夸梅"],
        ["Kofi", "科菲"],
      ],
    },
    family: [
      ["Mensah", "门萨"],
      ["Owusu", "奥乌苏"],
      ["Boateng", "博阿滕"],
    ],
    languages: [
      [
        ["en-general-native", 50],
        ["en-general-fluent", 50],
      ],
    ],
  }),
  country({
    key: "eg",
    nameZh: "埃及",
    nameEn: "Egypt",
    weight: 4,
    order: "given-family",
    given: {
      female: [
        ["Nour", "努尔"],
        ["Mariam", "玛丽亚姆"],
      ],
      male: [
        ["Omar", "奥马尔"],
        ["Youssef", "优素福"],
      ],
    },
    family: [
      ["Hassan", "哈桑"],
      ["Ibrahim", "易卜拉欣"],
      ["Mahmoud", "马哈茂德"],
      ["Saleh", "萨利赫"],
    ],
    languages: [[["ar-general-native", 1]], ENGLISH_SECOND],
  }),
  country({
    key: "ma",
    nameZh: "摩洛哥",
    nameEn: "Morocco",
    weight: 3,
    order: "given-family",
    given: {
      female: [
        ["Yasmine", "亚斯敏"],
        ["Salma", "萨尔玛"],
      ],
      male: [
        ["Mehdi", "迈赫迪"],
        ["Karim", "卡里姆"],
      ],
    },
    family: [
      ["Benali", "本阿里"],
      ["Alaoui", "阿拉维"],
      ["Tazi", "塔兹"],
    ],
    languages: [
      [["ar-general-native", 1]],
      [
        ["fr-general-fluent", 70],
        ["fr-dalf-c1", 30],
      ],
      ENGLISH_SECOND,
    ],
  }),
  country({
    key: "br",
    nameZh: "巴西",
    nameEn: "Brazil",
    weight: 3,
    order: "given-family",
    given: {
      female: [
        ["Ana", "安娜"],
        ["Beatriz", "贝亚特丽斯"],
      ],
      male: [
        ["Lucas", "卢卡斯"],
        ["Gabriel", "加布里埃尔"],
      ],
    },
    family: [
      ["Silva", "席尔瓦"],
      ["Santos", "桑托斯"],
      ["Oliveira", "奥利维拉"],
      ["Souza", "索萨"],
    ],
    languages: [[["pt-general-native", 1]], [["es-general-working", 1]], ENGLISH_SECOND],
  }),
  country({
    key: "mx",
    nameZh: "墨西哥",
    nameEn: "Mexico",
    weight: 3,
    order: "given-family",
    given: {
      female: [
        ["María", "玛丽亚"],
        ["Valeria", "瓦莱里娅"],
      ],
      male: [
        ["José", "何塞"],
        ["Diego", "迭戈"],
      ],
    },
    family: [
      ["García", "加西亚"],
      ["Hernández", "埃尔南德斯"],
      ["López", "洛佩斯"],
      ["Martínez", "马丁内斯"],
    ],
    languages: [[["es-general-native", 1]], ENGLISH_SECOND],
  }),
  country({
    key: "fr",
    nameZh: "法国",
    nameEn: "France",
    weight: 2,
    order: "given-family",
    given: {
      female: [
        ["Camille", "卡米耶"],
        ["Léa", "莱娅"],
      ],
      male: [
        ["Hugo", "雨果"],
        ["Louis", "路易"],
      ],
    },
    family: [
      ["Martin", "马丁"],
      ["Bernard", "贝尔纳"],
      ["Dubois", "杜布瓦"],
      ["Moreau", "莫罗"],
    ],
    languages: [
      [["fr-general-native", 1]],
      [
        ["en-general-fluent", 50],
        ["en-general-working", 50],
      ],
    ],
  }),
];
