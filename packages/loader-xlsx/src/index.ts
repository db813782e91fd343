export {
  type LoadXlsxOptions,
  type LoadXlsxParameters,
  loadXlsx,
  type XlsxReadOptions,
  type XlsxSource,
} from './load-xlsx';
export { createXlsxLoader, type XlsxLoader, xlsxLoader } from './xlsx-loader';
