import iconv from 'iconv-lite';
import { shiyeBody, shiyeHeader } from './school-spec';
import { toCsv } from './to-csv';

/** The bytes of `src/__fixtures__/shiye-2023-gbk.csv`: the fixture rows as Excel saves them in GBK. */
export function shiyeGbkBytes(): Buffer {
  return iconv.encode(toCsv([...shiyeHeader, ...shiyeBody]), 'gbk');
}
