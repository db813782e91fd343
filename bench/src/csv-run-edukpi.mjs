// One measurement of the CSV benchmark in its own process (so its peak memory is its own):
//   decode   the file read and decoded, nothing else
//   parse    readCsv: decoded and split into records
//   map      loadCsv with validation switched off: header, cells read by kind, rows built
//   full     loadCsv with schoolTableSpec: the quick check, and zod for rows it does not vouch for
//   zod      loadCsv with schoolTableSpec minus the quick check: zod for every row
import { createReadStream } from 'node:fs';
import { loadCsv, readCsv } from '@edukpi/loader-csv';
import { schoolTableSpec } from '@edukpi/standards';
import { peakMemoryMegabytes } from './csv-benchmark.mjs';

const { file, encoding, pass } = JSON.parse(process.argv[2]);
const accept = { safeParse: (value) => ({ success: true, data: value }) };
const specs = {
  map: { ...schoolTableSpec, schema: accept, quickCheck: () => true },
  full: schoolTableSpec,
  zod: { ...schoolTableSpec, quickCheck: undefined },
};

let rows = 0;
let primaryStudents = 0;
const cpuStart = process.cpuUsage();
const start = performance.now();
if (pass === 'decode') {
  const decoder = new TextDecoder(encoding === 'gbk' ? 'gb18030' : 'utf-8', { fatal: true });
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const text = decoder.decode(chunk, { stream: true });
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) rows++;
  }
} else if (pass === 'parse') {
  const sheet = await readCsv({ source: file });
  for await (const row of sheet.rows) {
    rows++;
    if (row.cells.length < 2) throw new Error('short row');
  }
} else {
  const result = await loadCsv({
    source: file,
    spec: specs[pass],
    options: {
      onRow: (school) => {
        primaryStudents += school.primary?.students ?? 0;
      },
    },
  });
  if (result.counts.rejected !== 0) throw new Error(`rejected rows: ${JSON.stringify(result.rejections.slice(0, 3))}`);
  rows = result.counts.accepted;
}
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
const cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(JSON.stringify({ rows, primaryStudents, ms, cpuMs, peakMegabytes: peakMemoryMegabytes() }));
