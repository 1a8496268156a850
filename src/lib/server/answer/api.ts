// The JSON API's one responder: every `+server.ts` handler is wrapped in `api`, so whatever it
// refuses, a service's `Refusal` or SvelteKit's own `error()`, leaves as `{error, code, field?, rows?}`
// with its status (test/unit/refusal/doors.test.ts holds every handler to it).
import { isHttpError, isRedirect, json, type RequestEvent } from '@sveltejs/kit';
import { codeOfStatus, isRefusal, Refusal, refusals, type RefusalBody } from '../../refusal';

/** The answer to a refusal: its body, its status, and Retry-After when it says when to ask again. */
export function refusalResponse(refusal: Refusal): Response {
	const headers: Record<string, string> = { 'cache-control': 'no-store' };
	if (refusal.retryAfter !== null) headers['retry-after'] = String(refusal.retryAfter);
	return json(refusal.body, { status: refusal.status, headers });
}

/** Answers `handler`'s refusals in the one shape; anything unforeseen is logged and answered 500. */
export function api<Event extends RequestEvent>(
	handler: (event: Event) => Response | Promise<Response>
): (event: Event) => Promise<Response> {
	return async (event) => {
		try {
			return await handler(event);
		} catch (error) {
			if (isRefusal(error)) return refusalResponse(error);
			if (isRedirect(error)) throw error;
			if (isHttpError(error)) {
				const body: RefusalBody = { error: error.body.message, code: codeOfStatus(error.status) };
				return json(body, { status: error.status, headers: { 'cache-control': 'no-store' } });
			}
			console.error(`Clusterplan: ${event.request.method} ${event.url.pathname} failed`, error);
			const body: RefusalBody = { error: 'The server failed; try again', code: 'internal' };
			return json(body, { status: 500 });
		}
	};
}

/** The request's JSON object body; no body at all reads as `empty` when given. */
export async function objectBody(
	request: Request,
	empty?: Record<string, unknown>
): Promise<Record<string, unknown>> {
	const text = await request.text().catch((failure: unknown) => {
		// The server's body limit (BODY_SIZE_LIMIT) answers while the body is read.
		if ((failure as { status?: number }).status === 413)
			throw new Refusal(413, 'too_large', 'The body is larger than the server takes');
		throw refusals.invalidBody();
	});
	if (!text.trim() && empty) return empty;
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		throw refusals.invalidBody();
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body)) throw refusals.invalidBody();
	return body as Record<string, unknown>;
}
