// The Yjs states inside a cluster file: base64 that must decode to a whole plan document, and the
// plan id a copy under new ids writes into them.
import * as Y from 'yjs';
import { SCHEMA_VERSION, migrate, schemaVersionOf, snapshot } from '../../plan';
import { badFile } from './problem';

// Strict: Buffer.from(…, 'base64') skips whatever is not base64, so a damaged file would decode.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The bytes of a base64 field, or a `bad_base64` refusal naming `field`. */
export function fromBase64(text: string, field: string): Uint8Array {
	if (!BASE64.test(text)) throw badFile('bad_base64', field, 'is not base64');
	return new Uint8Array(Buffer.from(text, 'base64'));
}

export function toBase64(bytes: Uint8Array): string {
	return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/**
 * Decodes `state` into a plan document (at this code's layout unless `migrate` is false), or refuses
 * with `bad_document`: bytes Yjs cannot read, a state that depends on updates it lacks, a document
 * that is not a plan, or one written by newer code.
 */
export function decodePlan(state: Uint8Array, field: string, { migrate: upgrade = true } = {}): Y.Doc {
	const doc = new Y.Doc();
	try {
		try {
			Y.applyUpdate(doc, state);
		} catch {
			throw badFile('bad_document', field, 'is not a Yjs document');
		}
		if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null)
			throw badFile('bad_document', field, 'is an incomplete Yjs document');
		const version = schemaVersionOf(doc);
		if (version === null) throw badFile('bad_document', field, 'is not a plan');
		if (version > SCHEMA_VERSION)
			throw badFile('bad_document', field, `is a plan of a newer layout (${version})`);
		if (upgrade) migrate(doc);
		if (schemaVersionOf(doc) === SCHEMA_VERSION) readable(doc, field);
		return doc;
	} catch (problem) {
		doc.destroy();
		throw problem;
	}
}

/** Proves a plan at this layout reads: a snapshot is what every page and export takes of it. */
function readable(doc: Y.Doc, field: string): void {
	try {
		snapshot(doc);
	} catch {
		throw badFile('bad_document', field, 'is a plan that cannot be read');
	}
}

/** The id the document names itself by, as the plan's copy under a new id must. */
export function renamePlanDocument(doc: Y.Doc, planId: string): void {
	const meta = doc.getMap<unknown>('meta');
	if (meta.get('id') !== planId) meta.set('id', planId);
}

/** `doc` as one update. */
export function encodePlan(doc: Y.Doc): Uint8Array {
	return Y.encodeStateAsUpdate(doc);
}
