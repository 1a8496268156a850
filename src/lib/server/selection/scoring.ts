// Scoring: KIDI gives each eligible application to evaluators of the call's panel (spread evenly, or
// by hand); each evaluator first declares a conflict of interest or none, then scores every
// criterion with a comment and submits. A conflict takes them off the application, and the least
// loaded free evaluator takes their place.
import { refusals } from '../../refusal';
import { fieldsOf, isBlankValue, nestedFieldsOf } from '../../registry/fields';
import { assignEvaluators, replaceEvaluator, type Conflict } from '../../selection/assignment';
import { list, requiredId, uniqueIds, wholeNumber } from '../../selection/fields';
import { refuse, refuseStep } from '../../selection/refusals';
import { declareConflict, scoreApplication, scoredIfComplete, type Sheet } from '../../selection/scoring';
import type { AppUser } from '../authz/actor';
import { tellAssigned } from '../notifications/selection-news';
import { audit } from '../audit';
import type { Db } from '../db';
import { applicationFor, callFor } from './access';
import {
	readApplications,
	readAssignments,
	readSheet,
	readSheets,
	writeApplication,
	writeAssignment,
	writeSheet,
	type StoredApplication
} from './store';

const conflictsOf = (sheets: readonly Sheet[]): Conflict[] =>
	sheets
		.filter((sheet) => sheet.conflict)
		.map(({ applicationId, evaluatorId }) => ({ applicationId, evaluatorId }));

/**
 * Assigns evaluators, while the call is closed or being scored. `{perApplication: n}` spreads the
 * panel evenly over the eligible applications no one has begun to score; `{applicationId,
 * evaluatorIds}` sets one application's by hand (each on the panel, none with a declared conflict).
 */
export async function assign(
	db: Db,
	user: AppUser,
	callId: string,
	body: unknown,
	now: number
): Promise<Map<string, string[]>> {
	const { call, applications, assignments } = await db.transaction(async (tx) => {
		const call = await callFor(tx, user, callId, 'call.manage');
		if (call.state !== 'closed' && call.state !== 'scoring') {
			throw refuseStep('invalid_state', `a call that is ${call.state} assigns no evaluators`, 'state');
		}
		const fields = fieldsOf(body, ['perApplication', 'applicationId', 'evaluatorIds']);
		const [applications, sheets] = await Promise.all([
			readApplications(tx, call.id),
			readSheets(tx, call.id)
		]);
		const begun = new Set(sheets.map((sheet) => sheet.applicationId));
		if (!isBlankValue(fields.perApplication)) {
			const perApplication = wholeNumber(
				fields.perApplication,
				'perApplication',
				1,
				call.evaluators.length || 1
			);
			const open = applications.filter(
				(application) => application.state === 'eligible' && !begun.has(application.id)
			);
			const spread = assignEvaluators(
				open.map((application) => application.id),
				call.evaluators,
				perApplication,
				conflictsOf(sheets)
			);
			for (const each of spread) await writeAssignment(tx, each.applicationId, each.evaluatorIds);
		} else {
			const applicationId = requiredId(fields.applicationId, 'applicationId');
			const application = applications.find((each) => each.id === applicationId);
			if (!application) throw refusals.notFound('No such application');
			if (application.state !== 'eligible') {
				throw refuseStep('not_checked', 'only an application that passed the formal check is assigned');
			}
			const evaluatorIds = list(fields.evaluatorIds, 'evaluatorIds', call.evaluators.length).map((id, i) =>
				requiredId(id, `evaluatorIds.${i}`)
			);
			uniqueIds(evaluatorIds, (i) => `evaluatorIds.${i}`);
			evaluatorIds.forEach((id, i) => {
				if (!call.evaluators.includes(id)) {
					throw refuse('invalid_value', `evaluatorIds.${i}`, `${id} is not on the call’s panel`);
				}
				if (
					sheets.some(
						(sheet) => sheet.applicationId === applicationId && sheet.evaluatorId === id && sheet.conflict
					)
				) {
					throw refuse('invalid_value', `evaluatorIds.${i}`, `${id} declared a conflict on this application`);
				}
			});
			await writeAssignment(tx, applicationId, evaluatorIds);
		}
		await audit(tx, { userId: user.id, action: 'call.assign', target: call.id }, now);
		return { call, applications, assignments: await readAssignments(tx, call.id) };
	});
	await tellAssigned(db, user, call, applications, assignments, now);
	return assignments;
}

