// A plan's Yjs document read from and first written to the document store, outside a live room:
// the JSON API reads it, and creating a plan (or the demo seed) writes its first state.
import * as Y from 'yjs';
import {
	SCHEMA_VERSION,
	checkDocument,
	initPlan,
	migrate,
	schemaVersionOf,
	snapshot,
	type PlanData,
	type Localized
} from '../../plan';
import { documentsOf, type Db } from '../db';
import type { DocumentStore } from '../documents/store';

/** The document store beside `db`. */
export function documentStore(db: Db): DocumentStore {
	return documentsOf(db);
}

/**
 * Reads a plan document: its snapshot, then the log written after it. Readers (pages, exports, the
 * API) get what can be read, a damaged row skipped and logged; with `strict`, as for the live door
 * that will write on top of it, a damaged row throws instead.
 */
export async function loadPlanDocument(db: Db, planId: string, { strict = false } = {}): Promise<Y.Doc> {
	const stored = await documentStore(db).load(planId);
	const doc = new Y.Doc();
	for (const update of [stored.snapshot, ...stored.updates]) {
		if (!update) continue;
		try {
			Y.applyUpdate(doc, update);
		} catch (error) {
			if (strict) {
				doc.destroy();
				throw error;
			}
			console.error(`plans: a stored update of plan ${planId} cannot be read, skipped`, error);
		}
	}
	return doc;
}

/**
 * Writes the first state of a plan whose content is built up front (the demo seed, tests). With
 * `checked`, the built document must pass the layout's whole-document check, as every edit must.
 */
export async function createPlanDocument(
	db: Db,
	planId: string,
	build: (doc: Y.Doc) => void,
	{ checked = false } = {}
): Promise<void> {
	const doc = new Y.Doc();
	try {
		build(doc);
		const state = Y.encodeStateAsUpdate(doc);
		const problem = checked ? checkDocument(doc, state.byteLength, 1)[0] : undefined;
		if (problem)
			throw new Error(
				`plan ${planId} breaks the layout: ${problem.path} ${problem.code}: ${problem.message}`
			);
		// The first row of the plan's log; the room folds it into a snapshot when the log grows.
		await documentStore(db).append([{ planId, update: state }]);
	} finally {
		doc.destroy();
	}
}

/**
 * Changes a stored plan document outside a live room (the demo seed, before any door opens): the
 * change runs through the plan operations and is appended to the document's log.
 */
export async function changePlanDocument(
	db: Db,
	planId: string,
	change: (doc: Y.Doc) => void
): Promise<void> {
	const doc = await loadPlanDocument(db, planId, { strict: true });
	try {
		const updates: Uint8Array[] = [];
		doc.on('update', (update: Uint8Array) => updates.push(update));
		change(doc);
		await documentStore(db).append(updates.map((update) => ({ planId, update })));
	} finally {
		doc.destroy();
	}
}

/** The plan as plain JSON; a plan whose document was never written reads as an empty plan. */
export async function readPlan(db: Db, plan: { id: string; title: Localized }): Promise<PlanData> {
	const doc = await loadPlanDocument(db, plan.id);
	try {
		if (doc.getMap('meta').get('schemaVersion') === undefined) initPlan(doc, plan);
		return snapshot(doc);
	} finally {
		doc.destroy();
	}
}

/** What the start-up pass over the stored plans found. */
export type PlanDocumentsReport = {
	/** Plans moved to this code's layout. */
	migrated: string[];
	/** Plans that could not be read or migrated, with why: they stay closed until the next start. */
	unreadable: Map<string, string>;
};

/**
 * Brings every stored plan document to this code's layout, before either door opens: a migration is
 * written once, by the server, so no two browsers ever migrate the same document at once. One plan
 * that cannot be read or migrated (stored by newer code, damaged) is reported, never fatal.
 */
export async function migratePlanDocuments(db: Db): Promise<PlanDocumentsReport> {
	const { plans } = db.tables;
	const report: PlanDocumentsReport = { migrated: [], unreadable: new Map() };
	for (const { id } of await db.select({ id: plans.id }).from(plans).orderBy(plans.id)) {
		try {
			if (await migratePlanDocument(db, id)) report.migrated.push(id);
		} catch (error) {
			report.unreadable.set(id, error instanceof Error ? error.message : String(error));
		}
	}
	return report;
}

/** Migrates one stored plan document; true when it was moved to the current layout. */
async function migratePlanDocument(db: Db, planId: string): Promise<boolean> {
	const doc = await loadPlanDocument(db, planId, { strict: true });
	try {
		const version = schemaVersionOf(doc);
		if (version === null || version === SCHEMA_VERSION) return false;
		const updates: Uint8Array[] = [];
		doc.on('update', (update: Uint8Array) => updates.push(update));
		migrate(doc);
		await documentStore(db).append(updates.map((update) => ({ planId, update })));
		return true;
	} finally {
		doc.destroy();
	}
}
