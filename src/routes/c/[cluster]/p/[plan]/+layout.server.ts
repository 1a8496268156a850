import { getDb } from '$lib/server/db';
import { can, roleIn } from '$lib/server/authz/can';
import { clusterMembers } from '$lib/server/clusters';
import { viewablePlanPage } from '$lib/server/plans/access';
import { listVersions } from '$lib/server/versions/store';
import { latestDecision } from '$lib/components/versions/latest-decision';
import { readParticipants } from '$lib/server/registry/participants';
import { registryEntry } from '$lib/registry/link';
import { WHOLE_PLAN, watchChoices, watchesPlan } from '$lib/server/notifications/watches';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	const db = getDb();
	// Another cluster's plan, or this cluster's plan under another's address, is as unknown as a missing one.
	const { user, cluster, plan } = await viewablePlanPage(event);
	const resource = { clusterId: cluster.id };
	const [versions, members, participants, choices] = await Promise.all([
		listVersions(db, plan.id),
		clusterMembers(db, cluster.id),
		readParticipants(db, cluster.id),
		watchChoices(db, user.id, plan.id)
	]);
	return {
		cluster: { id: cluster.id, name: cluster.name },
		plan: { id: plan.id, title: plan.title },
		role: roleIn(user, cluster.id)!,
		// The latest review step on any version, for the banner every page of the plan shows.
		latestDecision: latestDecision(versions),
		// Whom a comment can mention (suggested while typing `@`).
		members: members.map((member) => ({
			username: member.username,
			name: member.displayName
		})),
		// The cluster's registry, so a map actor or a project's lead can be linked to a participant.
		registry: participants.map(registryEntry),
		may: {
			edit: can(user, 'plan.edit', resource),
			comment: can(user, 'plan.comment', resource),
			// Anyone's thread, not only one's own (see can()).
			resolveComments: can(user, 'comment.resolve', resource),
			record: can(user, 'indicator.record', resource),
			submitPeriod: can(user, 'period.submit', resource),
			reviewPeriod: can(user, 'period.review', resource),
			review: can(user, 'version.review', resource),
			submit: can(user, 'version.submit', resource),
			saveVersion: can(user, 'version.save', resource),
			restore: can(user, 'version.restore', resource),
			exportCluster: can(user, 'cluster.export', resource),
			runWorkshop: can(user, 'workshop.run', resource),
			joinWorkshop: can(user, 'workshop.join', resource)
		},
		// What the person watches here: the whole plan (their role's default included) and items.
		watching: {
			plan: watchesPlan(user, cluster.id, choices),
			items: [...choices].filter(([id, on]) => id !== WHOLE_PLAN && on).map(([id]) => id)
		},
		// The server's clock at load, so a workshop timer reads the same on every screen.
		serverNow: Date.now()
	};
};
