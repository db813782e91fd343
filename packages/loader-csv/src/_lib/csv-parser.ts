/** A record as the parser emits it: its cells and its 1-based record number. */
export interface CsvRecord {
  readonly row: number;
  readonly cells: string[];
}

/** Thrown (and wrapped by the loader) when a record outgrows the limit. */
export class RecordTooLargeError extends Error {
  constructor(
    readonly row: number,
    readonly limit: number,
  ) {
    super(`record ${row} is longer than ${limit} characters`);
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * An incremental RFC 4180 parser: text goes in by chunks, whole records come out. Quoted fields
 * may hold delimiters, doubled quotes and line breaks; records end with LF or CRLF. Lenient where
 * Excel is: a quote inside an unquoted field is kept as text, text after a closing quote is
 * appended, and an unterminated quote at the end of the file closes there.
 *
 * Lines without quotes — nearly all of them in an export — are split with the native
 * `String.prototype.split`; only records with a quote take the character-by-character path.
 */
export class CsvParser {
  private data = '';
  private position = 0;
  private quoteAt = -1;
  private final = false;
  private records = 0;
  /** Set when the last record ended inside an unterminated quote. */
  unterminatedQuoteAt: number | null = null;

  constructor(
    private readonly delimiter: string,
    private readonly maxRecordChars: number,
  ) {}

  /** The number of records emitted so far. */
  get recordCount(): number {
    return this.records;
  }

  /** Appends decoded text; `final` when it is the last. Drain the records before feeding more. */
  feed(text: string, final: boolean): void {
    this.data = this.position >= this.data.length ? text : this.data.slice(this.position) + text;
    this.position = 0;
    this.quoteAt = -1;
    this.final = final;
  }

  /**
   * Moves up to `limit` whole records into `into` (small batches keep the records short-lived).
   * Returns `false` once the text fed so far holds no more whole records.
   *
   * @throws {RecordTooLargeError} when a record, whole or unfinished, exceeds the limit.
   */
  drain(into: CsvRecord[], limit: number): boolean {
    const data = this.data;
    const length = data.length;
    const delimiter = this.delimiter;
    const final = this.final;
    let position = this.position;
    let quoteAt = this.quoteAt;
    let emitted = 0;
    while (position < length) {
      if (emitted >= limit) {
        this.position = position;
        this.quoteAt = quoteAt;
        return true;
      }
      if (quoteAt < position && quoteAt !== length) {
        quoteAt = data.indexOf('"', position);
        if (quoteAt === -1) quoteAt = length;
      }
      let newline = data.indexOf('\n', position);
      if (newline === -1) {
        if (!final) break;
        newline = length;
      }
      if (quoteAt >= newline) {
        const end = newline > position && data.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
        if (end - position > this.maxRecordChars) throw new RecordTooLargeError(this.records + 1, this.maxRecordChars);
        this.records++;
        into.push({ row: this.records, cells: data.slice(position, end).split(delimiter) });
        emitted++;
        position = newline + 1;
        continue;
      }
      const next = this.parseQuoted(data, position, final, into);
      if (next === -1) break;
      if (next - position > this.maxRecordChars + 2) {
        into.pop();
        this.records--;
        throw new RecordTooLargeError(this.records + 1, this.maxRecordChars);
      }
      emitted++;
      position = next;
    }
    this.position = position;
    this.quoteAt = quoteAt;
    if (length - position > this.maxRecordChars) throw new RecordTooLargeError(this.records + 1, this.maxRecordChars);
    return false;
  }

  /** Parses all of `text` (after what is pending) into `into`; with `final`, flushes the rest. */
  push(text: string, final: boolean, into: CsvRecord[]): void {
    this.feed(text, final);
    while (this.drain(into, Number.POSITIVE_INFINITY));
  }

  /**
   * Parses one record with quotes from `start`. Returns the position after it, or -1 when the
   * record continues past the end of `data` (more text needed).
   */
  private parseQuoted(data: string, start: number, final: boolean, into: CsvRecord[]): number {
    const length = data.length;
    const delimiterCode = this.delimiter.charCodeAt(0);
    const cells: string[] = [];
    let position = start;
    while (true) {
      // One field from `position`.
      let value = '';
      if (position < length && data.charCodeAt(position) === QUOTE) {
        let from = position + 1;
        let closed = false;
        while (true) {
          const quote = data.indexOf('"', from);
          if (quote === -1) {
            if (!final) return -1;
            value += data.slice(from);
            position = length;
            this.unterminatedQuoteAt = this.records + 1;
            break;
          }
          if (quote + 1 < length && data.charCodeAt(quote + 1) === QUOTE) {
            value += `${data.slice(from, quote)}"`;
            from = quote + 2;
            continue;
          }
          if (quote + 1 >= length && !final) return -1;
          value += data.slice(from, quote);
          position = quote + 1;
          closed = true;
          break;
        }
        if (closed) {
          // Text between the closing quote and the delimiter is kept, as Excel does.
          let end = position;
          while (end < length) {
            const code = data.charCodeAt(end);
            if (code === delimiterCode || code === LF || (code === CR && data.charCodeAt(end + 1) === LF)) break;
            end++;
          }
          if (end === length && !final) return -1;
          value += data.slice(position, end);
          position = end;
        }
      } else {
        let end = position;
        while (end < length) {
          const code = data.charCodeAt(end);
          if (code === delimiterCode || code === LF) break;
          end++;
        }
        if (end === length && !final) return -1;
        value = data.slice(position, end);
        if (end < length && data.charCodeAt(end) === LF && value.charCodeAt(value.length - 1) === CR) {
          value = value.slice(0, -1);
        }
        position = end;
      }
      cells.push(value);
      if (position >= length) {
        this.records++;
        into.push({ row: this.records, cells });
        return length;
      }
      const code = data.charCodeAt(position);
      if (code === delimiterCode) {
        position++;
        if (position >= length) {
          if (!final) return -1;
          cells.push('');
          this.records++;
          into.push({ row: this.records, cells });
          return length;
        }
        continue;
      }
      // End of record: LF or CRLF.
      position += code === CR ? 2 : 1;
      this.records++;
      into.push({ row: this.records, cells });
      return position;
    }
  }
}

/**
 * Chooses the delimiter from the first lines: the most frequent of comma, tab and semicolon
 * outside quotes; a comma when none appears.
 */
export function detectDelimiter(text: string): ',' | '\t' | ';' {
  const counts = { ',': 0, '\t': 0, ';': 0 };
  let inQuotes = false;
  let lines = 0;
  for (let index = 0; index < text.length && lines < 10; index++) {
    const character = text[index];
    if (character === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (character === ',' || character === '\t' || character === ';')) counts[character]++;
    else if (!inQuotes && character === '\n') lines++;
  }
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t';
  if (counts[';'] > counts[',']) return ';';
  return ',';
}
