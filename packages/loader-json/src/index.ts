export { createJsonLoader, type JsonLoader, jsonLoader } from './json-loader';
export {
  type JsonEncoding,
  type JsonFormat,
  type JsonSource,
  type LoadJsonOptions,
  type LoadJsonParameters,
  type LoadJsonResult,
  loadJson,
} from './load-json';
