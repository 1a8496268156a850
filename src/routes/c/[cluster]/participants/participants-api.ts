// Asks the server to add, change or retire a participant: null when done, otherwise the refusal,
// worded for the reader, with the field it points at.
import { send } from '$lib/api/send';
import { refusalText } from '$lib/refusal-text';
import type { ParticipantBody } from '$lib/registry/roster';

export type Problem = { message: string; field: string | null };

const base = (clusterId: string) => `/api/clusters/${encodeURIComponent(clusterId)}/participants`;

async function asked(url: string, init: Parameters<typeof send>[1]): Promise<Problem | null> {
	const sent = await send(url, init);
	return sent.ok ? null : { message: refusalText(sent, 'registry'), field: sent.field ?? null };
}

export function addParticipant(clusterId: string, body: ParticipantBody): Promise<Problem | null> {
	return asked(base(clusterId), { method: 'POST', json: body });
}

/** Sends only the fields that changed. */
export function changeParticipant(
	clusterId: string,
	id: string,
	change: Partial<ParticipantBody>
): Promise<Problem | null> {
	return asked(`${base(clusterId)}/${encodeURIComponent(id)}`, { method: 'PATCH', json: change });
}

export function participantLeaves(clusterId: string, id: string, leftAt: string): Promise<Problem | null> {
	return asked(`${base(clusterId)}/${encodeURIComponent(id)}`, { method: 'DELETE', json: { leftAt } });
}
