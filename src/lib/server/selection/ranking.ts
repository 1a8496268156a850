// The ranking KIDI reads and the commission decides on, the decision itself, and the results
// everyone signed in reads once they are published.
import { Refusal, refusals } from '../../refusal';
import { isDate } from '../../registry/dates';
import { fieldsOf, isBlankValue, nestedFieldsOf, text } from '../../registry/fields';
import type { Localized } from '../../plan/localized';
import { applicationsAwaiting, moveApplication, type ApplicationState } from '../../selection/application';
import { moveCall } from '../../selection/call';
import { list, requiredId } from '../../selection/fields';
import {
	proposeDecision,
	rankApplications,
	type Decision,
	type RankedApplication
} from '../../selection/ranking';
import { refuse, refuseStep } from '../../selection/refusals';
import type { Sheet } from '../../selection/scoring';
import type { AppUser } from '../authz/actor';
import { audit } from '../audit';
import type { Db } from '../db';
import { callFor } from './access';
import {
	readApplications,
	readSheets,
	writeApplication,
	writeCall,
	type CallDecision,
	type StoredApplication,
	type StoredCall
} from './store';

/** A row of the ranking: the domain's, with what the table shows beside it. */
export type RankingRow = RankedApplication & {
	region: string;
	sector: string;
	submittedAt: string | null;
	/** Each evaluator's submitted scores, once all are in; empty before, and for a reader with a conflict. */
	sheets: Pick<Sheet, 'evaluatorId' | 'scores' | 'submittedAt'>[];
	/** True when the reader declared a conflict on it: its scores are withheld from them. */
	withheld: boolean;
	note: string;
};

export type Ranking = {
	call: StoredCall;
	rows: RankingRow[];
	/** What the ranking proposes for the call's seats; null while an application has no total. */
	proposal: Record<Decision, string[]> | null;
	/** Applications submitted and not yet checked, or eligible and not yet scored. */
	awaiting: string[];
};

const DECISIONS: readonly Decision[] = ['chosen', 'reserve', 'not_chosen'];

function rows(
	call: StoredCall,
	applications: StoredApplication[],
	sheets: Sheet[],
	viewer: string
): RankingRow[] {
	const ranked = rankApplications(call, applications, sheets);
	const conflicted = new Set(
		sheets
			.filter((sheet) => sheet.evaluatorId === viewer && sheet.conflict)
			.map((sheet) => sheet.applicationId)
	);
	return ranked.map((entry) => {
		const application = applications.find((each) => each.id === entry.applicationId)!;
		const allIn = application.state !== 'eligible';
		const withheld = conflicted.has(entry.applicationId) && call.state !== 'published';
		const counted = sheets.filter(
			(sheet) =>
				sheet.applicationId === entry.applicationId &&
				!sheet.conflict &&
				sheet.submittedAt !== null &&
				call.evaluators.includes(sheet.evaluatorId)
		);
		const row: RankingRow = {
			...entry,
			region: application.region,
			sector: application.sector,
			submittedAt: application.submittedAt,
			sheets:
				allIn && !withheld
					? counted.map(({ evaluatorId, scores, submittedAt }) => ({ evaluatorId, scores, submittedAt }))
					: [],
			withheld,
			note: application.decisionNote
		};
		if (withheld) {
			row.total = null;
			row.byCriterion = {};
			row.spread = 0;
			row.disputed = false;
		}
		return row;
	});
}

/** The ranking of a call (KIDI only), best first, of the applications that passed the formal check. */
export async function rankingOf(db: Db, user: AppUser, callId: string): Promise<Ranking> {
	const call = await callFor(db, user, callId, 'ranking.view');
	const [applications, sheets] = await Promise.all([readApplications(db, call.id), readSheets(db, call.id)]);
	const ranked = rankApplications(call, applications, sheets);
	let proposal: Ranking['proposal'] = null;
	try {
		proposal = call.seats === null || ranked.length === 0 ? null : proposeDecision(ranked, call.seats);
	} catch (error) {
		if (!(error instanceof Refusal)) throw error;
	}
	return {
		call,
		rows: rows(call, applications, sheets, user.id),
		proposal,
		awaiting: applicationsAwaiting(applications)
	};
}

/**
 * Records the commission's decision `{date, protocol, decisions?: [{applicationId, decision, note}]}`
 * on a call being scored: every application checked and scored (409 `not_scored` otherwise), each
 * ranked application chosen, in reserve or not chosen (what the ranking proposes, for any the body
 * leaves out), none chosen or in reserve below the pass mark. The call becomes `decided`.
 */
