export { observeDocument, documentUnits, type DocumentUnit } from './observe-document.js';
export { readFigures, readMentions, type Finding, type TextUnit } from './observe.js';
export { matchCues, fitsIndicator, type CueMatch } from './cues.js';
export { flowKind, tierOf, statusOf, isBaseline, decideKind } from './semantics.js';
export type { Observation, Kind, Status, Tier } from './types.js';
export { conflictingFigures } from './conflicts.js';
export { boundedEvidence, spanAt, unitWindows, type UnitWindows } from './text-windows.js';
export type { Span } from './text-windows.js';
