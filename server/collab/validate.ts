// Checks an incoming Yjs update against the server's document before it is applied. Yjs itself
// accepts an update with missing dependencies (it parks it as "pending") and applies what it can
// of a damaged one, so without this check a corrupt frame could half-change the document or sit
// in it unseen. With one server between all peers, a well-behaved client only ever builds on state
// it received from us, so an update that references unknown content is corrupt, forged, or got
// ahead through another channel; it closes with a code that lets a real client reconnect and resync.
import * as Y from 'yjs';
import { CloseCode } from './limits';
import { ProtocolError } from './protocol';

const outOfSync = (message: string) => new ProtocolError(message, CloseCode.outOfSync);

function isKnown(id: Y.ID | null, next: Map<number, number>): boolean {
	return id === null || id.clock < (next.get(id.client) ?? 0);
}

/**
 * Throws ProtocolError unless `update` decodes completely, continues every client's clock without
 * a gap, and references (origins, parents, deletions) only content that the document or the update
 * itself holds. `stateVector` is the document's, from `Y.decodeStateVector`/`encodeStateVector`.
 * Returns how many structs the update inserts (none: it only deletes).
 */
export function checkUpdate(update: Uint8Array, stateVector: Map<number, number>): { inserts: number } {
	let decoded: ReturnType<typeof Y.decodeUpdate>;
	try {
		decoded = Y.decodeUpdate(update);
	} catch (e) {
		throw new ProtocolError(`malformed update: ${(e as Error).message}`);
	}
	// First pass: what the document will know once the update is in, refusing clock gaps.
	const next = new Map(stateVector);
	for (const struct of decoded.structs) {
		if (struct instanceof Y.Skip) throw outOfSync('update has a gap');
		const { client, clock } = struct.id;
		const have = next.get(client) ?? 0;
		if (clock > have) throw outOfSync('update depends on content the server lacks');
		if (!Number.isSafeInteger(clock + struct.length) || struct.length <= 0)
			throw new ProtocolError('update has an impossible length');
		next.set(client, Math.max(have, clock + struct.length));
	}
	// Second pass: every reference points at known content.
	for (const struct of decoded.structs) {
		if (!(struct instanceof Y.Item)) continue;
		const parent = struct.parent;
		const parentId = parent instanceof Y.ID ? parent : null;
		if (!isKnown(struct.origin, next) || !isKnown(struct.rightOrigin, next) || !isKnown(parentId, next))
			throw outOfSync('update references content the server lacks');
	}
	for (const [client, deletions] of decoded.ds.clients) {
		const known = next.get(client) ?? 0;
		for (const deletion of deletions) {
			if (deletion.len <= 0 || deletion.clock + deletion.len > known)
				throw outOfSync('update deletes content the server lacks');
		}
	}
	return { inserts: decoded.structs.length };
}

/**
 * True when `update` holds nothing `doc` lacks: every struct is one the document has, every
 * deletion one it has made. A well-behaved client replaying what it received changes nothing.
 */
export function changesNothing(doc: Y.Doc, update: Uint8Array): boolean {
	const novel = Y.decodeUpdate(Y.diffUpdate(update, Y.encodeStateVector(doc)));
	if (novel.structs.some((struct) => !(struct instanceof Y.Skip))) return false;
	for (const [client, deletions] of novel.ds.clients) {
		const structs = doc.store.clients.get(client);
		if (!structs) return false;
		for (const { clock, len } of deletions) {
			const last = structs[structs.length - 1]!;
			if (clock + len > last.id.clock + last.length) return false;
			for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
				const struct = structs[i]!;
				if (struct.id.clock >= clock + len) break;
				if (struct instanceof Y.Item && !struct.deleted) return false;
			}
		}
	}
	return true;
}
