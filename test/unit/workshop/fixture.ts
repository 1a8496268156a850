// A plan with a line, an objective, two actions and three projects, and the people of a workshop.
import * as P from '../../../src/lib/plan';
import { PlanError } from '../../../src/lib/plan';
import {
	applyWorkshopOp,
	type OpContext,
	type Participant,
	type WorkshopOp
} from '../../../src/lib/plan/workshop';
import { newPlan } from '../plan/plan-fixture';

export const facilitator: Participant = {
	id: 'u-f',
	username: 'aigerim',
	name: 'Aigerim S.',
	role: 'facilitator'
};
export const member: Participant = { id: 'u-m', username: 'bolat', name: 'Bolat K.', role: 'member' };
export const other: Participant = { id: 'u-o', username: 'dana', name: 'Dana T.', role: 'member' };

export function workshopPlan() {
	const doc = newPlan();
	P.addLine(doc, { id: 'l1', title: 'Markets' });
	P.addObjective(doc, { id: 'o1', lineId: 'l1', title: 'Enter China' });
	P.addAction(doc, { id: 'a1', objectiveId: 'o1', title: 'Trade mission' });
	P.addAction(doc, { id: 'a2', objectiveId: 'o1', title: 'Certify mills' });
	for (const id of ['p1', 'p2', 'p3']) P.addProject(doc, { id, title: `Project ${id}`, priority: 5 });
	return doc;
}

/** Runs an op as `who` at `now`, as the server's door would (anonymous keys derived from the id). */
export function op(
	doc: ReturnType<typeof newPlan>,
	who: Participant,
	name: WorkshopOp,
	args: Record<string, unknown> = {},
	now = 1_700_000_000_000
) {
	const ctx: OpContext = {
		by: who,
		now,
		moderator: who.role === 'facilitator',
		anonymousKey: (voteId) => `a-${voteId.slice(0, 4)}-${[...who.id].reverse().join('')}#`
	};
	return applyWorkshopOp(doc, name, args, ctx);
}

export function started(doc = workshopPlan()) {
	op(doc, facilitator, 'start', {
		title: 'Strategy workshop',
		agenda: [
			{ title: 'Value chain', minutes: 20, page: 'map' },
			{ title: 'Ideas', minutes: 30, page: 'board' },
			{ title: 'Projects', minutes: 15, page: 'projects' }
		],
		columns: [{ title: 'Strengths' }, { title: 'Ideas for markets', lineId: 'l1' }]
	});
	return doc;
}

/** The code of the PlanError `run` throws, or 'accepted' when it throws none. */
export function refusalCode(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		if (error instanceof PlanError) return error.code;
		throw error;
	}
	return 'accepted';
}
