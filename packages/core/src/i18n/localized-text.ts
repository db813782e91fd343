/** A name in the three scripts edukpi publishes: Simplified Chinese, Traditional Chinese and English. */
export interface LocalizedText {
  readonly 'zh-CN': string;
  readonly 'zh-TW': string;
  readonly en: string;
}

/** A message in Chinese and English, as every error and warning carries. */
export interface BilingualText {
  readonly zh: string;
  readonly en: string;
}

/** The locales edukpi labels are written in. */
export type Locale = keyof LocalizedText;
