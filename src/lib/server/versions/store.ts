// Plan versions: named, immutable snapshots of a plan document. A version keeps the encoded Yjs
// state (what a restore writes back and the read-only view opens) and its `PlanData` (what lists,
// diffs and exports read without decoding the document).
import { and, desc, eq, inArray, max } from 'drizzle-orm';
import * as Y from 'yjs';
import { can } from '../authz/can';
import type { AppUser } from '../authz/actor';
import type { Db, Tables } from '../db';
import type { PlanVersionRow } from '../db/schema';
import { audit } from '../audit';
import {
	initPlan,
	snapshot,
	type Localized,
	type PlanData,
	type VersionState,
	type VersionStep
} from '../../plan';
import { loadPlanDocument } from '../plans/document';
import { Refusal } from '../../refusal';
import { readableVersionSteps, versionData } from './readable';

export type PlanRef = { id: string; clusterId: string; title: Localized };

/** Why a version was kept: saved by someone, kept by the server each day, or kept before a restore. */
export type VersionKind = 'manual' | 'daily' | 'restore';

export type VersionDecision = { step: VersionStep; comment: string; byName: string; at: string };

export type VersionSummary = {
	/** The plan's own number for it: v1, v2… */
	id: number;
	planId: string;
	label: string;
	note: string;
	kind: VersionKind;
	authorName: string;
	createdAt: string;
	status: VersionState;
	/** The latest review step, if any. */
	decision: VersionDecision | null;
	restoredFrom: number | null;
};

export type VersionStepRow = {
	step: VersionStep;
	state: VersionState;
	comment: string;
	byName: string;
	at: string;
};

export type VersionComment = {
	id: number;
	item: string | null;
	text: string;
	byName: string;
	at: string;
	against: number | 'live' | null;
};

export type VersionDetail = VersionSummary & {
	data: PlanData;
	steps: VersionStepRow[];
	comments: VersionComment[];
};

export const MAX_LABEL_LENGTH = 120;
export const MAX_NOTE_LENGTH = 2000;

type StepRow = Tables['versionSteps']['$inferSelect'];
type CommentRow = Tables['versionComments']['$inferSelect'];

function stepOf(row: StepRow): VersionStepRow {
	return {
		step: row.step as VersionStep,
		state: row.state as VersionState,
		comment: row.comment,
		byName: row.userName,
		at: row.at.toISOString()
	};
}

/** What a summary reads of a version's row: never its state or data, which can be large. */
type SummaryRow = Omit<PlanVersionRow, 'state' | 'data' | 'authorId'>;

/** The columns of a `SummaryRow`, for queries that list versions. */
export function summaryColumns(planVersions: Tables['planVersions']) {
	return {
		id: planVersions.id,
		planId: planVersions.planId,
		number: planVersions.number,
		label: planVersions.label,
		note: planVersions.note,
		kind: planVersions.kind,
		restoredFrom: planVersions.restoredFrom,
		authorName: planVersions.authorName,
		createdAt: planVersions.createdAt
	};
}

function summaryOf(row: SummaryRow, last: StepRow | undefined): VersionSummary {
	return {
		id: row.number,
		planId: row.planId,
		label: row.label,
		note: row.note,
		kind: row.kind as VersionKind,
		authorName: row.authorName,
		createdAt: row.createdAt.toISOString(),
		status: last ? (last.state as VersionState) : 'draft',
		decision: last
			? {
					step: last.step as VersionStep,
					comment: last.comment,
					byName: last.userName,
					at: last.at.toISOString()
				}
			: null,
		restoredFrom: row.restoredFrom
	};
}

/** The latest step of each of `ids`. */
async function lastSteps(db: Db, ids: number[]): Promise<Map<number, StepRow>> {
	const { versionSteps } = db.tables;
	const last = new Map<number, StepRow>();
	if (!ids.length) return last;
	const rows = await db
		.select()
		.from(versionSteps)
		.where(inArray(versionSteps.versionId, ids))
		.orderBy(versionSteps.id);
	for (const row of readableVersionSteps(rows)) last.set(row.versionId, row);
	return last;
}

/** Summaries of `rows`, in their order. */
export async function summaries(db: Db, rows: SummaryRow[]): Promise<VersionSummary[]> {
	const last = await lastSteps(
		db,
		rows.map((row) => row.id)
	);
	return rows.map((row) => summaryOf(row, last.get(row.id)));
}

/** A plan's versions, newest first, without their content (not even read: a page load lists them). */
export async function listVersions(db: Db, planId: string): Promise<VersionSummary[]> {
	const { planVersions } = db.tables;
	const rows = await db
		.select(summaryColumns(planVersions))
		.from(planVersions)
		.where(eq(planVersions.planId, planId))
		.orderBy(desc(planVersions.number));
	return summaries(db, rows);
}

