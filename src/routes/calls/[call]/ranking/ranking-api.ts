// Asks the server to save the commission's decision, publish the results or make a chosen
// application a cluster: what came back, or the refusal worded for the reader with the field it
// points at.
import { m } from '$lib/paraglide/messages';
import { send, type Refused } from '$lib/api/send';
import { refusalText } from '$lib/refusal-text';
import type { Decision } from '$lib/selection/ranking';

export type Problem = { message: string; field: string | null };

export type DecisionBody = {
	date: string;
	protocol: string;
	decisions: { applicationId: string; decision: Decision; note: string }[];
};

// The selection's own codes and fields; the rest is worded as the registry's forms word them.
function wording(refused: Refused): string {
	const field = refused.field ?? '';
	if (refused.code === 'not_scored') return m.ranking_error_not_scored();
	if (refused.code === 'invalid_state') return m.ranking_error_state();
	if (field === 'date') return m.ranking_error_date();
	if (field === 'protocol') return m.ranking_error_protocol();
	if (/^decisions\.\d+\.decision$/.test(field)) return m.ranking_error_below_pass_mark();
	if (/^decisions\.\d+\.note$/.test(field)) return m.ranking_error_note();
	if (field === 'facilitatorId') return m.ranking_error_facilitator();
	return refusalText(refused, 'registry');
}

const problemOf = (refused: Refused): Problem => ({
	message: wording(refused),
	field: refused.field ?? null
});

const callPath = (callId: string) => `/api/calls/${encodeURIComponent(callId)}`;

export async function saveDecision(callId: string, body: DecisionBody): Promise<Problem | null> {
	const sent = await send(`${callPath(callId)}/decision`, { method: 'POST', json: body });
	return sent.ok ? null : problemOf(sent);
}

export async function publishResults(callId: string): Promise<Problem | null> {
	const sent = await send(`${callPath(callId)}/state`, { method: 'POST', json: { state: 'published' } });
	return sent.ok ? null : problemOf(sent);
}

/** The new cluster's id, or why there is none. */
export async function makeWorkspace(
	callId: string,
	applicationId: string,
	facilitatorId: string | null
): Promise<{ clusterId: string } | Problem> {
	const sent = await send<{ clusterId: string }>(
		`${callPath(callId)}/applications/${encodeURIComponent(applicationId)}/workspace`,
		{ method: 'POST', json: { facilitatorId } }
	);
	return sent.ok ? { clusterId: sent.body.clusterId } : problemOf(sent);
}
