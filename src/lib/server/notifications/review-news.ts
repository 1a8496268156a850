// Telling of KIDI's review: a version submitted (to the reviewers), a decision on it (to the
// cluster's facilitators and members), a reporting year submitted (to the reviewers), returned or
// approved (to the cluster's coordinators and whoever submitted it).
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import type { AppUser } from '../authz/actor';
import type { VersionState, VersionStep, PeriodState, PeriodStep } from '../../plan';
import { allowedTo, clusterPeople, idsOf, withRole } from './audience';
import { planAbout } from './about';
import { diffLink, yearLink } from './links';
import { notify } from './notify';

const actorOf = (user: AppUser) => ({ id: user.id, name: user.displayName });

/** After a version's review step is stored. */
export async function tellVersionStep(
	db: Db,
	user: AppUser,
	planId: string,
	version: { number: number; label: string },
	step: VersionStep,
	state: VersionState,
	now: number
): Promise<void> {
	const about = await planAbout(db, planId);
	if (!about) return;
	const people = await clusterPeople(db, about.clusterId);
	const submitted = step === 'submit';
	const audience = submitted
		? allowedTo(withRole(people, about.clusterId, ['reviewer']), 'version.review', about.clusterId)
		: allowedTo(withRole(people, about.clusterId, ['facilitator', 'member']), 'plan.view', about.clusterId);
	await notify(
		db,
		{
			kind: submitted ? 'version_submitted' : 'version_decided',
			actor: actorOf(user),
			clusterId: about.clusterId,
			planId,
			link: diffLink(about.clusterId, planId, version.number),
			detail: {
				cluster: about.cluster,
				plan: about.plan,
				version: { number: version.number, label: version.label, state }
			}
		},
		idsOf(audience),
		now
	);
}

/** After a reporting year's step is stored (not a value recorded: `record` steps tell nobody). */
export async function tellYearStep(
	db: Db,
	user: AppUser,
	planId: string,
	year: number,
	step: PeriodStep,
	state: PeriodState,
	comment: string,
	now: number
): Promise<void> {
	const kind =
		step === 'submit'
			? 'year_submitted'
			: step === 'return'
				? 'year_returned'
				: step === 'approve'
					? 'year_approved'
					: null;
	if (!kind) return;
	const about = await planAbout(db, planId);
	if (!about) return;
	const people = await clusterPeople(db, about.clusterId);
	let audience;
	if (kind === 'year_submitted') {
		audience = allowedTo(withRole(people, about.clusterId, ['reviewer']), 'period.review', about.clusterId);
	} else {
		const submitter = await lastSubmitter(db, planId, year);
		audience = allowedTo(
			people.filter(
				(person) => withRole([person], about.clusterId, ['coordinator']).length > 0 || person.id === submitter
			),
			'plan.view',
			about.clusterId
		);
	}
	await notify(
		db,
		{
			kind,
			actor: actorOf(user),
			clusterId: about.clusterId,
			planId,
			link: yearLink(about.clusterId, planId, year),
			detail: { cluster: about.cluster, plan: about.plan, year, state, ...(comment ? { comment } : {}) }
		},
		idsOf(audience),
		now
	);
}

/** Who last submitted the year: they hear what became of it, whatever their role. */
async function lastSubmitter(db: Db, planId: string, year: number): Promise<string | null> {
	const { periodSteps } = db.tables;
	const [row] = await db
		.select({ userId: periodSteps.userId })
		.from(periodSteps)
		.where(and(eq(periodSteps.planId, planId), eq(periodSteps.year, year), eq(periodSteps.step, 'submit')))
		.orderBy(desc(periodSteps.id))
		.limit(1);
	return row?.userId ?? null;
}
