/** The UIS methodology every international form follows. */
export const UIS_DOCUMENT =
  'UNESCO Institute for Statistics (UIS), Education Indicators: Technical Guidelines; UIS Glossary';

/** The UIS methodology plus the SDG 4 metadata of one indicator, e.g. `4.1.2`. */
export function sdgDocument(indicator: string): string {
  return `${UIS_DOCUMENT}; UIS, SDG 4 indicator ${indicator} metadata`;
}

/**
 * Why the international forms print 1 decimal by default: UIS prescribes no rounding; its SDG 4
 * publications print one decimal. Pass `options.decimals` for more.
 */
export const UIS_DECIMALS_NOTE = {
  zh: 'UIS 未规定修约位数;默认 1 位小数与 SDG 4 出版物一致,可用 options.decimals 调整',
  en: 'UIS prescribes no rounding; 1 decimal by default, as the SDG 4 publications print; use options.decimals for more',
} as const;
