export {
  type ByteSource,
  type ByteSourceInput,
  checkSourceSize,
  type OpenByteSourceOptions,
  openByteSource,
} from './_lib/byte-source';
export { type CsvLoader, createCsvLoader, csvLoader } from './csv-loader';
export { type LoadCsvOptions, type LoadCsvParameters, type LoadCsvResult, loadCsv } from './load-csv';
export {
  type CsvDelimiter,
  type CsvEncoding,
  type CsvSheet,
  type CsvSource,
  type ReadCsvOptions,
  readCsv,
} from './read-csv';
