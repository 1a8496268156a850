// Telling of the competitive selection: an application submitted (to KIDI's reviewers), given to an
// evaluator for scoring (to the evaluator), decided (to its applicant, once the results are
// published: before that the applicant may not see them, so nothing is told).
import type { Db } from '../db';
import type { AppUser } from '../authz/actor';
import { can } from '../authz/can';
import type { StoredApplication, StoredCall } from '../selection/store';
import { globalPeople, idsOf, peopleById } from './audience';
import { applicationLink, resultsLink } from './links';
import { notify } from './notify';

const resourceOf = (call: StoredCall, application: StoredApplication, assigned: readonly string[] = []) => ({
	call: { state: call.state, evaluators: call.evaluators },
	applicantId: application.applicantId,
	assigned
});

export async function tellSubmitted(
	db: Db,
	user: AppUser,
	call: StoredCall,
	application: StoredApplication,
	now: number
): Promise<void> {
	const reviewers = (await globalPeople(db, ['reviewer'])).filter((person) =>
		can(person, 'application.check', resourceOf(call, application))
	);
	await notify(
		db,
		{
			kind: 'application_submitted',
			actor: { id: user.id, name: user.displayName },
			link: applicationLink(call.id, application.id),
			detail: { call: call.title, application: application.name },
			key: `submitted:${application.id}`
		},
		idsOf(reviewers),
		now
	);
}

/** After assignment: each evaluator hears once of each application given to them. */
export async function tellAssigned(
	db: Db,
	user: AppUser,
	call: StoredCall,
	applications: readonly StoredApplication[],
	assignments: Map<string, string[]>,
	now: number
): Promise<void> {
	for (const application of applications) {
		const assigned = assignments.get(application.id) ?? [];
		const evaluators = (await peopleById(db, assigned)).filter((person) =>
			can(person, 'application.score', resourceOf(call, application, assigned))
		);
		for (const evaluator of evaluators) {
			await notify(
				db,
				{
					kind: 'application_assigned',
					actor: { id: user.id, name: user.displayName },
					link: applicationLink(call.id, application.id),
					detail: { call: call.title, application: application.name },
					key: `assigned:${application.id}`
				},
				[evaluator.id],
				now
			);
		}
	}
}

/** Once the results are published: each applicant hears what became of their application. */
export async function tellDecided(
	db: Db,
	user: AppUser,
	call: StoredCall,
	applications: readonly StoredApplication[],
	now: number
): Promise<void> {
	for (const application of applications) {
		if (!application.applicantId || application.state === 'draft') continue;
		const [applicant] = await peopleById(db, [application.applicantId]);
		const resource = resourceOf(call, application);
		if (
			!applicant ||
			!can(applicant, 'call.results', resource) ||
			!can(applicant, 'application.view', resource)
		)
			continue;
		await notify(
			db,
			{
				kind: 'application_decided',
				actor: { id: user.id, name: user.displayName },
				link: resultsLink(call.id),
				detail: { call: call.title, application: application.name, decision: application.state },
				key: `decided:${application.id}`
			},
			[applicant.id],
			now
		);
	}
}
