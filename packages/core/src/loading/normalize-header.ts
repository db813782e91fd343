// Whitespace (including ideographic and zero-width), the separators of flattened or canonical
// names (_ - . / \ ·), marks of required columns (* ★ ※), brackets and quotes of every width.
const ignored = /[\s\u200B-\u200D\uFEFF_\-./\\·•*★※()[\]{}<>【】〔〕〖〗《》〈〉「」『』"'“”‘’`:]/gu;

/**
 * The form in which headers are compared: NFKC (full-width letters, digits and brackets become
 * half-width), lower case, and without whitespace, separators (`_ - . / \ ·`), brackets, quotes,
 * colons or required-column marks (`*`, `★`). So `' 学校名称 '`, `'学校名称*'`, `'School_Name'`,
 * `'school name'` and `'schoolName'` all match, as do `'小学 / 在校生数'` and `'小学在校生数'`, and
 * `'教学仪器设备值（万元）'` and `'教学仪器设备值(万元)'`.
 *
 * @param header - A header as found in a source.
 * @returns The comparison key; `''` for a blank header.
 * @throws Never.
 *
 * @example
 * ```ts
 * normalizeHeader('教学仪器设备值（万元）'); // '教学仪器设备值万元'
 * normalizeHeader(' School_Name ');       // 'schoolname'
 * normalizeHeader('小学 / 在校生数');      // '小学在校生数'
 * ```
 */
export function normalizeHeader(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(ignored, '');
}
