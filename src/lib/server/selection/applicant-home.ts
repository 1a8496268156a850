// What an applicant's home page shows before any cluster is theirs: the calls open now, and their
// own applications to every call they can see, each as the call's page lists it.
import type { AppUser } from '../authz/actor';
import type { Db } from '../db';
import { callSummary, type CallSummary } from './call-list';
import { listCalls, viewCall, type ApplicationSummary } from './calls';
import type { StoredCall } from './store';

export type OwnApplication = ApplicationSummary & { call: Pick<StoredCall, 'id' | 'title' | 'state'> };

/** The open calls and `user`'s own applications, the newest call first. */
export async function applicantHome(
	db: Db,
	user: AppUser
): Promise<{ open: CallSummary[]; applications: OwnApplication[] }> {
	const calls = await listCalls(db, user);
	// An applicant reads only their own applications of a call (can: application.view), so the
	// call's list is theirs; there are a handful of calls a year.
	const views = await Promise.all(calls.map((call) => viewCall(db, user, call.id)));
	return {
		open: calls.filter((call) => call.state === 'open').map(callSummary),
		applications: views.flatMap((view) =>
			view.applications.map((application) => ({
				...application,
				call: { id: view.id, title: view.title, state: view.state }
			}))
		)
	};
}
