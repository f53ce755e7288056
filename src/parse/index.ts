export { parseDocument, type ParsedDocument, type DocumentFrame } from './parse-document.js';
export { parseStructure, type Task, type Section, type DocumentStructure } from './structure.js';
export { readMetadata, type DocumentMetadata } from './metadata.js';
export { splitUnits, findUnitsBracket, type ResponsibleUnits } from './units.js';
export { resolveIssuerRegion, resolveMentionedRegion, type RegionResolution } from './region.js';
export { findDate, parseYear } from './dates.js';
export { documentGenre, pageDate } from './genre.js';
