// A plan's Yjs document read from and first written to the document store, outside a live room:
// the JSON API reads it, and creating a plan (or the demo seed) writes its first state.
import * as Y from 'yjs';
import { SCHEMA_VERSION, initPlan, migrate, schemaVersionOf, snapshot, type PlanData } from '../../plan';
import { plans } from '../db/schema';
import type { Db } from '../db';
import { sqliteDocumentStore } from '../documents/sqlite-store';
import type { DocumentStore } from '../documents/store';

const stores = new WeakMap<Db, DocumentStore>();

/** The document store on `db`, prepared once per connection. */
export function documentStore(db: Db): DocumentStore {
	let store = stores.get(db);
	if (!store) stores.set(db, (store = sqliteDocumentStore(db)));
	return store;
}

/** Reads a plan document: its snapshot, then the log written after it. */
export function loadPlanDocument(db: Db, planId: string): Y.Doc {
	const stored = documentStore(db).load(planId);
	const doc = new Y.Doc();
	if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
	for (const update of stored.updates) Y.applyUpdate(doc, update);
	return doc;
}

/** Writes the first state of a plan whose content is built up front (the demo seed). */
export function createPlanDocument(db: Db, planId: string, build: (doc: Y.Doc) => void): void {
	const doc = new Y.Doc();
	build(doc);
	documentStore(db).compact(planId, Y.encodeStateAsUpdate(doc));
	doc.destroy();
}

/** The plan as plain JSON; a plan whose document was never written reads as an empty plan. */
export function readPlan(db: Db, plan: { id: string; title: string }): PlanData {
	const doc = loadPlanDocument(db, plan.id);
	try {
		if (doc.getMap('meta').get('schemaVersion') === undefined) initPlan(doc, plan);
		return snapshot(doc);
	} finally {
		doc.destroy();
	}
}

/**
 * Brings every stored plan document to this code's layout, before either door opens: a migration is
 * written once, by the server, so no two browsers ever migrate the same document at once. Returns
 * the ids of the plans migrated.
 */
export function migratePlanDocuments(db: Db): string[] {
	const migrated: string[] = [];
	for (const { id } of db.select({ id: plans.id }).from(plans).all()) {
		const doc = loadPlanDocument(db, id);
		try {
			const version = schemaVersionOf(doc);
			if (version === null || version === SCHEMA_VERSION) continue;
			const updates: Uint8Array[] = [];
			doc.on('update', (update: Uint8Array) => updates.push(update));
			migrate(doc);
			documentStore(db).append(updates.map((update) => ({ planId: id, update })));
			migrated.push(id);
		} finally {
			doc.destroy();
		}
	}
	return migrated;
}
