import { fileError } from './file-error';

/** One file inside a zip archive, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Where the entry's compressed bytes start, read from its local header. */
  readonly dataOffset: number;
}

/** The limits an archive is checked against before anything is inflated. */
export interface ZipLimits {
  /** Largest sum of the entries' uncompressed sizes. */
  readonly maxUncompressedBytes: number;
  /** Largest uncompressed ÷ compressed ratio of an entry larger than `ratioFloorBytes`. */
  readonly maxCompressionRatio: number;
  /** Most entries. */
  readonly maxEntries: number;
}

/** Entries smaller than this are never refused for their ratio alone (an empty styles part deflates 100:1). */
export const ratioFloorBytes = 1024 * 1024;

const localHeaderSignature = 0x04034b50;
const centralHeaderSignature = 0x02014b50;
const endSignature = 0x06054b50;
const zip64EndSignature = 0x06064b50;
const zip64LocatorSignature = 0x07064b50;
const endRecordLength = 22;
const maxCommentLength = 0xffff;

/**
 * Reads a zip archive's End Of Central Directory record and central directory, without
 * inflating anything, and refuses an archive that is malformed, encrypted, uses a compression
 * method other than stored or deflate, has overlapping or out-of-bounds entries, too many
 * entries, or declares more uncompressed bytes (in total, or relative to an entry's compressed
 * size) than `limits` allow.
 *
 * @throws {EdukpiError} `malformed_workbook`, `encrypted_workbook` or `zip_bomb`.
 */
export function inspectZipArchive(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === -1) {
    throw fileError('malformed_workbook', {
      zh: '文件已损坏或不完整:找不到 zip 的中央目录结尾记录(文件可能被截断)',
      en: 'The file is damaged or incomplete: the zip End Of Central Directory record is missing (the file may be truncated).',
    });
  }
  let entryCount = view.getUint16(end + 10, true);
  let directorySize: number = view.getUint32(end + 12, true);
  let directoryOffset: number = view.getUint32(end + 16, true);
  const diskNumber = view.getUint16(end + 4, true);
  const directoryDisk = view.getUint16(end + 6, true);
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const zip64 = readZip64End(view, end);
    entryCount = zip64.entryCount;
    directorySize = zip64.directorySize;
    directoryOffset = zip64.directoryOffset;
  } else if (diskNumber !== 0 || directoryDisk !== 0) {
    throw malformed('分卷 zip 不受支持', 'a multi-volume (split) zip is not supported');
  }
  if (entryCount > limits.maxEntries) {
    throw fileError('zip_bomb', {
      zh: `工作簿包含 ${entryCount} 个内部文件,超过上限 ${limits.maxEntries},已拒绝读取`,
      en: `The workbook holds ${entryCount} internal files, more than the limit of ${limits.maxEntries}; refused.`,
    });
  }
  if (directoryOffset + directorySize > end || directoryOffset < 0) {
    throw malformed('中央目录超出文件范围', 'the central directory lies outside the file');
  }

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  const ranges: { start: number; end: number; name: string }[] = [];
  let totalUncompressed = 0;
  let cursor = directoryOffset;
  for (let index = 0; index < entryCount; index += 1) {
    if (cursor + 46 > directoryOffset + directorySize || view.getUint32(cursor, true) !== centralHeaderSignature) {
      throw malformed('中央目录记录损坏', 'a central directory record is damaged');
    }
    const flags = view.getUint16(cursor + 8, true);
    const method = view.getUint16(cursor + 10, true);
    let compressedSize: number = view.getUint32(cursor + 20, true);
    let uncompressedSize: number = view.getUint32(cursor + 24, true);
    const nameLength = view.getUint16(cursor + 28, true);
    const extraLength = view.getUint16(cursor + 30, true);
    const commentLength = view.getUint16(cursor + 32, true);
    let localOffset: number = view.getUint32(cursor + 42, true);
    const nameStart = cursor + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > directoryOffset + directorySize) {
      throw malformed('中央目录记录超出目录范围', 'a central directory record runs past the directory');
    }
    const name = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(nameStart, extraStart));
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const wide = readZip64Extra(view, extraStart, extraLength, {
        uncompressed: uncompressedSize === 0xffffffff,
        compressed: compressedSize === 0xffffffff,
        offset: localOffset === 0xffffffff,
      });
      uncompressedSize = wide.uncompressed ?? uncompressedSize;
      compressedSize = wide.compressed ?? compressedSize;
      localOffset = wide.offset ?? localOffset;
    }
    if ((flags & 0x1) !== 0) {
      throw fileError('encrypted_workbook', {
        zh: `工作簿内部文件「${name}」已加密;请在 Excel 中取消密码保护后另存为 .xlsx 再读取`,
        en: `The workbook's internal file "${name}" is encrypted; remove the password protection in Excel and save it as .xlsx again.`,
      });
    }
    if (method !== 0 && method !== 8) {
      throw malformed(
        `内部文件「${name}」使用了不支持的压缩方式 ${method}(只支持存储与 deflate)`,
        `the internal file "${name}" uses compression method ${method}; only stored and deflate are supported`,
      );
    }
    if (method === 0 && compressedSize !== uncompressedSize) {
      throw malformed(
        `未压缩的内部文件「${name}」大小不一致`,
        `the stored internal file "${name}" has inconsistent sizes`,
      );
    }
    if (names.has(name)) {
      throw malformed(`内部文件「${name}」重复出现`, `the internal file "${name}" appears twice`);
    }
    names.add(name);

    totalUncompressed += uncompressedSize;
    if (totalUncompressed > limits.maxUncompressedBytes) {
      throw fileError('zip_bomb', {
        zh: `工作簿解压后超过 ${formatBytes(limits.maxUncompressedBytes)} 的上限(可能是压缩炸弹),未解压即已拒绝`,
        en: `The workbook would expand to more than the ${formatBytes(limits.maxUncompressedBytes)} limit (a possible zip bomb); refused before inflating anything.`,
      });
    }
    if (uncompressedSize > ratioFloorBytes && uncompressedSize > compressedSize * limits.maxCompressionRatio) {
      const ratio = compressedSize === 0 ? '∞' : Math.round(uncompressedSize / compressedSize).toString();
      throw fileError('zip_bomb', {
        zh: `工作簿内部文件「${name}」的压缩比为 ${ratio}:1,超过上限 ${limits.maxCompressionRatio}:1(可能是压缩炸弹),未解压即已拒绝`,
        en: `The workbook's internal file "${name}" has a compression ratio of ${ratio}:1, above the ${limits.maxCompressionRatio}:1 limit (a possible zip bomb); refused before inflating it.`,
      });
    }

    if (localOffset + 30 > directoryOffset || view.getUint32(localOffset, true) !== localHeaderSignature) {
      throw malformed(
        `内部文件「${name}」的本地文件头损坏`,
        `the local header of the internal file "${name}" is damaged`,
      );
    }
    const localNameLength = view.getUint16(localOffset + 26, true);
    const localExtraLength = view.getUint16(localOffset + 28, true);
    const dataOffset = localOffset + 30 + localNameLength + localExtraLength;
    const dataEnd = dataOffset + compressedSize;
    if (dataEnd > directoryOffset) {
      throw malformed(
        `内部文件「${name}」的数据超出文件范围`,
        `the data of the internal file "${name}" runs past its bounds`,
      );
    }
    ranges.push({ start: localOffset, end: dataEnd, name });
    entries.push({ name, method, compressedSize, uncompressedSize, dataOffset });
    cursor = next;
  }

  ranges.sort((left, right) => left.start - right.start);
  for (let index = 1; index < ranges.length; index += 1) {
    const previous = ranges[index - 1]!;
    const current = ranges[index]!;
    if (current.start < previous.end) {
      throw fileError('malformed_workbook', {
        zh: `工作簿内部文件「${previous.name}」与「${current.name}」的数据相互重叠(压缩炸弹的特征),已拒绝读取`,
        en: `The workbook's internal files "${previous.name}" and "${current.name}" overlap (a zip bomb technique); refused.`,
      });
    }
  }
  return entries;
}

