// The parts of an XLSX that hold values, unpacked within the caps. The central directory's declared
// sizes are checked first (a zip bomb is refused before anything is inflated); then each part is
// inflated as it is read and held to its declared size, so a file that lies about its sizes is
// refused at the first byte past it. What comes out is a new zip of stored (uncompressed) parts in
// the order ExcelJS's streaming reader needs: relationships, workbook, styles and shared strings
// before the sheets, so it never spills a sheet to a temporary file.
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { zipEntries, ZipUnreadable, type ZipEntry } from './zip-directory';
import { MAX_HELD_PART_BYTES, MAX_PACKING_RATIO, MAX_UNPACKED_BYTES, RATIO_FLOOR_BYTES } from './import-caps';
import { unpacksTooLarge } from './sheet-budget';

const RELS = 'xl/_rels/workbook.xml.rels';
const WORKBOOK = 'xl/workbook.xml';
const STYLES = 'xl/styles.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;
const SHEET_LINKS = /^xl\/worksheets\/_rels\/sheet(\d+)\.xml\.rels$/;
// Read whole into memory by the reader, so held to a smaller size than the streamed sheets.
const HELD = new Set([RELS, WORKBOOK, STYLES, SHARED_STRINGS]);

/** Refuses an archive whose declared sizes are past the caps; returns its parts. */
export function checkedParts(bytes: Uint8Array): ZipEntry[] {
	const entries = zipEntries(bytes);
	let total = 0;
	for (const entry of entries) {
		total += entry.uncompressedSize;
		const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
		const packed = entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > MAX_PACKING_RATIO;
		const held = HELD.has(entry.name) && entry.uncompressedSize > MAX_HELD_PART_BYTES;
		if (total > MAX_UNPACKED_BYTES || packed || held) throw unpacksTooLarge();
	}
	return entries;
}

const sheetNumber = (entry: ZipEntry) => Number((SHEET.exec(entry.name) ?? SHEET_LINKS.exec(entry.name))![1]);

/** The parts the reader needs, in the order it needs them; each sheet right after its links. */
export function partsToRead(entries: readonly ZipEntry[]): ZipEntry[] | null {
	const named = (name: string) => entries.find((entry) => entry.name === name);
	const rels = named(RELS);
	const workbook = named(WORKBOOK);
	if (!rels || !workbook) return null;
	const sheets = entries
		.filter((entry) => SHEET.test(entry.name) || SHEET_LINKS.test(entry.name))
		.toSorted((a, b) => sheetNumber(a) - sheetNumber(b) || (SHEET_LINKS.test(a.name) ? -1 : 1));
	const before = [rels, workbook, named(STYLES), named(SHARED_STRINGS)];
	return [...before.filter((entry) => entry !== undefined), ...sheets];
}

// A workbook without text cells may have no shared strings; the reader waits for them before it
// reads a sheet, so an empty table stands in.
const NO_STRINGS = new TextEncoder().encode(
	'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
);

const CHUNK = 64 * 1024;

async function* inflated(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<Uint8Array> {
	const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
	if (entry.method === 0) {
		for (let at = 0; at < data.length; at += CHUNK) yield data.subarray(at, at + CHUNK);
		return;
	}
	const inflate = createInflateRaw();
	inflate.end(data);
	yield* inflate;
}

/** The data of `entry`, inflated as it is read and held to exactly its declared size. */
async function* heldToSize(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<Uint8Array> {
	let size = 0;
	for await (const chunk of inflated(bytes, entry)) {
		size += chunk.byteLength;
		if (size > entry.uncompressedSize) throw unpacksTooLarge();
		yield chunk;
	}
	// The stored header promised the declared size; a part that falls short is broken.
	if (size !== entry.uncompressedSize) throw new ZipUnreadable(`${entry.name} is shorter than declared`);
}

// A local file header (APPNOTE 4.3.7) for a stored part: version 2.0, no flags, method 0, no time,
// the CRC and sizes known. The reader trusts these sizes, and they are ours.
function localHeader(name: Uint8Array, crc32: number, size: number): Uint8Array {
	const header = new Uint8Array(30 + name.length);
	const view = new DataView(header.buffer);
	view.setUint32(0, 0x04034b50, true);
	view.setUint16(4, 20, true);
	view.setUint32(14, crc32, true);
	view.setUint32(18, size, true);
	view.setUint32(22, size, true);
	view.setUint16(26, name.length, true);
	header.set(name, 30);
	return header;
}

// An end-of-central-directory record with no entries: the reader stops at it.
const END = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);

async function* storedZip(bytes: Uint8Array, parts: readonly ZipEntry[]): AsyncGenerator<Uint8Array> {
	const encoder = new TextEncoder();
	if (!parts.some((part) => part.name === SHARED_STRINGS)) {
		yield localHeader(encoder.encode(SHARED_STRINGS), 0, NO_STRINGS.length);
		yield NO_STRINGS;
	}
	for (const part of parts) {
		yield localHeader(encoder.encode(part.name), part.crc32, part.uncompressedSize);
		yield* heldToSize(bytes, part);
	}
	yield END;
}

/**
 * The value-holding parts of an XLSX as a stream of a stored zip, for ExcelJS's streaming reader;
 * null when the workbook lacks its relationships or workbook part. The stream fails with
 * `file_unpacks_too_large` when a part holds more than it declared.
 */
export function valueParts(bytes: Uint8Array, entries: readonly ZipEntry[]): Readable | null {
	const parts = partsToRead(entries);
	return parts && Readable.from(storedZip(bytes, parts), { objectMode: false });
}
