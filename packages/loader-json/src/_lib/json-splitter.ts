/** One record's JSON text with its 1-based number (array element or line). */
export interface JsonRecordText {
  readonly row: number;
  readonly text: string;
}

/** Thrown (and wrapped by the loader) for text that is not a JSON array or NDJSON. */
export class JsonShapeError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** Thrown (and wrapped by the loader) when a record outgrows the limit. */
export class JsonRecordTooLargeError extends Error {
  constructor(
    readonly row: number,
    readonly limit: number,
  ) {
    super(`record ${row} is longer than ${limit} characters`);
  }
}

const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xfeff;
}

/**
 * Splits a JSON array into the text of its elements as chunks arrive, so a large array is
 * parsed one record at a time with flat memory. Strings and nesting are tracked; each element is
 * later parsed with `JSON.parse`.
 */
export class JsonArraySplitter {
  private data = '';
  private position = 0;
  private state: 'start' | 'between' | 'element' | 'end' = 'start';
  private elementStart = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private scalar = false;
  private records = 0;

  constructor(private readonly maxRecordChars: number) {}

  /**
   * Splits `text` (after what is pending) into element texts.
   *
   * @throws {JsonShapeError} when the text is not one JSON array.
   * @throws {JsonRecordTooLargeError} when an element exceeds the limit.
   */
  push(text: string, final: boolean, into: JsonRecordText[]): void {
    const keep = this.state === 'element' ? this.elementStart : this.position;
    this.data = this.data.slice(keep) + text;
    this.position -= keep;
    this.elementStart -= keep;
    const data = this.data;
    const length = data.length;
    let position = this.position;
    while (position < length) {
      const code = data.charCodeAt(position);
      if (this.state === 'start') {
        if (isSpace(code)) position++;
        else if (code === OPEN_BRACKET) {
          this.state = 'between';
          position++;
        } else
          throw new JsonShapeError(
            'JSON 文件应为记录数组([…])或每行一条记录(NDJSON)',
            'a JSON file must be an array of records ([…]) or one record per line (NDJSON).',
          );
      } else if (this.state === 'between') {
        if (isSpace(code) || code === COMMA) position++;
        else if (code === CLOSE_BRACKET) {
          this.state = 'end';
          position++;
        } else {
          this.state = 'element';
          this.elementStart = position;
          this.depth = 0;
          this.inString = false;
          this.escaped = false;
          this.scalar = code !== OPEN_BRACE && code !== OPEN_BRACKET && code !== QUOTE;
        }
      } else if (this.state === 'element') {
        const end = this.scanElement(data, position);
        if (end === -1) {
          position = length;
          break;
        }
        if (end - this.elementStart > this.maxRecordChars)
          throw new JsonRecordTooLargeError(this.records + 1, this.maxRecordChars);
        this.records++;
        into.push({ row: this.records, text: data.slice(this.elementStart, end) });
        this.state = 'between';
        position = end;
      } else {
        if (!isSpace(code))
          throw new JsonShapeError('JSON 数组结束后还有内容', 'there is text after the end of the JSON array.');
        position++;
      }
    }
    this.position = position;
    if (this.state === 'element' && length - this.elementStart > this.maxRecordChars) {
      throw new JsonRecordTooLargeError(this.records + 1, this.maxRecordChars);
    }
    if (final && this.state !== 'end') {
      throw new JsonShapeError(
        'JSON 数组不完整(缺少结尾的 ])',
        'the JSON array is incomplete (the closing ] is missing).',
      );
    }
  }

  /** Scans an element from `from`; returns the index after it, or -1 when it continues past the data. */
  private scanElement(data: string, from: number): number {
    const length = data.length;
    let position = from;
    if (this.scalar) {
      // A number, true, false or null: up to the next comma, bracket or space.
      while (position < length) {
        const code = data.charCodeAt(position);
        if (code === COMMA || code === CLOSE_BRACKET || isSpace(code)) return position;
        position++;
      }
      return -1;
    }
    while (position < length) {
      const code = data.charCodeAt(position);
      position++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (code === BACKSLASH) this.escaped = true;
        else if (code === QUOTE) {
          this.inString = false;
          if (this.depth === 0) return position;
        }
      } else if (code === QUOTE) this.inString = true;
      else if (code === OPEN_BRACE || code === OPEN_BRACKET) this.depth++;
      else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        this.depth--;
        if (this.depth === 0) return position;
      }
    }
    return -1;
  }
}

/** Splits NDJSON into lines as chunks arrive; a blank line is kept (as `''`) so rows are counted. */
export class NdjsonSplitter {
  private pending = '';
  private lines = 0;

  constructor(private readonly maxRecordChars: number) {}

  /**
   * @throws {JsonRecordTooLargeError} when a line exceeds the limit.
   */
  push(text: string, final: boolean, into: JsonRecordText[]): void {
    const data = this.pending + text;
    let position = 0;
    while (position < data.length) {
      let newline = data.indexOf('\n', position);
      if (newline === -1) {
        if (!final) break;
        newline = data.length;
      }
      const end = newline > position && data.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      if (end - position > this.maxRecordChars) throw new JsonRecordTooLargeError(this.lines + 1, this.maxRecordChars);
      this.lines++;
      into.push({ row: this.lines, text: data.slice(position, end) });
      position = newline + 1;
    }
    this.pending = position >= data.length ? '' : data.slice(position);
    if (this.pending.length > this.maxRecordChars)
      throw new JsonRecordTooLargeError(this.lines + 1, this.maxRecordChars);
  }
}
