// Applications to a call: an applicant begins one while the call takes applications, changes it as
// a draft, and submits it before the deadline (by the server's clock); from then on it is read-only
// to them. KIDI then checks it against the formal requirements.
import { refusals } from '../../refusal';
import { newId } from '../../plan/ids';
import { fieldsOf } from '../../registry/fields';
import { checkApplication, type ApplicationInput } from '../../selection/application';
import { checkAcceptingApplications } from '../../selection/call';
import { applyFormalCheck } from '../../selection/check';
import { refuseStep } from '../../selection/refusals';
import { visibleScores, type Sheet } from '../../selection/scoring';
import { submitApplication } from '../../selection/submission';
import type { AppUser } from '../authz/actor';
import { can } from '../authz/can';
import { tellSubmitted } from '../notifications/selection-news';
import { audit } from '../audit';
import type { Db } from '../db';
import { applicationFor, applicationResource, callFor } from './access';
import { readSheets, writeApplication, type StoredApplication, type StoredCall } from './store';

const INPUT_KEYS = [
	'name',
	'region',
	'sector',
	'enterprises',
	'valueChain',
	'coordinator',
	'answers'
] as const satisfies readonly (keyof ApplicationInput)[];

/** An application as one reader sees it: the whole of it, and what of its review is theirs to read. */
export type ApplicationView = StoredApplication & {
	/** The sheets the reader may read (their own; the others' once theirs is in; KIDI all, once scored). */
	sheets: Sheet[];
	/** The evaluators assigned (KIDI only). */
	evaluators: string[];
	may: { edit: boolean; check: boolean; score: boolean };
	/** The commission's decision and its note, for the applicant once published (KIDI always). */
	call: Pick<StoredCall, 'id' | 'title' | 'state' | 'criteria' | 'requirements' | 'closesAt' | 'decision'>;
};

/** Begins a draft (201). Only applicants, and only while the call takes applications (409 otherwise). */
export async function createApplication(
	db: Db,
	user: AppUser,
	callId: string,
	body: unknown,
	now: number
): Promise<StoredApplication> {
	const call = await callFor(db, user, callId);
	if (!can(user, 'call.apply')) throw refusals.forbidden('Only an applicant account applies to a call');
	checkAcceptingApplications(call, now);
	const input = checkApplication(body);
	const application: StoredApplication = {
		...input,
		attachments: [],
		id: newId(),
		callId: call.id,
		state: 'draft',
		submittedAt: null,
		applicantId: user.id,
		formalCheck: null,
		decisionNote: '',
		clusterId: null,
		files: []
	};
	await db.transaction(async (tx) => {
		await writeApplication(tx, application, now);
		await audit(tx, { userId: user.id, action: 'application.create', target: application.id }, now);
	});
	return application;
}

/** Changes the draft's fields given; a submitted application is final (409 `already_submitted`). */
export async function changeApplication(
	db: Db,
	user: AppUser,
	callId: string,
	applicationId: string,
	body: unknown,
	now: number
): Promise<StoredApplication> {
	return db.transaction(async (tx) => {
		const { application } = await applicationFor(tx, user, callId, applicationId, 'application.edit');
		if (application.state !== 'draft') {
			throw refuseStep('already_submitted', 'a submitted application is final');
		}
		const given = fieldsOf(body, INPUT_KEYS);
		const merged: Record<string, unknown> = {};
		for (const key of INPUT_KEYS) merged[key] = given[key] === undefined ? application[key] : given[key];
		const input = checkApplication(merged);
		const changed: StoredApplication = { ...application, ...input, attachments: [] };
		await writeApplication(tx, changed, now);
		return changed;
	});
}

/** Submits the draft at the server's `now`: refused as `submitApplication` refuses. */
export async function submit(
	db: Db,
	user: AppUser,
	callId: string,
	applicationId: string,
	now: number
): Promise<StoredApplication> {
	const { call, submitted } = await db.transaction(async (tx) => {
		const { call, application } = await applicationFor(tx, user, callId, applicationId, 'application.edit');
		const submitted: StoredApplication = { ...application, ...submitApplication(application, call, now) };
		await writeApplication(tx, submitted, now);
		const detail = { callId: call.id, submittedAt: submitted.submittedAt };
		await audit(tx, { userId: user.id, action: 'application.submit', target: application.id, detail }, now);
		return { call, submitted };
	});
	await tellSubmitted(db, user, call, submitted, now);
	return submitted;
}

/** The formal check (KIDI): every requirement met or not, with reasons; a failed one rejects it. */
export async function formalCheck(
	db: Db,
	user: AppUser,
	callId: string,
	applicationId: string,
	body: unknown,
	now: number
): Promise<StoredApplication> {
	return db.transaction(async (tx) => {
		const { call, application } = await applicationFor(tx, user, callId, applicationId, 'application.check');
		const checked = applyFormalCheck(application, call, body);
		const stored: StoredApplication = {
			...application,
			state: checked.application.state,
			formalCheck: checked.check
		};
		await writeApplication(tx, stored, now);
		const detail = { state: stored.state, failed: checked.result.reasons.map((reason) => reason.id) };
		await audit(tx, { userId: user.id, action: 'application.check', target: application.id, detail }, now);
		return stored;
	});
}

/** The states an application's own applicant reads before the results are published. */
const BEFORE_PUBLISHED = new Map<string, string>([
	['rejected', 'submitted'],
	['eligible', 'submitted'],
	['scored', 'submitted'],
	['chosen', 'submitted'],
	['reserve', 'submitted'],
	['not_chosen', 'submitted']
]);

/**
 * The application as `user` reads it. Its applicant sees the formal check and the decision only
 * once the call's results are published (until then "submitted"); evaluators see the scores
 * `visibleScores` lets them; KIDI sees everything, and every sheet once the application is scored
 * (all its evaluators are in), so no one reading the ranking early reads a half-scored sheet.
 */
export async function viewApplication(
	db: Db,
	user: AppUser,
	callId: string,
	applicationId: string
): Promise<ApplicationView> {
	const { call, application, assigned } = await applicationFor(db, user, callId, applicationId);
	const resource = applicationResource(call, application, assigned);
	const kidi = can(user, 'application.check', resource);
	const all = (await readSheets(db, call.id)).filter((sheet) => sheet.applicationId === application.id);
	const ownConflict = all.some((sheet) => sheet.evaluatorId === user.id && sheet.conflict);
	const settled = !['draft', 'submitted', 'eligible'].includes(application.state);
	const sheets = ownConflict
		? all.filter((sheet) => sheet.evaluatorId === user.id)
		: kidi && settled
			? all
			: visibleScores(all, user.id);
	const own = application.applicantId === user.id && !kidi;
	const published = call.state === 'published';
	const shown: StoredApplication =
		own && !published
			? {
					...application,
					state: (BEFORE_PUBLISHED.get(application.state) ?? application.state) as StoredApplication['state'],
					formalCheck: null,
					decisionNote: ''
				}
			: application;
	return {
		...shown,
		sheets,
		evaluators: kidi ? assigned : [],
		may: {
			edit: can(user, 'application.edit', resource) && application.state === 'draft',
			check:
				kidi && application.state === 'submitted' && (call.state === 'closed' || call.state === 'scoring'),
			score:
				can(user, 'application.score', resource) &&
				assigned.includes(user.id) &&
				call.state === 'scoring' &&
				application.state === 'eligible'
		},
		call: {
			id: call.id,
			title: call.title,
			state: call.state,
			criteria: call.criteria,
			requirements: call.requirements,
			closesAt: call.closesAt,
			decision: published || kidi ? call.decision : null
		}
	};
}
