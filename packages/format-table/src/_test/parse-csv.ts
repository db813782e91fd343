/**
 * A strict RFC 4180 reader for the tests: CRLF or LF between records, quoted fields with `""`
 * for a quote. Throws on a quote inside an unquoted field or an unterminated quoted field.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 0;
  let quoted = false;
  let fieldStarted = false;
  while (index < text.length) {
    const character = text[index] as string;
    if (quoted) {
      if (character === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
        index += 1;
        continue;
      }
      field += character;
      index += 1;
      continue;
    }
    if (character === '"') {
      if (fieldStarted) throw new Error(`a quote inside an unquoted field at ${index}`);
      quoted = true;
      fieldStarted = true;
      index += 1;
    } else if (character === delimiter) {
      record.push(field);
      field = '';
      fieldStarted = false;
      index += 1;
    } else if (character === '\r' || character === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStarted = false;
      index += character === '\r' && text[index + 1] === '\n' ? 2 : 1;
    } else {
      field += character;
      fieldStarted = true;
      index += 1;
    }
  }
  if (quoted) throw new Error('an unterminated quoted field');
  if (fieldStarted || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
