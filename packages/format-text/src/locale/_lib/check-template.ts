import { InvalidOptionError } from '@edukpi/core';
import { type TextTemplateKey, textTemplatePlaceholders } from '../text-templates';

/**
 * Checks a template a caller supplies: a string, brackets balanced and not nested, and only the
 * placeholders its key allows.
 *
 * @throws {InvalidOptionError} when it is not (path `['templates', key]`).
 */
export function checkTemplate(key: string, template: unknown, path: readonly (string | number)[]): void {
  const fail = (zh: string, en: string): never => {
    throw new InvalidOptionError({
      path: [...path, key],
      messageZh: `模板 ${key} ${zh}`,
      messageEn: `template ${key} ${en}`,
    });
  };
  if (!(key in textTemplatePlaceholders)) {
    fail(
      `不存在;可用的模板:${Object.keys(textTemplatePlaceholders).join('、')}`,
      `does not exist; the templates are: ${Object.keys(textTemplatePlaceholders).join(', ')}.`,
    );
  }
  if (typeof template !== 'string') fail('应为字符串', 'must be a string.');
  const text = template as string;
  let depth = 0;
  for (const character of text) {
    if (character === '[') depth += 1;
    if (character === ']') depth -= 1;
    if (depth < 0 || depth > 1) fail('的方括号不配对或有嵌套', 'has unbalanced or nested square brackets.');
  }
  if (depth !== 0) fail('的方括号不配对', 'has unbalanced square brackets.');
  const allowed: readonly string[] = textTemplatePlaceholders[key as TextTemplateKey];
  for (const match of text.matchAll(/\{([^{}]*)\}/g)) {
    const name = match[1] ?? '';
    if (!allowed.includes(name)) {
      fail(
        `不能使用占位符 {${name}};可用:${allowed.map((entry) => `{${entry}}`).join('、') || '无'}`,
        `cannot use the placeholder {${name}}; it may use: ${allowed.map((entry) => `{${entry}}`).join(', ') || 'none'}.`,
      );
    }
  }
}
