// The KIDI review of plan versions (states in $lib/plan/review): a facilitator submits, a reviewer
// approves or requests changes with a comment. Every step is a new row and an audit entry; comments
// on a version (on the whole or on one item of its diff) are kept beside the steps.
import { eq, inArray, max } from 'drizzle-orm';
import { can } from '../authz/can';
import type { AppUser } from '../authz/actor';
import type { Db } from '../db';
import { audit } from '../audit';
import {
	VERSION_REVIEW_STEPS,
	VERSION_STEPS_WITH_COMMENT,
	isPlanError,
	isVersionStep,
	nextVersionState,
	type VersionState,
	type Localized
} from '../../plan';
import { Refusal } from '../../refusal';
import {
	MAX_NOTE_LENGTH,
	commentOf,
	summaries,
	summaryColumns,
	versionRow,
	type PlanRef,
	type VersionComment,
	type VersionSummary
} from './store';
import { readableVersionSteps } from './readable';
import { clusterNameColumns, planTitleColumns } from '../clusters/names';
import { tellVersionStep } from '../notifications/review-news';

/** A diff item's key (`projects:<id>`): what a review comment on one item names. */
export const DIFF_ITEM_KEY = /^[a-z]+:[A-Za-z0-9_-]{1,100}$/;

function commentText(value: unknown): string {
	if (value !== undefined && value !== null && typeof value !== 'string')
		throw new Refusal(400, 'invalid_comment', 'comment must be text');
	const text = (value ?? '').trim();
	if (text.length > MAX_NOTE_LENGTH)
		throw new Refusal(400, 'invalid_comment', `comment is longer than ${MAX_NOTE_LENGTH} characters`);
	return text;
}

/** Submits a version for review, approves it, or requests changes (with a comment). Audited. */
export async function stepVersion(
	db: Db,
	user: AppUser,
	plan: PlanRef,
	number: number,
	input: { step: unknown; comment?: unknown },
	now = Date.now()
): Promise<VersionSummary> {
	if (!isVersionStep(input.step)) throw new Refusal(400, 'invalid_value', 'unknown step');
	const step = input.step;
	const action = VERSION_REVIEW_STEPS.has(step) ? 'version.review' : 'version.submit';
	if (!can(user, action, { clusterId: plan.clusterId }))
		throw new Refusal(403, 'forbidden', `you may not ${step.replace('_', ' ')} a version`);
	const comment = commentText(input.comment);
	if (VERSION_STEPS_WITH_COMMENT.has(step) && comment === '')
		throw new Refusal(400, 'comment_required', 'say in a comment which changes are needed');
	const stepped = await db.transaction(async (tx) => {
		const { versionSteps } = tx.tables;
		const row = await versionRow(tx, plan.id, number);
		if (!row) throw new Refusal(404, 'not_found', `there is no version ${number}`);
		const last = readableVersionSteps(
			await tx.select().from(versionSteps).where(eq(versionSteps.versionId, row.id)).orderBy(versionSteps.id)
		).at(-1);
		let next: VersionState;
		try {
			next = nextVersionState((last?.state as VersionState | undefined) ?? 'draft', step);
		} catch (error) {
			if (isPlanError(error)) throw new Refusal(409, error.code, error.message);
			throw error;
		}
		await tx.insert(versionSteps).values({
			versionId: row.id,
			step,
			state: next,
			comment,
			userId: user.id,
			userName: user.displayName,
			at: new Date(now)
		});
		await audit(
			tx,
			{
				userId: user.id,
				action: `version.${step}`,
				clusterId: plan.clusterId,
				target: `${plan.id}/v${number}`,
				detail: comment ? { label: row.label, comment } : { label: row.label }
			},
			now
		);
		return (await summaries(tx, [row]))[0]!;
	});
	await tellVersionStep(db, user, plan.id, { number, label: stepped.label }, step, stepped.status, now);
	return stepped;
}

/** A comment on a version, or on one item of its diff (`item` is the diff's `collection:id` key). */
export async function commentOnVersion(
	db: Db,
	user: AppUser,
	plan: PlanRef,
	number: number,
	input: { item?: unknown; text?: unknown; against?: unknown },
	now = Date.now()
): Promise<VersionComment> {
	const { versionComments } = db.tables;
	if (!can(user, 'plan.comment', { clusterId: plan.clusterId }))
		throw new Refusal(403, 'forbidden', 'you may not comment on this plan');
	const text = commentText(input.text);
	if (!text) throw new Refusal(400, 'required', 'a comment needs text');
	const item = input.item ?? null;
	if (item !== null && (typeof item !== 'string' || !DIFF_ITEM_KEY.test(item)))
		throw new Refusal(400, 'invalid_item', 'item must be a diff item key such as projects:<id>');
	const against = input.against ?? null;
	if (against !== null && against !== 'live' && !(Number.isSafeInteger(against) && (against as number) > 0))
		throw new Refusal(400, 'invalid_against', "against must be a version number or 'live'");
	const row = await versionRow(db, plan.id, number);
	if (!row) throw new Refusal(404, 'not_found', `there is no version ${number}`);
	const [written] = await db
		.insert(versionComments)
		.values({
			versionId: row.id,
			item,
			against: against === null ? null : String(against),
			text,
			userId: user.id,
			userName: user.displayName,
			at: new Date(now)
		})
		.returning();
	return commentOf(written!);
}

export type QueuedVersion = VersionSummary & {
	clusterId: string;
	clusterName: Localized;
	planTitle: Localized;
};

/** Submitted versions the user may review, the longest waiting first. */
export async function reviewQueue(db: Db, user: AppUser): Promise<QueuedVersion[]> {
	const { clusters, planVersions, plans, versionSteps } = db.tables;
	// Only each version's latest step counts: the database picks it, so the whole step history is not
	// read on every home page a reviewer opens.
	const latest = db
		.select({ id: max(versionSteps.id).as('latest_id') })
		.from(versionSteps)
		.groupBy(versionSteps.versionId)
		.as('latest');
	const submitted = (
		await db
			.select({ versionId: versionSteps.versionId })
			.from(versionSteps)
			.innerJoin(latest, eq(latest.id, versionSteps.id))
			.where(eq(versionSteps.state, 'submitted'))
			.orderBy(versionSteps.versionId)
	).map((row) => row.versionId);
	if (!submitted.length) return [];
	const rows = (
		await db
			.select({
				version: summaryColumns(planVersions),
				planTitle: planTitleColumns(plans),
				clusterId: clusters.id,
				clusterName: clusterNameColumns(clusters).name
			})
			.from(planVersions)
			.innerJoin(plans, eq(plans.id, planVersions.planId))
			.innerJoin(clusters, eq(clusters.id, plans.clusterId))
			.where(inArray(planVersions.id, submitted))
			.orderBy(planVersions.id)
	).filter((row) => can(user, 'version.review', { clusterId: row.clusterId }));
	const listed = await summaries(
		db,
		rows.map((row) => row.version)
	);
	return rows
		.map((row, index) => ({
			...listed[index]!,
			clusterId: row.clusterId,
			clusterName: row.clusterName,
			planTitle: row.planTitle
		}))
		.sort((a, b) => (a.decision!.at < b.decision!.at ? -1 : 1));
}
