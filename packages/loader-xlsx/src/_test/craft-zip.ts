import { deflateRawSync } from 'node:zlib';

/** One entry of a crafted zip. */
export interface CraftedEntry {
  readonly name: string;
  /** The entry's content; deflated unless `stored`. */
  readonly content?: Uint8Array | string;
  /** Already-deflated bytes to write as is (with `uncompressedSize`). */
  readonly deflated?: Uint8Array;
  /** Write the content uncompressed (method 0). */
  readonly stored?: boolean;
  /** The uncompressed size to declare, when it should differ from the truth. */
  readonly declaredSize?: number;
  /** The general-purpose flags (bit 0: encrypted). */
  readonly flags?: number;
  /** The compression method to declare. */
  readonly method?: number;
  /** Declare the sizes as 0xFFFFFFFF and give the real ones in a ZIP64 extra field. */
  readonly zip64?: boolean;
}

/** Options of {@link craftZip}. */
export interface CraftZipOptions {
  /** Point every entry's local header offset at the first entry's (overlapping entries). */
  readonly overlap?: boolean;
  /** Declare this many entries in the End Of Central Directory record. */
  readonly declaredEntryCount?: number;
}

const encoder = new TextEncoder();

/**
 * Writes a zip archive byte by byte, with the lies a hostile file tells (declared sizes that are
 * not the real ones, overlapping entries, encryption flags, unknown methods), so each defence of
 * the loader can be tested without a multi-gigabyte file.
 */
export function craftZip(entries: readonly CraftedEntry[], options: CraftZipOptions = {}): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  let firstOffset = 0;
  entries.forEach((entry, index) => {
    const name = encoder.encode(entry.name);
    const content =
      typeof entry.content === 'string' ? encoder.encode(entry.content) : (entry.content ?? new Uint8Array());
    const method = entry.method ?? (entry.stored === true ? 0 : 8);
    const data = entry.deflated ?? (method === 8 ? new Uint8Array(deflateRawSync(content)) : content);
    const uncompressed = entry.declaredSize ?? content.byteLength;
    const extra = entry.zip64 === true ? zip64Extra(uncompressed, data.byteLength) : new Uint8Array();
    const size32 = (value: number) => (entry.zip64 === true ? 0xffffffff : value);

    const local = new Uint8Array(30 + name.byteLength + data.byteLength);
    const localView = new DataView(local.buffer);
    localView.setUint32(0, 0x04034b50, true);
    localView.setUint16(4, 20, true);
    localView.setUint16(6, entry.flags ?? 0, true);
    localView.setUint16(8, method, true);
    localView.setUint32(18, data.byteLength, true);
    localView.setUint32(22, Math.min(uncompressed, 0xffffffff), true);
    localView.setUint16(26, name.byteLength, true);
    local.set(name, 30);
    local.set(data, 30 + name.byteLength);

    const central = new Uint8Array(46 + name.byteLength + extra.byteLength);
    const centralView = new DataView(central.buffer);
    centralView.setUint32(0, 0x02014b50, true);
    centralView.setUint16(4, 20, true);
    centralView.setUint16(6, 20, true);
    centralView.setUint16(8, entry.flags ?? 0, true);
    centralView.setUint16(10, method, true);
    centralView.setUint32(20, size32(data.byteLength), true);
    centralView.setUint32(24, size32(Math.min(uncompressed, 0xffffffff)), true);
    centralView.setUint16(28, name.byteLength, true);
    centralView.setUint16(30, extra.byteLength, true);
    centralView.setUint32(42, options.overlap === true && index > 0 ? firstOffset : offset, true);
    central.set(name, 46);
    central.set(extra, 46 + name.byteLength);

    if (index === 0) firstOffset = offset;
    locals.push(local);
    centrals.push(central);
    offset += local.byteLength;
  });
  const directorySize = centrals.reduce((total, central) => total + central.byteLength, 0);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  const count = options.declaredEntryCount ?? entries.length;
  endView.setUint16(8, Math.min(count, 0xffff), true);
  endView.setUint16(10, Math.min(count, 0xffff), true);
  endView.setUint32(12, directorySize, true);
  endView.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

function zip64Extra(uncompressed: number, compressed: number): Uint8Array {
  const extra = new Uint8Array(20);
  const view = new DataView(extra.buffer);
  view.setUint16(0, 0x0001, true);
  view.setUint16(2, 16, true);
  view.setBigUint64(4, BigInt(uncompressed), true);
  view.setBigUint64(12, BigInt(compressed), true);
  return extra;
}

/** Joins byte arrays. */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const joined = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.byteLength;
  }
  return joined;
}

/** The two parts every OOXML workbook has, so a crafted zip gets past the "is it a workbook" check. */
export const workbookParts: readonly CraftedEntry[] = [
  { name: '[Content_Types].xml', content: '<?xml version="1.0"?><Types/>' },
  { name: 'xl/workbook.xml', content: '<?xml version="1.0"?><workbook/>' },
];
