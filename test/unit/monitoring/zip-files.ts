// Zip archives built byte by byte for the import's tests: a real workbook's parts re-packed, with
// one part swapped for a zip bomb whose central directory tells the truth or lies about its size.
import { createDeflateRaw, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { zipEntries } from '../../../src/lib/server/indicators/zip-directory';

/** A part to pack: its name, its deflated bytes and the sizes the directory will declare. */
export type Part = { name: string; deflated: Uint8Array; size: number; crc: number };

/** A part deflated from `data`. */
export function part(name: string, data: Uint8Array): Part {
	return { name, deflated: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

/**
 * A worksheet part whose one cell holds `megabytes` MB of the character "0", deflated as it is made
 * (about 1 KB packed per MB unpacked), so the test never holds the unpacked text.
 */
export async function bombSheet(name: string, megabytes: number): Promise<Part> {
	const head = Buffer.from(
		'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
	);
	const tail = Buffer.from('</t></is></c></row></sheetData></worksheet>');
	const zeros = Buffer.alloc(1024 * 1024, '0');
	const deflate = createDeflateRaw({ level: 9 });
	const chunks: Buffer[] = [];
	deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise((resolve) => deflate.on('end', resolve));
	let crc = crc32(head);
	deflate.write(head);
	for (let i = 0; i < megabytes; i++) {
		crc = crc32(zeros, crc);
		if (!deflate.write(zeros)) await new Promise((resolve) => deflate.once('drain', resolve));
	}
	crc = crc32(tail, crc);
	deflate.end(tail);
	await done;
	return {
		name,
		deflated: Buffer.concat(chunks),
		size: head.length + megabytes * zeros.length + tail.length,
		crc
	};
}

/** The parts of an XLSX file (as ExcelJS writes it), unpacked, by name. */
export async function workbookParts(rows: unknown[][]): Promise<Part[]> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Values');
	for (const row of rows) sheet.addRow(row);
	const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
	return zipEntries(bytes).map((entry) => {
		const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
		return part(entry.name, entry.method === 8 ? inflateRawSync(data) : data);
	});
}

/** A zip archive of `parts`; `declare` may change the uncompressed size the directory states. */
export function zipOf(parts: readonly Part[], declare: (part: Part) => number = (p) => p.size): Uint8Array {
	const local: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const p of parts) {
		const name = Buffer.from(p.name);
		const header = Buffer.alloc(30);
		header.writeUInt32LE(0x04034b50, 0);
		header.writeUInt16LE(20, 4);
		header.writeUInt16LE(8, 8);
		header.writeUInt32LE(p.crc, 14);
		header.writeUInt32LE(p.deflated.length, 18);
		header.writeUInt32LE(declare(p), 22);
		header.writeUInt16LE(name.length, 26);
		const entry = Buffer.alloc(46);
		entry.writeUInt32LE(0x02014b50, 0);
		entry.writeUInt16LE(20, 4);
		entry.writeUInt16LE(20, 6);
		entry.writeUInt16LE(8, 10);
		entry.writeUInt32LE(p.crc, 16);
		entry.writeUInt32LE(p.deflated.length, 20);
		entry.writeUInt32LE(declare(p), 24);
		entry.writeUInt16LE(name.length, 28);
		entry.writeUInt32LE(offset, 42);
		local.push(header, name, Buffer.from(p.deflated));
		central.push(entry, name);
		offset += header.length + name.length + p.deflated.length;
	}
	const directory = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(parts.length, 8);
	end.writeUInt16LE(parts.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...local, directory, end]));
}
