import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { authorize } from '$lib/server/authz/guard';
import { can, isClusterRole } from '$lib/server/authz/can';
import {
	addMember,
	changeRole,
	ClusterInputError,
	clusterMembers,
	clusterPlans,
	removeMember
} from '$lib/server/clusters';
import { viewableCluster } from '$lib/server/clusters/access';
import { clusterErrorMessage } from '$lib/server/clusters/messages';
import type { AppUser } from '$lib/server/authz/actor';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const { user, cluster } = viewableCluster(event);
	const clusterId = cluster.id;
	const db = getDb();
	return {
		cluster,
		plans: clusterPlans(db, clusterId),
		members: clusterMembers(db, clusterId),
		canManage: can(user, 'cluster.manageMembers', { clusterId }),
		mayExport: can(user, 'cluster.export', { clusterId }),
		userId: user.id
	};
};

/**
 * Runs a member change after the checks: a cluster this person may not see is as unknown as a missing
 * one (404), one they see but may not manage is 403; a refused change answers `{error, code, field}`
 * in the user's language.
 */
async function memberChange(
	event: Parameters<Actions[string]>[0],
	change: (form: FormData, clusterId: string, by: AppUser) => void
) {
	const { cluster } = viewableCluster(event);
	const user = authorize(event, 'cluster.manageMembers', cluster.id);
	const form = await event.request.formData();
	try {
		change(form, cluster.id, user);
	} catch (e) {
		if (e instanceof ClusterInputError)
			return fail(e.status, { error: clusterErrorMessage(e), code: e.code, field: e.field });
		throw e;
	}
	return { done: true };
}

function roleOf(form: FormData) {
	const role = form.get('role');
	if (!isClusterRole(role)) throw new ClusterInputError('role');
	return role;
}

export const actions: Actions = {
	addMember: (event) =>
		memberChange(event, (form, clusterId, by) =>
			addMember(getDb(), clusterId, String(form.get('username') ?? ''), roleOf(form), by)
		),
	changeRole: (event) =>
		memberChange(event, (form, clusterId, by) =>
			changeRole(getDb(), clusterId, String(form.get('userId') ?? ''), roleOf(form), by)
		),
	removeMember: (event) =>
		memberChange(event, (form, clusterId, by) =>
			removeMember(getDb(), clusterId, String(form.get('userId') ?? ''), by)
		)
};