export async function decide(
	db: Db,
	user: AppUser,
	callId: string,
	body: unknown,
	now: number
): Promise<Ranking> {
	await db.transaction(async (tx) => {
		const call = await callFor(tx, user, callId, 'call.manage');
		const fields = fieldsOf(body, ['date', 'protocol', 'decisions']);
		if (!isDate(fields.date)) throw refuse('invalid_date', 'date', 'date must be a day written YYYY-MM-DD');
		const protocol = text(fields.protocol, 'protocol', 100, true);
		const moved = moveCall(call, 'decided', now);
		const [applications, sheets] = await Promise.all([
			readApplications(tx, call.id),
			readSheets(tx, call.id)
		]);
		const waiting = applicationsAwaiting(applications);
		if (waiting.length > 0)
			throw refuseStep('not_scored', `${waiting.length} applications are not checked and scored yet`);
		const ranked = rankApplications(call, applications, sheets);
		const proposal = proposeDecision(ranked, call.seats ?? 1);
		const chosen = new Map<string, { decision: Decision; note: string }>();
		for (const decision of DECISIONS)
			for (const id of proposal[decision]) chosen.set(id, { decision, note: '' });
		const given = isBlankValue(fields.decisions) ? [] : list(fields.decisions, 'decisions', 1000);
		given.forEach((value, i) => {
			const each = nestedFieldsOf(value, `decisions.${i}`, ['applicationId', 'decision', 'note']);
			const id = requiredId(each.applicationId, `decisions.${i}.applicationId`);
			const entry = ranked.find((row) => row.applicationId === id);
			if (!entry)
				throw refuse('invalid_value', `decisions.${i}.applicationId`, `${id} is not in the ranking`);
			const decision = each.decision as Decision;
			if (!DECISIONS.includes(decision)) {
				throw refuse(
					'invalid_value',
					`decisions.${i}.decision`,
					`decision must be one of ${DECISIONS.join(', ')}`
				);
			}
			if (decision !== 'not_chosen' && !entry.passes) {
				throw refuse('invalid_value', `decisions.${i}.decision`, `${id} is below the pass mark`);
			}
			chosen.set(id, { decision, note: text(each.note, `decisions.${i}.note`, 2000) });
		});
		for (const application of applications) {
			const verdict = chosen.get(application.id);
			if (!verdict) continue;
			const state = moveApplication(application, verdict.decision as ApplicationState, 'decision').state;
			await writeApplication(tx, { ...application, state, decisionNote: verdict.note }, now);
		}
		const decisionOf: CallDecision = { date: fields.date, protocol };
		await writeCall(tx, { ...call, state: moved.state, decision: decisionOf }, user.id, now);
		await audit(tx, { userId: user.id, action: 'call.decide', target: call.id, detail: decisionOf }, now);
	});
	return rankingOf(db, user, callId);
}

/** One line of the published results. */
export type ResultRow = {
	applicationId: string;
	name: Localized;
	region: string;
	sector: string;
	/** `rejected` for one that failed the formal check. */
	result: Decision | 'rejected';
	total: number | null;
	rank: number | null;
	clusterId: string | null;
};

/** The published results (anyone signed in; KIDI also before publishing). */
export async function resultsOf(
	db: Db,
	user: AppUser,
	callId: string
): Promise<{ call: StoredCall; rows: ResultRow[] }> {
	const call = await callFor(db, user, callId, 'call.results');
	if (call.state !== 'decided' && call.state !== 'published')
		throw refusals.notFound('The call has no results yet');
	const [applications, sheets] = await Promise.all([readApplications(db, call.id), readSheets(db, call.id)]);
	const ranked = rankApplications(call, applications, sheets);
	const out: ResultRow[] = ranked.map((entry) => {
		const application = applications.find((each) => each.id === entry.applicationId)!;
		return {
			applicationId: entry.applicationId,
			name: entry.name,
			region: application.region,
			sector: application.sector,
			result: entry.decision ?? 'not_chosen',
			total: entry.total,
			rank: entry.rank,
			clusterId: application.clusterId
		};
	});
	for (const application of applications.filter((each) => each.state === 'rejected')) {
		out.push({
			applicationId: application.id,
			name: application.name,
			region: application.region,
			sector: application.sector,
			result: 'rejected',
			total: null,
			rank: null,
			clusterId: null
		});
	}
	return { call, rows: out };
}
