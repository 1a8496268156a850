// The browser's one way to ask the server anything outside the live document: every door answers a
// refusal as `{error, code, field?, rows?}`, and whatever else can happen on the way (no network, a
// proxy's error page, a body that is not JSON) is read into the same shape here, so a page only ever
// looks at `code`. Nothing is thrown: the outcome says what happened.
import { codeOfStatus, type RefusalRow } from '$lib/refusal';

export type Answered<T> = { ok: true; status: number; body: T; response: Response };
export type Refused = {
	ok: false;
	/** 0 when the server was not reached. */
	status: number;
	code: string;
	field?: string;
	rows: RefusalRow[];
	/** Seconds the server asked to wait (Retry-After), when it did. */
	retryAfter?: number;
	/** Whatever JSON came with the refusal (an endpoint may add facts such as the server's clock). */
	body: Record<string, unknown>;
};
export type Sent<T> = Answered<T> | Refused;

type Read = 'json' | 'blob';

/** `init.json` is sent as a JSON body; `read` says how a success's body is read. */
export type SendInit = Omit<RequestInit, 'body'> & { json?: unknown; body?: BodyInit; read?: Read };

async function readBody(response: Response, read: Read): Promise<unknown> {
	if (read === 'blob') return response.blob();
	const text = await response.text().catch(() => '');
	if (!text) return {};
	try {
		return JSON.parse(text);
	} catch {
		return {};
	}
}

function asObject(value: unknown): Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: {};
}

/** Asks `url`; a refusal, an error page or no answer at all comes back as `{ok: false, code}`. */
export async function send<T = Record<string, unknown>>(url: string, init: SendInit = {}): Promise<Sent<T>> {
	const { json, read = 'json', ...rest } = init;
	const headers = new Headers(rest.headers);
	if (json !== undefined) headers.set('content-type', 'application/json');
	if (!headers.has('accept')) headers.set('accept', 'application/json');
	let response: Response;
	try {
		response = await fetch(url, {
			...rest,
			headers,
			body: json !== undefined ? JSON.stringify(json) : rest.body
		});
	} catch {
		return refusedAnswer(0, null);
	}
	if (response.ok) {
		try {
			return { ok: true, status: response.status, body: (await readBody(response, read)) as T, response };
		} catch {
			// The connection dropped while the answer came.
			return refusedAnswer(0, null);
		}
	}
	return refusedAnswer(
		response.status,
		await readBody(response, 'json'),
		response.headers.get('retry-after')
	);
}

/**
 * A refusal from what came back: the status, the body (parsed JSON or anything else) and the
 * Retry-After header. For answers read without `send` (an upload that shows its progress).
 */
export function refusedAnswer(
	status: number,
	answer: unknown,
	retryAfterHeader: string | null = null
): Refused {
	const body = asObject(answer);
	const retryAfter = Number(retryAfterHeader ?? NaN);
	return {
		ok: false,
		status,
		// A 401 is a session that ended, whatever the endpoint called it.
		code: status === 401 ? 'signed_out' : typeof body.code === 'string' ? body.code : codeOfStatus(status),
		...(typeof body.field === 'string' ? { field: body.field } : {}),
		rows: Array.isArray(body.rows) ? (body.rows as RefusalRow[]) : [],
		...(Number.isFinite(retryAfter) ? { retryAfter } : {}),
		body
	};
}
