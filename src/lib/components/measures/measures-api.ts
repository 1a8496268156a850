// Asks the server to add or change a support measure: the measure saved, otherwise the refusal
// worded for the reader with the field it points at.
import { send } from '$lib/api/send';
import type { Measure } from '$lib/measures/measure';
import { refusalText } from '$lib/refusal-text';

export type Problem = { message: string; field: string | null };
export type Outcome = { ok: true; measure: Measure } | { ok: false; problem: Problem };

/** POST /api/measures with `body`, or PATCH /api/measures/<id> when `id` is given. */
export async function saveMeasure(id: string | null, body: Record<string, unknown>): Promise<Outcome> {
	const url = id === null ? '/api/measures' : `/api/measures/${encodeURIComponent(id)}`;
	const sent = await send<{ measure: Measure }>(url, { method: id === null ? 'POST' : 'PATCH', json: body });
	if (sent.ok) return { ok: true, measure: sent.body.measure };
	return { ok: false, problem: { message: refusalText(sent, 'measures'), field: sent.field ?? null } };
}
