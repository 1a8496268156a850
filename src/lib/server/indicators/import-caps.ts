// How much one spreadsheet import may hold. A cluster reports a few dozen indicators a few times a
// year, so a real file has tens or hundreds of lines; the caps leave room for a whole plan's history
// (60 monthly indicators over 25 years is 18,000 lines) and refuse what only an attack or a wrong
// file would send: a zip that unpacks to gigabytes, or a million lines that would hold the server.

/** The largest file taken, packed: the upload itself. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The largest request body of an import: the file, the multipart boundaries and the `apply` field. */
export const MAX_IMPORT_BODY_BYTES = MAX_IMPORT_BYTES + 64 * 1024;

/**
 * The most an XLSX may unpack to, its parts together. A 20,000-line export unpacks to about 6 MB
 * (its sheet compresses 12:1), so 50 MB is room for wide sheets, never a zip bomb.
 */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

/** The most one part of an XLSX may be compressed: real sheets reach 12:1, zip bombs 1000:1. */
export const MAX_PACKING_RATIO = 100;

/** Parts smaller than this are not judged by their ratio: they could not hold a bomb worth the name. */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

/**
 * The most a part read whole into memory may unpack to (shared strings, styles, the workbook and
 * its relationships); sheets are read as they stream and only the unpacked total bounds them.
 * 20,000 lines with a distinct 200-character note each make 4.4 MB of shared strings.
 */
export const MAX_HELD_PART_BYTES = 10 * 1024 * 1024;

/** The most lines with something in them below the header. */
export const MAX_IMPORT_ROWS = 20_000;

/** The most cells read (header included): 20,000 lines of the export's 8 columns is 160,000. */
export const MAX_IMPORT_CELLS = 200_000;

/** The most refused lines a preview or a refusal names; the rest are counted. */
export const MAX_NAMED_ROWS = 100;
