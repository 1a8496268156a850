// Turns a refusal into the JSON body every indicators endpoint answers with.
import { json } from '@sveltejs/kit';
import { isPlanError } from '../../plan';
import { Refused } from './refused';

/** Runs `work`; a refusal (or a plan error) becomes `{ error, code, field?, rows? }` with its status. */
export async function refusalsAsJson(work: () => Response | Promise<Response>): Promise<Response> {
	try {
		return await work();
	} catch (error) {
		if (error instanceof Refused) {
			return json({ error: error.message, code: error.code, rows: error.rows }, { status: error.status });
		}
		if (isPlanError(error)) {
			return json({ error: error.message, code: error.code, field: error.field }, { status: 400 });
		}
		throw error;
	}
}

/** The answer to a body that is not a JSON object. */
export function badBody(): Response {
	return json({ error: 'The body must be a JSON object', code: 'invalid_body' }, { status: 400 });
}
