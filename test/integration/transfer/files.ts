// Cluster files for the import tests: the demo flour cluster as its export writes it, changed in one
// place, sent to the real server, and the proof that a refusal wrote nothing.
import { expect } from 'vitest';
import * as Y from 'yjs';
import type { transferServer } from './fixture';

export type Json = Record<string, unknown>;
export type ClusterFile = Json & {
	plans: (Json & { document: string; versions: Json[]; values: Json[]; periodSteps: Json[] })[];
};

type Server = ReturnType<typeof transferServer>;

/** A base64 Yjs state with `change` applied to its document. */
export function changedState(state: string, change: (doc: Y.Doc) => void): string {
	const doc = new Y.Doc();
	try {
		Y.applyUpdate(doc, new Uint8Array(Buffer.from(state, 'base64')));
		change(doc);
		return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
	} finally {
		doc.destroy();
	}
}

/** The first item of a collection of a plan document, as a map to write into. */
export function firstItem(doc: Y.Doc, collection: string): Y.Map<unknown> {
	const item = [...doc.getMap<Y.Map<unknown>>(collection).values()][0];
	if (!item) throw new Error(`the plan has no ${collection}`);
	return item;
}

/**
 * Imports `file` as a copy and expects a refusal that wrote nothing at all; answers the status and
 * body for the test's own expectations.
 */
export async function refusedImport(s: Server, file: ClusterFile | string) {
	const before = await s.counts();
	const res = await s.importFile('demo-admin', typeof file === 'string' ? file : JSON.stringify(file), {
		id: 'flour-refused'
	});
	expect(await s.counts()).toEqual(before);
	return { status: res.status, body: res.json() };
}

/** `file` as format 2 wrote it: format 3 without the registry. */
export function asFormat2<T extends Json>({ participants: _p, profile: _q, ...file }: T): Json {
	return { ...file, formatVersion: 2 };
}

/**
 * A plan's data (a snapshot, as the API shows it) without its actors' links to participants: a copy
 * links the copy's own participants, under new ids (registry.test.ts proves which).
 */
export function withoutLinks(data: Json): Json {
	const actors = data.actors as Json[];
	return { ...data, actors: actors.map((actor) => ({ ...actor, participantId: undefined })) };
}
