import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zipEntries, ZipUnreadable } from '../../../src/lib/server/indicators/zip-directory';
import { part, zipOf } from './zip-files';

const text = (s: string) => new TextEncoder().encode(s);

describe('reading a zip archive’s directory', () => {
	const archive = zipOf([part('a.xml', text('<a/>'.repeat(100))), part('dir/b.xml', text('<b/>'))]);

	it('gives each part’s name, method, declared sizes and where its data starts', () => {
		const entries = zipEntries(archive);
		expect(entries.map(({ name, method, uncompressedSize }) => ({ name, method, uncompressedSize }))).toEqual(
			[
				{ name: 'a.xml', method: 8, uncompressedSize: 400 },
				{ name: 'dir/b.xml', method: 8, uncompressedSize: 4 }
			]
		);
		// The first part's data follows its 30-byte local header and its name.
		expect(entries[0]!.dataOffset).toBe(30 + 'a.xml'.length);
		expect(entries[1]!.dataOffset).toBe(
			entries[0]!.dataOffset + entries[0]!.compressedSize + 30 + 'dir/b.xml'.length
		);
	});

	it('finds the directory behind an archive comment', () => {
		const comment = text('made by hand');
		const withComment = new Uint8Array(archive.length + comment.length);
		withComment.set(archive);
		withComment.set(comment, archive.length);
		new DataView(withComment.buffer).setUint16(archive.length - 2, comment.length, true);
		expect(zipEntries(withComment).map((entry) => entry.name)).toEqual(['a.xml', 'dir/b.xml']);
	});

	it('refuses what no spreadsheet file needs: encryption, ZIP64 sizes, other compression methods', () => {
		const directoryAt = (bytes: Uint8Array) => {
			const view = new DataView(bytes.buffer);
			return view.getUint32(bytes.length - 22 + 16, true);
		};
		const patched = (offset: number, write: (view: DataView, at: number) => void) => {
			const copy = archive.slice();
			write(new DataView(copy.buffer), directoryAt(copy) + offset);
			return copy;
		};
		const encrypted = patched(8, (view, at) => view.setUint16(at, 1, true));
		const zip64 = patched(24, (view, at) => view.setUint32(at, 0xffffffff, true));
		const bzip2 = patched(10, (view, at) => view.setUint16(at, 12, true));
		for (const bytes of [encrypted, zip64, bzip2]) expect(() => zipEntries(bytes)).toThrow(ZipUnreadable);
	});

	it('refuses any damaged archive with ZipUnreadable, and never points past the file (seed 16)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ at: fc.nat(archive.length - 1), byte: fc.integer({ min: 0, max: 255 }) }), {
					minLength: 1,
					maxLength: 8
				}),
				fc.nat(archive.length),
				(flips, cut) => {
					const damaged = archive.slice(0, Math.max(cut, 1));
					for (const { at, byte } of flips) if (at < damaged.length) damaged[at] = byte;
					try {
						for (const entry of zipEntries(damaged)) {
							expect(entry.dataOffset + entry.compressedSize).toBeLessThanOrEqual(damaged.length);
						}
					} catch (error) {
						expect(error).toBeInstanceOf(ZipUnreadable);
					}
				}
			),
			{ seed: 16, numRuns: 500 }
		);
	});
});
