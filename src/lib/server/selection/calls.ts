// Calls for applications: KIDI's admins and reviewers write them and move them through their
// states; everyone signed in reads a call once it is out of its draft. What each person reads of a
// call's applications depends on who they are: KIDI all of them, an evaluator those given to them,
// an applicant their own.
import { refusals } from '../../refusal';
import { applicationsAwaiting } from '../../selection/application';
import { checkCall, moveCall, type Call, type CallInput, type CallState } from '../../selection/call';
import { refuseStep } from '../../selection/refusals';
import type { Sheet } from '../../selection/scoring';
import { fieldsOf } from '../../registry/fields';
import { newId } from '../../plan/ids';
import type { AppUser } from '../authz/actor';
import { can } from '../authz/can';
import { tellDecided } from '../notifications/selection-news';
import { audit } from '../audit';
import type { Db } from '../db';
import { callFor, demand } from './access';
import { progressOf, type Progress } from './progress';
import {
	readApplications,
	readAssignments,
	readCalls,
	readSheets,
	writeCall,
	type StoredApplication,
	type StoredCall
} from './store';

/** An application as a call's list shows it. */
export type ApplicationSummary = Pick<
	StoredApplication,
	'id' | 'name' | 'region' | 'sector' | 'submittedAt' | 'state' | 'clusterId'
> & { evaluators: string[] };

export type CallView = StoredCall & {
	/** What the reader may do: the page offers only these. */
	may: { manage: boolean; apply: boolean; rank: boolean; results: boolean };
	applications: ApplicationSummary[];
	/** Scoring progress per evaluator and per application (KIDI only). */
	progress: Progress | null;
	/** For an evaluator on the panel: the applications assigned to them and how far their sheet is. */
	mine: OwnSheet[] | null;
};

/** How far an evaluator's sheet on one application is: not begun, no conflict declared, or in. */
export type OwnSheet = { applicationId: string; sheet: 'none' | 'declared' | 'submitted' };

const summary = (application: StoredApplication, evaluators: string[]): ApplicationSummary => ({
	id: application.id,
	name: application.name,
	region: application.region,
	sector: application.sector,
	submittedAt: application.submittedAt,
	state: application.state,
	clusterId: application.clusterId,
	evaluators
});

/** The calls `user` may see, the newest first. */
export async function listCalls(db: Db, user: AppUser): Promise<StoredCall[]> {
	return (await readCalls(db)).filter((call) => can(user, 'call.view', { call }));
}

/**
 * A call as `user` reads it: the call itself, and of its applications what is theirs to see. KIDI
 * sees every application that was submitted (a draft is its applicants' own until then), an
 * evaluator those assigned to them, an applicant their own, drafts included.
 */
export async function viewCall(db: Db, user: AppUser, callId: string): Promise<CallView> {
	const call = await callFor(db, user, callId);
	const manage = can(user, 'call.manage', { call });
	const [applications, assigned] = await Promise.all([
		readApplications(db, call.id),
		readAssignments(db, call.id)
	]);
	const visible = applications.filter((application) => {
		const evaluators = assigned.get(application.id) ?? [];
		if (application.applicantId === user.id) return true;
		if (application.state === 'draft') return false;
		return can(user, 'application.view', {
			call,
			applicantId: application.applicantId,
			assigned: evaluators
		});
	});
	const onPanel = call.evaluators.includes(user.id);
	const sheets = manage || onPanel ? await readSheets(db, call.id) : [];
	const progress = manage ? progressOf(call, applications, assigned, sheets) : null;
	const mine = onPanel ? ownSheets(user.id, visible, assigned, sheets) : null;
	return {
		...call,
		may: {
			manage,
			apply: can(user, 'call.apply') && call.state === 'open',
			rank: can(user, 'ranking.view', { call }),
			results: can(user, 'call.results', { call })
		},
		applications: visible.map((application) =>
			summary(application, manage ? (assigned.get(application.id) ?? []) : [])
		),
		progress,
		mine
	};
}

