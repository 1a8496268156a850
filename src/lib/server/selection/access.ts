// Who may read or act in a call: a call the person may not see is 404 (so ids cannot be probed), an
// action they may not take in it 403. Every service of the selection comes through here, and every
// answer here is `can`'s.
import { refusals } from '../../refusal';
import type { AppUser } from '../authz/actor';
import { can, type CallAction, type CallResource } from '../authz/can';
import type { Db } from '../db';
import { readApplication, readAssignments, readCall, type StoredApplication, type StoredCall } from './store';

type Reader = Pick<Db, 'select' | 'tables'>;

const FORBIDDEN: Partial<Record<CallAction, string>> = {
	'call.manage': 'Only KIDI’s admins and reviewers run a call',
	'call.results': 'The results are read once they are published',
	'application.check': 'Only KIDI’s admins and reviewers check applications',
	'application.view': 'This application is not yours to read',
	'application.edit': 'Only the applicant who wrote it changes an application',
	'application.score': 'Only the call’s evaluators score its applications',
	'ranking.view': 'Only KIDI’s admins and reviewers read the ranking'
};

/** Refuses `action` with 403 unless `can` allows it on `resource`. */
export function demand(user: AppUser, action: CallAction, resource: CallResource): void {
	if (!can(user, action, resource)) throw refusals.forbidden(FORBIDDEN[action]);
}

/** The call `user` may see, after `action` (if named) is allowed on it. */
export async function callFor(
	db: Reader,
	user: AppUser,
	callId: string,
	action?: CallAction
): Promise<StoredCall> {
	const call = await readCall(db, callId);
	if (!call || !can(user, 'call.view', { call })) throw refusals.notFound('No such call');
	if (action) demand(user, action, { call });
	return call;
}

/** The resource `can` judges an application on. */
export function applicationResource(
	call: StoredCall,
	application: StoredApplication,
	assigned: readonly string[]
): CallResource {
	return { call, applicantId: application.applicantId, assigned };
}

/**
 * An application of a call `user` may see, with its evaluators, after `action` is allowed on it:
 * 404 for an application that is not in this call, 403 for one the person may not touch.
 */
export async function applicationFor(
	db: Reader,
	user: AppUser,
	callId: string,
	applicationId: string,
	action: CallAction = 'application.view'
): Promise<{ call: StoredCall; application: StoredApplication; assigned: string[] }> {
	const call = await callFor(db, user, callId);
	const application = await readApplication(db, applicationId);
	if (!application || application.callId !== call.id) throw refusals.notFound('No such application');
	const assigned = (await readAssignments(db, call.id)).get(application.id) ?? [];
	demand(user, action, applicationResource(call, application, assigned));
	return { call, application, assigned };
}
