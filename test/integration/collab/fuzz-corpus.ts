// Malformed frames for the fuzz test: random bytes, random update payloads, truncated and
// bit-flipped real updates, unknown message types, broken awareness, oversized and text frames.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

export type Frame = { bytes: Uint8Array; kind: string; text?: boolean };

/** A small seeded PRNG (mulberry32), so a failing corpus can be reproduced from its seed. */
export function random(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (max: number) => Math.floor(next() * max);
	const bytes = (length: number) => Uint8Array.from({ length }, () => int(256));
	return { next, int, bytes };
}

function message(write: (e: encoding.Encoder) => void): Uint8Array {
	const e = encoding.createEncoder();
	write(e);
	return encoding.toUint8Array(e);
}

/** A sync "update" frame exactly as y-websocket sends one. */
export function updateFrame(update: Uint8Array): Uint8Array {
	return message((e) => {
		encoding.writeVarUint(e, 0);
		encoding.writeVarUint(e, 2);
		encoding.writeVarUint8Array(e, update);
	});
}

/**
 * True when Yjs itself would apply `frame` to `doc` cleanly and change it. A bit flip can turn a
 * real update into a different but well-formed edit that no server can tell from a real one; the
 * corpus leaves those out, so "the stored document is unchanged" is a fair claim about the rest.
 */
export function isWellFormedEdit(doc: Y.Doc, frame: Uint8Array): boolean {
	const clone = new Y.Doc();
	Y.applyUpdate(clone, Y.encodeStateAsUpdate(doc));
	const before = Y.encodeStateAsUpdate(clone);
	try {
		const decoder = decoding.createDecoder(frame);
		if (decoding.readVarUint(decoder) !== 0) return false;
		syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), clone, null);
	} catch {
		return false;
	}
	if (clone.store.pendingStructs !== null || clone.store.pendingDs !== null) return false;
	const after = Y.encodeStateAsUpdate(clone);
	return after.length !== before.length || after.some((b, i) => b !== before[i]);
}

/** Builds at least `total` frames from `updates` (real updates already in `doc`). */
export function buildCorpus(seed: number, doc: Y.Doc, updates: Uint8Array[], maxBytes: number): Frame[] {
	const rnd = random(seed);
	const frames: Frame[] = [];
	const real = () => updateFrame(updates[rnd.int(updates.length)]!);
	for (let i = 0; i < 2500; i++) frames.push({ kind: 'random bytes', bytes: rnd.bytes(1 + rnd.int(300)) });
	for (let i = 0; i < 1500; i++) {
		const payload = rnd.bytes(rnd.int(200));
		const bytes = message((e) => {
			encoding.writeVarUint(e, 0);
			encoding.writeVarUint(e, rnd.int(3));
			encoding.writeVarUint8Array(e, payload);
		});
		if (!isWellFormedEdit(doc, bytes)) frames.push({ kind: 'random sync payload', bytes });
	}
	for (let i = 0; i < 2000; i++) {
		const full = real();
		frames.push({ kind: 'truncated update', bytes: full.slice(0, 1 + rnd.int(full.length - 1)) });
	}
	for (let kept = 0; kept < 2500;) {
		const bytes = real();
		for (let flips = 1 + rnd.int(3); flips > 0; flips--) {
			const bit = rnd.int(bytes.length * 8);
			bytes[bit >> 3]! ^= 1 << (bit & 7);
		}
		if (isWellFormedEdit(doc, bytes)) continue;
		frames.push({ kind: 'bit-flipped update', bytes });
		kept++;
	}
	for (let i = 0; i < 1000; i++) {
		const type = i % 10 === 0 ? 2 : 4 + rnd.int(1_000_000);
		const payload = rnd.bytes(rnd.int(50));
		frames.push({
			kind: 'unknown message type',
			bytes: message((e) => {
				encoding.writeVarUint(e, type);
				encoding.writeUint8Array(e, payload);
			})
		});
	}
	for (let i = 0; i < 500; i++) {
		const inner = message((e) => {
			encoding.writeVarUint(e, 1);
			encoding.writeVarUint(e, rnd.int(2 ** 31));
			encoding.writeVarUint(e, rnd.int(100));
			if (i % 2 === 0) encoding.writeVarString(e, '{"user": not json');
			else encoding.writeUint8Array(e, rnd.bytes(1 + rnd.int(40)));
		});
		frames.push({
			kind: 'broken awareness',
			bytes: message((e) => {
				encoding.writeVarUint(e, 1);
				encoding.writeVarUint8Array(e, inner);
			})
		});
	}
	for (let i = 0; i < 5; i++) {
		const bytes = new Uint8Array(maxBytes + 1 + rnd.int(1000));
		bytes.set(updateFrame(updates[0]!));
		frames.push({ kind: 'oversized', bytes });
	}
	for (let i = 0; i < 10; i++) frames.push({ kind: 'text frame', bytes: real(), text: true });
	return frames;
}