// The API takes scores as a list (`[{criterionId, score, comment}]`); the domain keys them by
// criterion. A criterion listed twice is refused here, so neither score silently wins.
function scoresById(value: unknown): Record<string, unknown> | undefined {
	if (isBlankValue(value)) return undefined;
	const given = list(value, 'scores', 100);
	const byId: Record<string, unknown> = {};
	given.forEach((each, i) => {
		const fields = nestedFieldsOf(each, `scores.${i}`, ['criterionId', 'score', 'comment']);
		const id = requiredId(fields.criterionId, `scores.${i}.criterionId`);
		if (byId[id] !== undefined)
			throw refuse('duplicate_id', `scores.${i}.criterionId`, `${id} is scored twice`);
		byId[id] = { score: fields.score, comment: fields.comment };
	});
	return byId;
}

/**
 * An evaluator's word on an application: `{conflict: true}` declares a conflict (they leave it for
 * good); `{conflict: false}` declares none; with `scores` it also submits the sheet. Refused as
 * `declareConflict` and `scoreApplication` refuse: 403 `not_assigned` or `conflict_declared`, 409
 * before the formal check or after a submitted sheet.
 */
export async function score(
	db: Db,
	user: AppUser,
	callId: string,
	applicationId: string,
	body: unknown,
	now: number
): Promise<{ sheet: Sheet; application: StoredApplication }> {
	return db.transaction(async (tx) => {
		const { call, application, assigned } = await applicationFor(
			tx,
			user,
			callId,
			applicationId,
			'application.score'
		);
		const fields = fieldsOf(body, ['conflict', 'scores']);
		const context = {
			call,
			application,
			assigned,
			evaluatorId: user.id,
			sheet: await readSheet(tx, application.id, user.id)
		};
		let sheet = context.sheet;
		// A first word declares, and so does a conflict found late. After a conflict every word goes
		// through the declaration too, whose checks refuse it first (403 conflict_declared): otherwise
		// scores would be refused as a wrong body (400), and `{conflict: false}` taken as a no-op (200).
		if (!sheet || sheet.conflict || fields.conflict === true) {
			sheet = declareConflict(context, { conflict: fields.conflict }, now);
		}
		if (sheet.conflict) {
			if (fields.scores !== undefined && !isBlankValue(fields.scores)) {
				throw refuse('invalid_value', 'scores', 'an evaluator with a conflict gives no scores');
			}
			const sheets = await readSheets(tx, call.id);
			// Every application's evaluators, not this one's alone: the loads that decide who is least
			// loaded are the panel's over the whole call.
			const all = await readAssignments(tx, call.id);
			all.set(application.id, assigned);
			const replaced = replaceEvaluator(
				[...all].map(([applicationId, evaluatorIds]) => ({ applicationId, evaluatorIds })),
				application.id,
				user.id,
				call.evaluators,
				conflictsOf(sheets)
			);
			const evaluatorIds = replaced.find((each) => each.applicationId === application.id)!.evaluatorIds;
			await writeAssignment(tx, application.id, evaluatorIds);
		} else if (fields.conflict !== false) {
			throw refuse('required', 'conflict', 'say whether you have a conflict of interest');
		} else {
			const scores = scoresById(fields.scores);
			if (scores !== undefined) sheet = scoreApplication({ ...context, sheet }, { scores }, now);
		}
		await writeSheet(tx, sheet);
		const all = await readSheets(tx, call.id);
		const evaluators = (await readAssignments(tx, call.id)).get(application.id) ?? [];
		const moved = scoredIfComplete(application, all, evaluators);
		const stored: StoredApplication = { ...application, state: moved.state };
		if (moved.state !== application.state) await writeApplication(tx, stored, now);
		const detail = { conflict: sheet.conflict, submitted: sheet.submittedAt !== null };
		await audit(tx, { userId: user.id, action: 'application.score', target: application.id, detail }, now);
		return { sheet, application: stored };
	});
}
