// Asks the server to write or move a call, assign its evaluators or begin an application: what came
// back when done, otherwise the refusal worded for the reader with the field it points at.
import { send } from '$lib/api/send';
import type { CallBody } from '$lib/selection/call-form';
import type { CallState } from '$lib/selection/call';
import { callRefusalText } from './call-refusal';

export type Problem = { message: string; field: string | null };
export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: Problem };

const callUrl = (callId: string) => `/api/calls/${encodeURIComponent(callId)}`;

async function asked<T>(
	url: string,
	init: Parameters<typeof send>[1],
	deadline: string | null = null
): Promise<Outcome<T>> {
	const sent = await send<T>(url, init);
	if (sent.ok) return { ok: true, value: sent.body };
	return { ok: false, problem: { message: callRefusalText(sent, deadline), field: sent.field ?? null } };
}

/** A new call in draft; its id when made. */
export async function createCall(body: CallBody): Promise<Outcome<string>> {
	const made = await asked<{ call: { id: string } }>('/api/calls', { method: 'POST', json: body });
	return made.ok ? { ok: true, value: made.value.call.id } : made;
}

/** Changes a draft's fields, or a later call's panel (`{evaluators}`). */
export function changeCall(callId: string, body: Partial<CallBody>): Promise<Outcome<unknown>> {
	return asked(callUrl(callId), { method: 'PATCH', json: body });
}

/** Opens, closes, starts scoring or publishes; `deadline` words a refusal about it. */
export function moveCall(
	callId: string,
	state: CallState,
	deadline: string | null
): Promise<Outcome<unknown>> {
	return asked(`${callUrl(callId)}/state`, { method: 'POST', json: { state } }, deadline);
}

/** Spreads the panel over the applications not yet begun, `perApplication` each. */
export function spreadEvaluators(callId: string, perApplication: number | string): Promise<Outcome<unknown>> {
	return asked(`${callUrl(callId)}/assignments`, { method: 'POST', json: { perApplication } });
}

/** Sets one application's evaluators by hand. */
export function assignEvaluators(
	callId: string,
	applicationId: string,
	evaluatorIds: string[]
): Promise<Outcome<unknown>> {
	return asked(`${callUrl(callId)}/assignments`, {
		method: 'POST',
		json: { applicationId, evaluatorIds }
	});
}

/** Begins an application in draft; its id when made. */
export async function apply(callId: string): Promise<Outcome<string>> {
	const made = await asked<{ application: { id: string } }>(`${callUrl(callId)}/applications`, {
		method: 'POST',
		json: {}
	});
	return made.ok ? { ok: true, value: made.value.application.id } : made;
}
