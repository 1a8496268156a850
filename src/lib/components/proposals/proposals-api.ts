// Asks the server to draft a proposal to the ministry: saved, or the refusal worded for the reader.
import { send } from '$lib/api/send';
import { refusalText } from '$lib/refusal-text';
import type { ProjectRef } from '$lib/measures/proposal';
import type { Localized } from '$lib/plan';

export type DraftOutcome = { ok: true } | { ok: false; message: string; field: string | null };

export async function draftProposal(body: {
	measureId: string;
	projects: ProjectRef[];
	rationale: Localized;
}): Promise<DraftOutcome> {
	const sent = await send('/api/proposals', { method: 'POST', json: body });
	return sent.ok
		? { ok: true }
		: { ok: false, message: refusalText(sent, 'measures'), field: sent.field ?? null };
}
