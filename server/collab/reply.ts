// The JSON answers of the HTTP endpoints this server serves beside its websockets (comments,
// restore, workshops): a refusal is the app's `Refusal`, in the one shape every door answers with.
import type { ServerResponse } from 'node:http';
import { Refusal } from '../../src/lib/refusal';

export type Reply = { status: number; body: Record<string, unknown>; retryAfter?: number | null };

/** A refusal: `code` says what went wrong, `field` which part of the request (when one did). */
export function refusal(status: number, code: string, field?: string): Reply {
	return refusalReply(new Refusal(status, code, undefined, { field }));
}

/** The reply to a thrown or made refusal. */
export function refusalReply(refused: Refusal): Reply {
	return { status: refused.status, body: refused.body, retryAfter: refused.retryAfter };
}

/** Writes `reply` as JSON, never cached; a 405 names POST, the only method these endpoints take. */
export function sendReply(res: ServerResponse, { status, body, retryAfter }: Reply): void {
	if (res.headersSent) return;
	const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
	if (status === 405) headers.Allow = 'POST';
	if (retryAfter != null) headers['Retry-After'] = String(retryAfter);
	res.writeHead(status, headers);
	res.end(JSON.stringify(body));
}
