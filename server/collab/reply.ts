// The JSON answers of the HTTP endpoints this server serves beside its websockets (comments,
// restore, workshops): one shape for every refusal, `{error, code, field?}`, as the app's API has.
import type { ServerResponse } from 'node:http';

export type Reply = { status: number; body: Record<string, unknown> };

/** A refusal: `code` says what went wrong, `field` which part of the request (when one did). */
export function refusal(status: number, code: string, field?: string): Reply {
	return { status, body: field ? { error: code, code, field } : { error: code, code } };
}

/** Writes `reply` as JSON, never cached; a 405 names POST, the only method these endpoints take. */
export function sendReply(res: ServerResponse, { status, body }: Reply): void {
	if (res.headersSent) return;
	const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
	if (status === 405) headers.Allow = 'POST';
	res.writeHead(status, headers);
	res.end(JSON.stringify(body));
}
