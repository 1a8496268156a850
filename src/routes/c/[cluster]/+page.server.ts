import { getDb } from '$lib/server/db';
import { authorize } from '$lib/server/authz/guard';
import { can, isClusterRole } from '$lib/server/authz/can';
import { addMember, changeRole, clusterMembers, clusterPlans, removeMember } from '$lib/server/clusters';
import { viewableCluster } from '$lib/server/clusters/access';
import { clusterRefusal } from '$lib/server/clusters/input-error';
import { refusedForm } from '$lib/server/answer/form';
import { nameFromForm } from '$lib/server/clusters/names';
import { checkClusterNames, renameCluster } from '$lib/server/clusters/rename';
import { readParticipants } from '$lib/server/registry/participants';
import { asOfDay } from '$lib/registry/as-of';
import { clusterCounts, newestParticipants } from '$lib/registry/cluster-counts';
import type { ClusterRole } from '$lib/server/db/schema';
import type { AppUser } from '$lib/server/authz/actor';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user, cluster } = await viewableCluster(event);
	const clusterId = cluster.id;
	const db = getDb();
	const [plans, members, participants] = await Promise.all([
		clusterPlans(db, clusterId),
		clusterMembers(db, clusterId),
		readParticipants(db, clusterId)
	]);
	// Counted on the day the address asks (`?asOf=`), today when it asks none or no real date.
	const asOf = asOfDay(event.url.searchParams.get('asOf'));
	return {
		cluster,
		plans,
		members,
		counts: clusterCounts(participants, asOf),
		newest: newestParticipants(participants, asOf).map(({ id, name, joinedAt }) => ({ id, name, joinedAt })),
		canManage: can(user, 'cluster.manageMembers', { clusterId }),
		mayExport: can(user, 'cluster.export', { clusterId }),
		mayRename: can(user, 'cluster.rename', { clusterId }),
		mayRenamePlans: can(user, 'plan.rename', { clusterId }),
		userId: user.id
	};
};

/** What a member change did, for the confirmation the page words in the reader's language. */
type MemberDone = { change: 'added' | 'role' | 'removed'; name: string; role: ClusterRole | null };

/**
 * Runs a member change after the checks: a cluster this person may not see is as unknown as a missing
 * one (404), one they see but may not manage is 403; a refused change answers `{error, code, field}`
 * in the user's language, a done one says what was done.
 */
async function memberChange(
	event: Parameters<Actions[string]>[0],
	change: (form: FormData, clusterId: string, by: AppUser) => Promise<MemberDone>
) {
	const { cluster } = await viewableCluster(event);
	const user = authorize(event, 'cluster.manageMembers', cluster.id);
	const form = await event.request.formData();
	try {
		return { member: await change(form, cluster.id, user) };
	} catch (e) {
		return refusedForm(e, 'cluster');
	}
}

function roleOf(form: FormData) {
	const role = form.get('role');
	if (!isClusterRole(role)) throw clusterRefusal('role');
	return role;
}

export const actions: Actions = {
	addMember: (event) =>
		memberChange(event, async (form, clusterId, by) => {
			const role = roleOf(form);
			const added = await addMember(getDb(), clusterId, String(form.get('username') ?? ''), role, by);
			return { change: 'added', name: added.displayName, role };
		}),
	changeRole: (event) =>
		memberChange(event, async (form, clusterId, by) => {
			const role = roleOf(form);
			const changed = await changeRole(getDb(), clusterId, String(form.get('userId') ?? ''), role, by);
			return { change: 'role', name: changed.displayName, role };
		}),
	removeMember: (event) =>
		memberChange(event, async (form, clusterId, by) => {
			const removed = await removeMember(getDb(), clusterId, String(form.get('userId') ?? ''), by);
			return { change: 'removed', name: removed.displayName, role: null };
		}),
	/** The cluster's name, region and sector in three languages (admins). */
	rename: async (event) => {
		const { cluster } = await viewableCluster(event);
		const user = authorize(event, 'cluster.rename', cluster.id);
		const form = await event.request.formData();
		const typed = {
			name: nameFromForm(form, 'name'),
			region: nameFromForm(form, 'region'),
			sector: nameFromForm(form, 'sector')
		};
		try {
			await renameCluster(getDb(), cluster.id, checkClusterNames(typed), user.id);
		} catch (e) {
			return refusedForm(e, 'cluster', { renamed: false, typed });
		}
		return { renamed: true };
	}
};
