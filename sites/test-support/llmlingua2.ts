/**
 * Test support: the 13 authors of LLMLingua-2 (arXiv 2403.12968) as arXiv prints them, in byline
 * order, the names the saved pages of that paper carry (tests/fixtures/pages/). Plain data with no
 * imports, so a happy-dom test can load it without the fake web's Node modules.
 */
export const LLMLINGUA2_AUTHORS: string[] = [
  'Zhuoshi Pan',
  'Qianhui Wu',
  'Huiqiang Jiang',
  'Menglin Xia',
  'Xufang Luo',
  'Jue Zhang',
  'Qingwei Lin',
  'Victor Rühle',
  'Yuqing Yang',
  'Chin-Yew Lin',
  'H. Vicky Zhao',
  'Lili Qiu',
  'Dongmei Zhang',
];
