// White space in Chinese text. Conversions and PDF extraction put spaces where the
// printed page had none: around numbers (`2018 年`), between a title's wrapped
// halves, and between the letters of spaced-out names (`财 政 部`). Chinese does not
// separate words with spaces, so these can go; spaces between Latin words stay.

/** Ideographs and the punctuation used with them (、。〔〕《》，：（） “” — …). */
export const CJK_CLASS = '\\u2e80-\\u2fff\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef\\u2018-\\u201f\\u2014\\u2026';
/** Only the punctuation part of CJK_CLASS. */
const CJK_PUNCT_CLASS = '\\u3000-\\u303f\\ufe30-\\ufe4f\\uff00-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018-\\u201f\\u2014\\u2026';

const SPACES = /[\s\u3000]+/g;
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK_CLASS}])[ ]+|[ ]+(?=[${CJK_CLASS}])`, 'g');
const SPACE_NEXT_TO_CJK_PUNCT = new RegExp(`(?<=[${CJK_PUNCT_CLASS}])[ ]+|[ ]+(?=[${CJK_PUNCT_CLASS}])`, 'g');
const IDEOGRAPH = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
// Between Chinese and a short number (`2018 年`, `5 万元`); a phone number keeps its
// space (`刘鑫 57587755`), and so does a Latin word (`提交 WORD 版本`).
const SPACE_BETWEEN_IDEOGRAPH_AND_NUMBER = new RegExp(
  `(?<=[${IDEOGRAPH}])[ ]+(?=[0-9]{1,4}(?![0-9]))|(?<=(?<![0-9])[0-9]{1,4}%?|%)[ ]+(?=[${IDEOGRAPH}])`,
  'g',
);
// Single ideographs separated by spaces (财 政 部, 第五章 附 则): closed up.
const SPACED_LETTERS = new RegExp(`(?<![${IDEOGRAPH}])[${IDEOGRAPH}](?: +[${IDEOGRAPH}](?![${IDEOGRAPH}]))+`, 'g');

/** All runs of white space (including U+3000) become one space; ends trimmed. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** For one-line fields (titles, names): no space next to any Chinese character. */
export function removeCjkSpaces(text: string): string {
  return collapseSpaces(text).replace(SPACE_NEXT_TO_CJK, '');
}

/**
 * For running text: spaces next to Chinese punctuation and between Chinese and
 * numbers go, spaced-out letters are closed up (`总 则` → `总则`), and a space
 * between two Chinese words stays (it is often meaningful: `赵波静 电话`).
 */
export function tidySpaces(text: string): string {
  return collapseSpaces(text)
    .replace(SPACED_LETTERS, (run) => run.replace(/ +/g, ''))
    .replace(SPACE_NEXT_TO_CJK_PUNCT, '')
    .replace(SPACE_BETWEEN_IDEOGRAPH_AND_NUMBER, '');
}

/** Printed width in character cells: Chinese characters 1, Latin letters and digits ½. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // second half of a surrogate pair
    width += code < 0x1100 ? 0.5 : 1;
  }
  return width;
}
