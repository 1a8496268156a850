// The 2017 call from its opening to its published results, taken step by step through the
// selection's own rules with the clock of 2017: each application submitted inside the window, the
// formal check, the evenly spread assignment, each evaluator's declaration and sheet, the ranking
// and the decision it proposes. So the demo holds what the services would have stored, and a slip
// in the data (a late submission, a missing answer, a pilot that would not have won) stops the seed.
import {
	checkApplication,
	moveApplication,
	type Application,
	type ApplicationState
} from '../../../selection/application';
import { assignEvaluators, type Assignment } from '../../../selection/assignment';
import { checkCall, moveCall, type Call } from '../../../selection/call';
import { applyFormalCheck, type FormalCheck } from '../../../selection/check';
import { proposeDecision, rankApplications, type Decision } from '../../../selection/ranking';
import { declareConflict, scoreApplication, scoredIfComplete, type Sheet } from '../../../selection/scoring';
import { submitApplication } from '../../../selection/submission';
import type { StoredApplication, StoredCall } from '../../selection/store';
import { applicationOf, type ApplicationEntry } from './application-entry';
import { APPLICANT_2017_APPLICATION, otherEntries } from './applications';
import { call2017, CALL_2017_ID, decision2017, moments2017 } from './call-2017';
import { pilotEntries } from './pilots';
import { scoresOf } from './scores';

export type SelectionHistory = {
	call: StoredCall;
	/** In the order they were submitted. */
	applications: StoredApplication[];
	assignments: Assignment[];
	sheets: Sheet[];
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Evaluators on one application, as KIDI asked: the whole panel of three. */
const PER_APPLICATION = 3;

/** Every 2017 application, in the order they were submitted. */
export const entries2017: ApplicationEntry[] = [...pilotEntries, ...otherEntries].sort(
	(a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt)
);

// An evaluator scores three applications a day, two hours apart, each panel member a day after
// the one before, from the first morning of scoring; a sheet takes them an hour and a quarter.
function sheetMoments(index: number, evaluatorIndex: number): { declared: number; submitted: number } {
	const declared =
		Date.parse(moments2017.scoringBegins) +
		(Math.floor(index / 3) + evaluatorIndex) * DAY +
		(index % 3) * 2 * HOUR;
	return { declared, submitted: declared + 1.25 * HOUR };
}

/**
 * The 2017 call and its applications, assignments and sheets as they stood once the results were
 * published. `panel` is the evaluators' user ids (three), `applicantId` the account that wrote the
 * Burabay application (the others came on paper, before Clusterplan: they have no applicant).
 */
export function history2017(panel: readonly string[], applicantId: string | null): SelectionHistory {
	let call: Call = { ...checkCall({ ...call2017, evaluators: panel }), id: CALL_2017_ID, state: 'draft' };
	call = moveCall(call, 'open', Date.parse(call.opensAt!));

	let applications: Application[] = entries2017.map((entry) => {
		const draft: Application = {
			...checkApplication(applicationOf(entry)),
			id: entry.id,
			callId: call.id,
			state: 'draft',
			submittedAt: null
		};
		return submitApplication(draft, call, Date.parse(entry.submittedAt));
	});
	call = moveCall(call, 'closed', Date.parse(call.closesAt!));

	const checks = new Map<string, FormalCheck>();
	applications = applications.map((application, i) => {
		const unmet = entries2017[i]!.unmet ?? {};
		const verdicts = call.requirements.map(({ id }) => ({ id, met: !unmet[id], reason: unmet[id] ?? '' }));
		const checked = applyFormalCheck(application, call, { requirements: verdicts });
		checks.set(application.id, checked.check);
		return checked.application;
	});
	call = moveCall(call, 'scoring', Date.parse(moments2017.scoringBegins));

	const eligible = applications.filter((application) => application.state === 'eligible');
	const assignments = assignEvaluators(
		eligible.map((application) => application.id),
		call.evaluators,
		PER_APPLICATION
	);
	const sheets: Sheet[] = [];
	eligible.forEach((application, index) => {
		const assigned = assignments.find((each) => each.applicationId === application.id)!.evaluatorIds;
		assigned.forEach((evaluatorId) => {
			const evaluatorIndex = call.evaluators.indexOf(evaluatorId);
			const { declared, submitted } = sheetMoments(index, evaluatorIndex);
			const context = { call, application, assigned, evaluatorId, sheet: null };
			const sheet = declareConflict(context, { conflict: false }, declared);
			const scores = scoresOf(application.id, index, evaluatorIndex);
			sheets.push(scoreApplication({ ...context, sheet }, { scores }, submitted));
		});
	});
	applications = applications.map((application) => {
		const assigned = assignments.find((each) => each.applicationId === application.id)?.evaluatorIds ?? [];
		return scoredIfComplete(application, sheets, assigned);
	});

	const proposal = proposeDecision(rankApplications(call, applications, sheets), call.seats!);
	checkPilotsChosen(proposal);
	const decisionOf = new Map<string, Decision>();
	for (const [decision, ids] of Object.entries(proposal) as [Decision, string[]][])
		for (const id of ids) decisionOf.set(id, decision);
	applications = applications.map((application) => {
		const decision = decisionOf.get(application.id);
		return decision ? moveApplication(application, decision as ApplicationState, 'decision') : application;
	});
	call = moveCall(call, 'decided', Date.parse(moments2017.decided));
	call = moveCall(call, 'published', Date.parse(moments2017.published));

	return {
		call: { ...call, decision: decision2017, updatedAt: Date.parse(moments2017.published) },
		applications: applications.map((application, i) => ({
			...application,
			applicantId: application.id === APPLICANT_2017_APPLICATION ? applicantId : null,
			formalCheck: checks.get(application.id) ?? null,
			decisionNote: '',
			clusterId: application.state === 'chosen' ? (entries2017[i]!.clusterId ?? null) : null,
			files: []
		})),
		assignments,
		sheets
	};
}

// The Commission chose the six pilots because they ranked best: if the table of scores ever said
// otherwise, the demo would tell a different story than its clusters, so it stops here instead.
function checkPilotsChosen(proposal: Record<Decision, string[]>): void {
	const pilots = pilotEntries.map((entry) => entry.id).sort();
	const chosen = [...proposal.chosen].sort();
	if (JSON.stringify(chosen) !== JSON.stringify(pilots)) {
		throw new Error(`The 2017 scores choose ${chosen.join(', ')} instead of the six pilots`);
	}
}
