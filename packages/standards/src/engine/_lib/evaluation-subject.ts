import type { BilingualText } from '@edukpi/core';

/** What an evaluation's input errors name as checked: 「县域评估的输入无效:…」. */
export const evaluationSubject: BilingualText = { zh: '县域评估', en: 'the county evaluation' };
