import { describe, expect, it } from 'vitest';
import { craftZip, workbookParts } from '../_test/craft-zip';
import { inspectZipArchive } from './inspect-zip-archive';

const limits = { maxUncompressedBytes: 64 * 1024 * 1024, maxCompressionRatio: 100, maxEntries: 100 };

function caught(run: () => unknown): { code: string; messageEn: string; messageZh: string } {
  try {
    run();
  } catch (error) {
    return error as { code: string; messageEn: string; messageZh: string };
  }
  throw new Error('expected an error, none was thrown');
}

describe('inspectZipArchive', () => {
  it('lists the entries of a well-formed archive with their sizes and data offsets', () => {
    const bytes = craftZip([
      { name: 'a.txt', content: 'hello hello hello hello' },
      { name: 'b.txt', content: 'stored', stored: true },
    ]);
    const entries = inspectZipArchive(bytes, limits);
    expect(entries.map(({ name, method, uncompressedSize }) => [name, method, uncompressedSize])).toEqual([
      ['a.txt', 8, 23],
      ['b.txt', 0, 6],
    ]);
    const stored = entries[1]!;
    expect(new TextDecoder().decode(bytes.subarray(stored.dataOffset, stored.dataOffset + 6))).toBe('stored');
  });

  it('reads ZIP64 sizes from the extra field', () => {
    const entries = inspectZipArchive(craftZip([{ name: 'a.txt', content: 'abc', zip64: true }]), limits);
    expect(entries[0]).toMatchObject({ name: 'a.txt', uncompressedSize: 3 });
  });

  it('refuses an archive that declares more uncompressed bytes than the limit, before inflating', () => {
    const bomb = craftZip([
      ...workbookParts,
      { name: 'xl/worksheets/sheet1.xml', content: 'x', declaredSize: 3_000_000_000 },
    ]);
    const error = caught(() => inspectZipArchive(bomb, limits));
    expect(error.code).toBe('file_too_large');
    expect(error.messageEn).toContain('zip bomb');
    expect(error.messageZh).toContain('压缩炸弹');
  });

  it('refuses a ZIP64 entry declaring 5 TB', () => {
    const bomb = craftZip([{ name: 'big', content: 'x', declaredSize: 5 * 1024 ** 4, zip64: true }]);
    expect(
      caught(() => inspectZipArchive(bomb, { ...limits, maxUncompressedBytes: Number.MAX_SAFE_INTEGER })).code,
    ).toBe('file_too_large');
  });

  it('refuses an entry whose compression ratio is above the limit', () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const error = caught(() => inspectZipArchive(craftZip([{ name: 'zeros', content: zeros }]), limits));
    expect(error.code).toBe('file_too_large');
    expect(error.messageEn).toMatch(/compression ratio of \d+:1, above the 100:1 limit/);
  });

  it('lets a small part with a high ratio through (an empty styles part deflates 100:1)', () => {
    const zeros = new Uint8Array(512 * 1024);
    expect(inspectZipArchive(craftZip([{ name: 'zeros', content: zeros }]), limits)).toHaveLength(1);
  });

  it('refuses too many entries', () => {
    const many = Array.from({ length: 101 }, (_, index) => ({ name: `f${index}`, content: 'x' }));
    expect(caught(() => inspectZipArchive(craftZip(many), limits)).code).toBe('file_too_large');
  });

  it('refuses overlapping entries, encrypted entries, unknown methods and duplicate names', () => {
    const overlapping = craftZip(
      [
        { name: 'a', content: 'aaaa' },
        { name: 'b', content: 'bbbb' },
      ],
      { overlap: true },
    );
    expect(caught(() => inspectZipArchive(overlapping, limits)).messageEn).toContain('overlap');
    const encrypted = caught(() => inspectZipArchive(craftZip([{ name: 'a', content: 'a', flags: 1 }]), limits));
    expect([encrypted.code, encrypted.messageEn]).toEqual([
      'invalid_file',
      'The workbook\'s internal file "a" is encrypted; remove the password protection in Excel and save it as .xlsx again.',
    ]);
    const lzma = caught(() => inspectZipArchive(craftZip([{ name: 'a', content: 'a', method: 14 }]), limits));
    expect(lzma.messageEn).toContain('compression method 14');
    const twice = caught(() =>
      inspectZipArchive(
        craftZip([
          { name: 'a', content: 'a' },
          { name: 'a', content: 'b' },
        ]),
        limits,
      ),
    );
    expect(twice.messageEn).toContain('appears twice');
  });

  it('refuses a truncated archive and a directory that claims more entries than it holds', () => {
    const whole = craftZip([{ name: 'a', content: 'abc' }]);
    const truncated = caught(() => inspectZipArchive(whole.subarray(0, whole.byteLength - 10), limits));
    expect([truncated.code, truncated.messageEn]).toEqual([
      'invalid_file',
      'The file is damaged or incomplete: the zip End Of Central Directory record is missing (the file may be truncated).',
    ]);
    const lying = caught(() =>
      inspectZipArchive(craftZip([{ name: 'a', content: 'abc' }], { declaredEntryCount: 3 }), limits),
    );
    expect(lying.messageEn).toBe('The workbook file is damaged: a central directory record is damaged.');
  });

  it('finds the end record behind an archive comment and never reads out of bounds on random bytes', () => {
    const whole = craftZip([{ name: 'a', content: 'abc' }]);
    const withComment = new Uint8Array(whole.byteLength + 5);
    withComment.set(whole);
    new DataView(withComment.buffer).setUint16(whole.byteLength - 2, 5, true);
    expect(inspectZipArchive(withComment, limits)).toHaveLength(1);
    for (let seed = 0; seed < 200; seed += 1) {
      const noise = whole.slice();
      const at = (seed * 7919) % noise.byteLength;
      noise[at] = (noise[at] ?? 0) ^ 0xff;
      try {
        inspectZipArchive(noise, limits);
      } catch (error) {
        expect((error as { code: string }).code).toMatch(/^(invalid_file|file_too_large)$/);
      }
    }
  });
});
