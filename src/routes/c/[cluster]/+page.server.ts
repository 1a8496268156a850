import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { authorize } from '$lib/server/authz/guard';
import { can, isClusterRole } from '$lib/server/authz/can';
import {
	addMember,
	changeRole,
	ClusterInputError,
	clusterMembers,
	clusterPlans,
	getCluster,
	removeMember
} from '$lib/server/clusters';
import { clusterErrorMessage } from '$lib/server/clusters/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const clusterId = event.params.cluster;
	const db = getDb();
	const cluster = getCluster(db, clusterId);
	if (!cluster) error(404, m.error_not_found());
	const user = authorize(event, 'cluster.view', clusterId);
	return {
		cluster,
		plans: clusterPlans(db, clusterId),
		members: clusterMembers(db, clusterId),
		canManage: can(user, 'cluster.manageMembers', { clusterId }),
		mayExport: can(user, 'cluster.export', { clusterId }),
		userId: user.id
	};
};

/** Runs a member change after the check; bad input becomes a 400 with a message in the user's language. */
async function memberChange(
	event: Parameters<Actions[string]>[0],
	change: (form: FormData, clusterId: string, byUserId: string) => void
) {
	const clusterId = event.params.cluster!;
	const user = authorize(event, 'cluster.manageMembers', clusterId);
	const form = await event.request.formData();
	try {
		change(form, clusterId, user.id);
	} catch (e) {
		if (e instanceof ClusterInputError) return fail(400, { message: clusterErrorMessage(e) });
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
