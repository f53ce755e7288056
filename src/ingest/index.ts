export { ingest, type IngestResult, type IngestOptions, type InputRecord, type InputOutcome } from './ingest.js';
export { readDocument, FORMATS, type IngestedDocument, type DocumentFormat, type ReadOutcome } from './read-document.js';
export { decodeText, type DecodeResult, type EncodingName } from './decode.js';
export { htmlToText, declaredCharset } from './html.js';
export { docxToText, pdfToText, reflowPdfLines } from './containers.js';
export { normaliseText, type NormalisedText, type Script } from './normalise.js';
export { originalSpan, type MappedText } from './mapped-text.js';
export { nodeEffects, OutputError } from './node-effects.js';
export type { Effects, FileStat, LockOptions, OutputKind } from './effects.js';
