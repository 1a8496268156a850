// Asks the server to replace the cluster organisation's profile: null when saved, otherwise the
// refusal worded for the reader, with the field it points at.
import { send } from '$lib/api/send';
import { refusalText } from '$lib/refusal-text';
import type { ProfileBody } from '$lib/registry/profile-form';

export type Problem = { message: string; field: string | null };

export async function saveProfile(clusterId: string, body: ProfileBody): Promise<Problem | null> {
	const sent = await send(`/api/clusters/${encodeURIComponent(clusterId)}/profile`, {
		method: 'PUT',
		json: body
	});
	return sent.ok ? null : { message: refusalText(sent, 'registry'), field: sent.field ?? null };
}
