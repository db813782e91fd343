import type { Locale } from '@edukpi/core';

/** The locales every table can be written in. */
export const locales: readonly Locale[] = ['zh-CN', 'zh-TW', 'en'];
