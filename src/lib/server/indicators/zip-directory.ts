// Reads the table of contents of a zip archive (an XLSX file) without unpacking anything: the
// end-of-central-directory record at the end of the file, then one central directory entry per part,
// giving each part's name, method and declared sizes. Layout per PKWARE's APPNOTE.TXT, 4.3.12–4.3.16;
// all numbers are little-endian. Only what an XLSX of a few MB can be is taken: one disk, no
// encryption, stored or deflated parts; anything else is refused as unreadable.

/** One part of the archive as its central directory declares it. */
export type ZipEntry = {
	name: string;
	/** 0 stored, 8 deflated. */
	method: 0 | 8;
	compressedSize: number;
	/** Declared, not proven: the reader of the data must hold the part to it. */
	uncompressedSize: number;
	crc32: number;
	/** Where the part's compressed bytes start in the file. */
	dataOffset: number;
};

/** The archive cannot be read as a zip (or uses features no spreadsheet file needs). */
export class ZipUnreadable extends Error {
	constructor(why: string) {
		super(`not a readable zip archive: ${why}`);
		this.name = 'ZipUnreadable';
	}
}

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_SIZE = 22;
const ENTRY_SIZE = 46;
const LOCAL_SIZE = 30;
// The end record is followed only by a comment of at most 65,535 bytes.
const MAX_COMMENT = 0xffff;
// A value of all ones means "see the ZIP64 record", which a file of a few MB never needs.
const ZIP64_16 = 0xffff;
const ZIP64_32 = 0xffffffff;

function findEnd(view: DataView): number {
	const last = view.byteLength - END_SIZE;
	for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
		if (view.getUint32(at, true) === END_SIGNATURE) return at;
	}
	throw new ZipUnreadable('no end of central directory');
}

/** Every part of the archive in `bytes`, in central directory order. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const end = findEnd(view);
	const thisDisk = view.getUint16(end + 4, true);
	const directoryDisk = view.getUint16(end + 6, true);
	const onThisDisk = view.getUint16(end + 8, true);
	const count = view.getUint16(end + 10, true);
	const directorySize = view.getUint32(end + 12, true);
	const directoryOffset = view.getUint32(end + 16, true);
	if (thisDisk !== 0 || directoryDisk !== 0 || onThisDisk !== count) throw new ZipUnreadable('spans disks');
	if (count === ZIP64_16 || directoryOffset === ZIP64_32) throw new ZipUnreadable('ZIP64');
	if (directoryOffset + directorySize > end) throw new ZipUnreadable('directory out of bounds');

	const decoder = new TextDecoder();
	const entries: ZipEntry[] = [];
	let at = directoryOffset;
	for (let i = 0; i < count; i++) {
		if (at + ENTRY_SIZE > end || view.getUint32(at, true) !== ENTRY_SIGNATURE)
			throw new ZipUnreadable('broken directory entry');
		const flags = view.getUint16(at + 8, true);
		const method = view.getUint16(at + 10, true);
		const compressedSize = view.getUint32(at + 20, true);
		const uncompressedSize = view.getUint32(at + 24, true);
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		const localOffset = view.getUint32(at + 42, true);
		const name = decoder.decode(bytes.subarray(at + ENTRY_SIZE, at + ENTRY_SIZE + nameLength));
		if (flags & 0x1) throw new ZipUnreadable(`${name} is encrypted`);
		if (method !== 0 && method !== 8) throw new ZipUnreadable(`${name} uses compression method ${method}`);
		if ([compressedSize, uncompressedSize, localOffset].includes(ZIP64_32)) throw new ZipUnreadable('ZIP64');
		if (method === 0 && compressedSize !== uncompressedSize) throw new ZipUnreadable(`${name} has two sizes`);
		entries.push({
			name,
			method,
			compressedSize,
			uncompressedSize,
			crc32: view.getUint32(at + 16, true),
			dataOffset: dataOffset(view, localOffset, compressedSize, directoryOffset, name)
		});
		at += ENTRY_SIZE + nameLength + extraLength + commentLength;
	}
	return entries;
}

// The local header before a part's data repeats its name and may carry a different extra field, so
// the data starts after the local header's own lengths.
function dataOffset(view: DataView, local: number, size: number, limit: number, name: string): number {
	if (local + LOCAL_SIZE > limit || view.getUint32(local, true) !== LOCAL_SIGNATURE)
		throw new ZipUnreadable(`${name} has no local header`);
	const start = local + LOCAL_SIZE + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
	if (start + size > limit) throw new ZipUnreadable(`${name} runs past its archive`);
	return start;
}