/** The stored row of version `number` of a plan. */
export async function versionRow(
	db: Db,
	planId: string,
	number: number
): Promise<PlanVersionRow | undefined> {
	const { planVersions } = db.tables;
	// Also outside PostgreSQL's integer column: no such version, not a query error.
	if (!Number.isSafeInteger(number) || number < 1 || number > 2_147_483_647) return undefined;
	const [row] = await db
		.select()
		.from(planVersions)
		.where(and(eq(planVersions.planId, planId), eq(planVersions.number, number)))
		.limit(1);
	return row;
}

/** One version with its content, its review history and its comments; null when there is none. */
export async function getVersion(db: Db, planId: string, number: number): Promise<VersionDetail | null> {
	const { versionSteps, versionComments } = db.tables;
	const row = await versionRow(db, planId, number);
	if (!row) return null;
	const steps = readableVersionSteps(
		await db.select().from(versionSteps).where(eq(versionSteps.versionId, row.id)).orderBy(versionSteps.id)
	);
	const comments = await db
		.select()
		.from(versionComments)
		.where(eq(versionComments.versionId, row.id))
		.orderBy(versionComments.id);
	return {
		...summaryOf(row, steps.at(-1)),
		data: versionData(row),
		steps: steps.map(stepOf),
		comments: comments.map(commentOf)
	};
}

export function commentOf(row: CommentRow): VersionComment {
	const against = row.against === null ? null : row.against === 'live' ? 'live' : Number(row.against);
	return {
		id: row.id,
		item: row.item,
		text: row.text,
		byName: row.userName,
		at: row.at.toISOString(),
		against
	};
}

/** The encoded Yjs state of a version; null when there is none. */
export async function versionState(
	db: Db,
	planId: string,
	number: number
): Promise<Uint8Array<ArrayBuffer> | null> {
	const row = await versionRow(db, planId, number);
	return row ? new Uint8Array(row.state) : null;
}

/** The plan's document as stored now (every accepted update is stored before anyone receives it). */
export async function livePlan(db: Db, plan: PlanRef): Promise<{ state: Uint8Array; data: PlanData }> {
	const doc = await loadPlanDocument(db, plan.id);
	try {
		if (doc.getMap('meta').get('schemaVersion') === undefined) initPlan(doc, plan);
		return { state: Y.encodeStateAsUpdate(doc), data: snapshot(doc) };
	} finally {
		doc.destroy();
	}
}

export type NewVersion = {
	label: string;
	note: string;
	kind: VersionKind;
	restoredFrom?: number | null;
	state: Uint8Array;
	data: PlanData;
	author: { id: string | null; name: string };
};

/**
 * Writes a version with the plan's next number. Call it inside a transaction (`db.transaction`):
 * reading the top number and writing the next is then one serializable unit, so two saves at once
 * never take the same number (on PostgreSQL the loser runs again; the unique index is the backstop).
 */
export async function keepVersion(
	tx: Db,
	plan: PlanRef,
	version: NewVersion,
	now: number
): Promise<VersionSummary> {
	const { planVersions } = tx.tables;
	const [top] = await tx
		.select({ top: max(planVersions.number) })
		.from(planVersions)
		.where(eq(planVersions.planId, plan.id));
	const [row] = await tx
		.insert(planVersions)
		.values({
			planId: plan.id,
			number: (top?.top ?? 0) + 1,
			label: version.label,
			note: version.note,
			kind: version.kind,
			restoredFrom: version.restoredFrom ?? null,
			state: Buffer.from(version.state),
			data: version.data,
			authorId: version.author.id,
			authorName: version.author.name,
			createdAt: new Date(now)
		})
		.returning();
	return summaryOf(row!, undefined);
}

function checkedText(value: unknown, field: 'label' | 'note', limit: number, required: boolean): string {
	if (value !== undefined && value !== null && typeof value !== 'string')
		throw new Refusal(400, `invalid_${field}`, `${field} must be text`, { field });
	const text = (value ?? '').trim();
	if (required && !text) throw new Refusal(400, `invalid_${field}`, `a version needs a ${field}`, { field });
	if (text.length > limit)
		throw new Refusal(400, `invalid_${field}`, `${field} is longer than ${limit} characters`, {
			field
		});
	return text;
}

/** Saves the plan as it is now under a label; anyone who may edit the plan may. Audited. */
export async function saveVersion(
	db: Db,
	user: AppUser,
	plan: PlanRef,
	input: { label?: unknown; note?: unknown },
	now = Date.now()
): Promise<VersionSummary> {
	if (!can(user, 'version.save', { clusterId: plan.clusterId }))
		throw new Refusal(403, 'forbidden', 'you may not save versions of this plan');
	const label = checkedText(input.label, 'label', MAX_LABEL_LENGTH, true);
	const note = checkedText(input.note, 'note', MAX_NOTE_LENGTH, false);
	const live = await livePlan(db, plan);
	return db.transaction(async (tx) => {
		const version = await keepVersion(
			tx,
			plan,
			{ label, note, kind: 'manual', ...live, author: { id: user.id, name: user.displayName } },
			now
		);
		await audit(
			tx,
			{
				userId: user.id,
				action: 'version.save',
				clusterId: plan.clusterId,
				target: `${plan.id}/v${version.id}`,
				detail: { label }
			},
			now
		);
		return version;
	});
}
