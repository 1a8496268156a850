// Telling of a workshop on a plan: it started, or its facilitator opened a vote. Told to those who
// take part in workshops (the cluster's members and facilitators); those already on the plan see it anyway, but
// the others learn they are expected.
import type { Db } from '../db';
import type { AppUser } from '../authz/actor';
import { allowedTo, clusterPeople, idsOf, withRole } from './audience';
import { planAbout } from './about';
import { planLink } from './links';
import { notify } from './notify';

export async function tellWorkshop(
	db: Db,
	user: AppUser,
	planId: string,
	what:
		| { kind: 'workshop_started'; title: string; workshopId: string }
		| { kind: 'vote_opened'; title: string; voteId: string },
	now: number
): Promise<void> {
	const about = await planAbout(db, planId);
	if (!about) return;
	// KIDI's admins may join any workshop, but are not expected at every one.
	const people = withRole(await clusterPeople(db, about.clusterId), about.clusterId, [
		'member',
		'facilitator'
	]);
	const audience = allowedTo(people, 'workshop.join', about.clusterId);
	await notify(
		db,
		{
			kind: what.kind,
			actor: { id: user.id, name: user.displayName },
			clusterId: about.clusterId,
			planId,
			link: planLink(about.clusterId, planId, 'workshop'),
			detail: {
				cluster: about.cluster,
				plan: about.plan,
				...(what.kind === 'workshop_started' ? { workshop: what.title } : { vote: what.title })
			},
			key: what.kind === 'workshop_started' ? `workshop:${what.workshopId}` : `vote:${what.voteId}`
		},
		idsOf(audience),
		now
	);
}