function ownSheets(
	evaluatorId: string,
	applications: readonly StoredApplication[],
	assigned: ReadonlyMap<string, readonly string[]>,
	sheets: readonly Sheet[]
): OwnSheet[] {
	return applications
		.filter((application) => (assigned.get(application.id) ?? []).includes(evaluatorId))
		.map((application) => {
			const sheet = sheets.find(
				(each) => each.applicationId === application.id && each.evaluatorId === evaluatorId
			);
			const state = !sheet ? 'none' : sheet.submittedAt ? 'submitted' : 'declared';
			return { applicationId: application.id, sheet: state };
		});
}

/** A new call in draft. 201 with the call; 403 for anyone but KIDI's admins and reviewers. */
export async function createCall(db: Db, user: AppUser, body: unknown, now: number): Promise<StoredCall> {
	if (!can(user, 'call.create')) throw refusals.forbidden('Only KIDI’s admins and reviewers write calls');
	const input = checkCall(body);
	const call: StoredCall = { ...input, id: newId(), state: 'draft', decision: null, updatedAt: now };
	await db.transaction(async (tx) => {
		await writeCall(tx, call, user.id, now);
		await audit(tx, { userId: user.id, action: 'call.create', target: call.id }, now);
	});
	return call;
}

// Once a call is open its rules, dates and criteria are what applicants rely on: only its panel
// may still change, until scoring begins, as evaluators drop out or join.
const CHANGEABLE_AFTER_DRAFT: Partial<Record<CallState, readonly (keyof CallInput)[]>> = {
	open: ['evaluators'],
	closed: ['evaluators']
};

/** Changes the fields given (a draft: any; later only what `CHANGEABLE_AFTER_DRAFT` allows). */
export async function changeCall(
	db: Db,
	user: AppUser,
	callId: string,
	body: unknown,
	now: number
): Promise<StoredCall> {
	return db.transaction(async (tx) => {
		const call = await callFor(tx, user, callId, 'call.manage');
		const given = fieldsOf(body, [
			'title',
			'rules',
			'opensAt',
			'closesAt',
			'requirements',
			'criteria',
			'passMark',
			'seats',
			'evaluators'
		]);
		const keys = Object.keys(given).filter((key) => given[key as keyof typeof given] !== undefined);
		if (call.state !== 'draft') {
			const allowed = CHANGEABLE_AFTER_DRAFT[call.state] ?? [];
			const fixed = keys.find((key) => !allowed.includes(key as keyof CallInput));
			if (fixed) throw refuseStep('invalid_state', `a call that is ${call.state} keeps its ${fixed}`, fixed);
		}
		const { id, state, decision, updatedAt, ...current } = call;
		void updatedAt;
		const input = checkCall({
			...current,
			...Object.fromEntries(keys.map((key) => [key, given[key as keyof typeof given]]))
		});
		const changed: StoredCall = { ...input, id, state, decision, updatedAt: now };
		await writeCall(tx, changed, user.id, now);
		await audit(tx, { userId: user.id, action: 'call.change', target: id, detail: { fields: keys } }, now);
		return changed;
	});
}

/**
 * Moves a call to `state` (`open`, `closed`, `scoring`, `published`; `decided` is the decision's,
 * see ranking.ts). Refused as `moveCall` refuses, and scoring with applications not yet checked
 * is allowed (the check goes on while scoring), but publishing needs the decision.
 */
export async function moveCallTo(
	db: Db,
	user: AppUser,
	callId: string,
	body: unknown,
	now: number
): Promise<StoredCall> {
	const stored = await db.transaction(async (tx) => {
		const call = await callFor(tx, user, callId, 'call.manage');
		const { state } = fieldsOf(body, ['state']);
		if (state === 'decided') {
			throw refuseStep('invalid_state', 'a call is decided by recording the commission’s decision', 'state');
		}
		const moved = moveCall(call, state, now) as Call;
		const stored: StoredCall = { ...call, state: moved.state, updatedAt: now };
		await writeCall(tx, stored, user.id, now);
		const detail = { from: call.state, to: moved.state };
		await audit(tx, { userId: user.id, action: 'call.move', target: call.id, detail }, now);
		return stored;
	});
	if (stored.state === 'published')
		await tellDecided(db, user, stored, await readApplications(db, stored.id), now);
	return stored;
}

/** The applications that keep a call from its decision (submitted and unchecked, or unscored). */
export async function awaiting(db: Db, callId: string): Promise<string[]> {
	return applicationsAwaiting(await readApplications(db, callId));
}

export { demand };
