// From a chosen application to a cluster's workspace in one step (KIDI): the cluster with the
// application's name, region and sector; its enterprises in the registry; its applicant as a member
// and a facilitator of KIDI's choosing; a plan whose map is the application's value chain draft.
import { eq } from 'drizzle-orm';
import { refusals } from '../../refusal';
import { newId } from '../../plan/ids';
import { inGuessedLang } from '../../plan/lang-guess';
import { initPlan } from '../../plan';
import { fieldsOf, idOrNull } from '../../registry/fields';
import { refuseStep } from '../../selection/refusals';
import { mapFromValueChain, participantOfEnterprise } from '../../selection/workspace';
import type { AppUser } from '../authz/actor';
import { audit } from '../audit';
import { createCluster } from '../clusters';
import type { Db } from '../db';
import { participantRow } from '../registry/participants';
import { applicationFor } from './access';
import { writeApplication } from './store';

const PLAN_TITLE = {
	ru: 'Стратегический план развития кластера',
	kk: 'Кластерді дамытудың стратегиялық жоспары',
	en: 'Strategic development plan of the cluster'
};

/**
 * Makes the chosen application `applicationId` a cluster, with `{facilitatorId}` (a user id) as its
 * facilitator; returns the cluster's id. Refused with 409 `invalid_state` for an application that
 * is not chosen or is a cluster already.
 */
export async function makeWorkspace(
	db: Db,
	user: AppUser,
	callId: string,
	applicationId: string,
	body: unknown,
	now: number
): Promise<string> {
	const { call, application } = await applicationFor(db, user, callId, applicationId, 'call.manage');
	if (application.state !== 'chosen') {
		throw refuseStep('invalid_state', 'only a chosen application becomes a cluster', 'state');
	}
	if (application.clusterId !== null)
		throw refuseStep('invalid_state', 'this application is a cluster already', 'clusterId');
	const { facilitatorId } = fieldsOf(body, ['facilitatorId']);
	const facilitator = idOrNull(facilitatorId, 'facilitatorId', 100);
	const { users } = db.tables;
	if (facilitator !== null) {
		const [row] = await db.select({ id: users.id }).from(users).where(eq(users.id, facilitator)).limit(1);
		if (!row) throw refusals.invalidParameter('facilitatorId', 'No such user');
	}
	const joinedAt = call.decision?.date ?? new Date(now).toISOString().slice(0, 10);
	const participantIds = new Map<string, string>();
	for (const enterprise of application.enterprises)
		if (enterprise.bin) participantIds.set(enterprise.bin, newId());
	let stageIds = new Map<string, string>();
	// Named here, since the document the map is drawn on holds its plan's id from the start.
	const planId = crypto.randomUUID();
	const clusterId = await createCluster(
		db,
		{
			name: application.name,
			region: inGuessedLang(application.region),
			sector: inGuessedLang(application.sector),
			planTitle: PLAN_TITLE,
			planId,
			buildPlan: (doc) => {
				initPlan(doc, { id: planId, title: PLAN_TITLE });
				stageIds = mapFromValueChain(doc, application, participantIds);
			}
		},
		user.id
	);
	await db.transaction(async (tx) => {
		const { participants, memberships } = tx.tables;
		for (const enterprise of application.enterprises) {
			const firm = application.valueChain.firms.find(
				(each) => each.bin !== null && each.bin === enterprise.bin
			);
			const stageId = firm?.stageId ? (stageIds.get(firm.stageId) ?? null) : null;
			const input = participantOfEnterprise(enterprise, application, joinedAt, stageId);
			if (!input) continue;
			await tx
				.insert(participants)
				.values(participantRow(participantIds.get(input.bin)!, clusterId, input, null, now));
		}
		const members = new Map<string, 'member' | 'facilitator'>();
		if (application.applicantId) members.set(application.applicantId, 'member');
		if (facilitator) members.set(facilitator, 'facilitator');
		for (const [userId, role] of members) await tx.insert(memberships).values({ clusterId, userId, role });
		await writeApplication(tx, { ...application, clusterId }, now);
		const detail = { callId: call.id, applicationId: application.id };
		await audit(
			tx,
			{ userId: user.id, action: 'application.workspace', clusterId, target: application.id, detail },
			now
		);
	});
	return clusterId;
}
