/**
 * Reference data at the edge: the local store of imported figures and boundaries, the download
 * of the national files, the region table and boundaries a command works with, and the
 * standing of each region's denominators. Reads and writes through `Effects` (and `fetch` for
 * the download); the parsing of the files is `regions/`'s.
 */
export { shownPath, type ReferenceChoice, type ReferenceContext } from './context.js';
export { DOWNLOAD_ENV, DownloadError, PUBLISHED_FILES, downloadPublished, type PublishedFile } from './download.js';
export { importReferenceFiles, type ImportOptions, type ImportSource } from './import-files.js';
export { BUILT_IN_REGIONS, loadBoundaries, loadRegionTables, storeFolder, type Boundaries, type RegionSources } from './load.js';
export { GAP_LINES_MAX, documentRegionStatus, gapLines, regionsLacking, templateCsv } from './status.js';
export { DEFAULT_REFERENCE_DIR, REFERENCE_ENV, readStore, referenceDir, sha256Hex, writeStore, type ImportRecord, type ReferenceStore } from './store.js';