/** Finds the End Of Central Directory record, scanning back over a possible archive comment; -1 when absent. */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - endRecordLength;
  const first = Math.max(0, last - maxCommentLength);
  for (let offset = last; offset >= first; offset -= 1) {
    if (
      view.getUint32(offset, true) === endSignature &&
      offset + endRecordLength + view.getUint16(offset + 20, true) <= view.byteLength
    ) {
      return offset;
    }
  }
  return -1;
}

function readZip64End(
  view: DataView,
  end: number,
): { entryCount: number; directorySize: number; directoryOffset: number } {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== zip64LocatorSignature) {
    throw malformed('缺少 ZIP64 目录定位记录', 'the ZIP64 directory locator is missing');
  }
  if (view.getUint32(locator + 16, true) > 1) {
    throw malformed('分卷 zip 不受支持', 'a multi-volume (split) zip is not supported');
  }
  const recordOffset = toSafeNumber(view.getBigUint64(locator + 8, true));
  if (recordOffset + 56 > locator || view.getUint32(recordOffset, true) !== zip64EndSignature) {
    throw malformed('ZIP64 中央目录结尾记录损坏', 'the ZIP64 End Of Central Directory record is damaged');
  }
  return {
    entryCount: toSafeNumber(view.getBigUint64(recordOffset + 32, true)),
    directorySize: toSafeNumber(view.getBigUint64(recordOffset + 40, true)),
    directoryOffset: toSafeNumber(view.getBigUint64(recordOffset + 48, true)),
  };
}

function readZip64Extra(
  view: DataView,
  start: number,
  length: number,
  wanted: { uncompressed: boolean; compressed: boolean; offset: boolean },
): { uncompressed?: number; compressed?: number; offset?: number } {
  let cursor = start;
  while (cursor + 4 <= start + length) {
    const id = view.getUint16(cursor, true);
    const size = view.getUint16(cursor + 2, true);
    if (id === 0x0001) {
      let field = cursor + 4;
      const read = (): number => {
        if (field + 8 > cursor + 4 + size) throw malformed('ZIP64 扩展字段过短', 'a ZIP64 extra field is too short');
        const value = toSafeNumber(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      const uncompressed = wanted.uncompressed ? read() : undefined;
      const compressed = wanted.compressed ? read() : undefined;
      const offset = wanted.offset ? read() : undefined;
      return {
        ...(uncompressed === undefined ? {} : { uncompressed }),
        ...(compressed === undefined ? {} : { compressed }),
        ...(offset === undefined ? {} : { offset }),
      };
    }
    cursor += 4 + size;
  }
  throw malformed('缺少 ZIP64 扩展字段', 'a ZIP64 extra field is missing');
}

/** A 64-bit size as a number; sizes beyond 2^53 are far above every limit, so they saturate. */
function toSafeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

function malformed(zh: string, en: string) {
  return fileError('malformed_workbook', {
    zh: `工作簿文件已损坏:${zh}`,
    en: `The workbook file is damaged: ${en}.`,
  });
}

/** 104857600 → '100 MB'. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
