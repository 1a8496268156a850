// The one way anything in Clusterplan says no. A service throws a `Refusal`; each door answers it in
// one shape, `{error, code, field?, rows?}` with its HTTP status (the JSON API in
// server/doors/api.ts, form actions in server/doors/form.ts, the collab server's endpoints in
// server/collab/endpoint.ts), and the browser reads any answer back through `$lib/api/send`. What
// a person reads is made from the code, in their language, in `$lib/refusal-text`.

/** One refused row of a batch: a spreadsheet line, or the single value of a form or API call. */
export type RefusalRow = {
	/** 1-based row of the batch (for a spreadsheet: its line, headers counted). */
	row: number;
	field: string;
	code: string;
	message: string;
};

/** What every door sends for a refusal. `error` is for the program that asked, `code` for people. */
export type RefusalBody = { error: string; code: string; field?: string; rows?: RefusalRow[] };

export type RefusalOptions = {
	/** The input at fault (a form field, a JSON key, a path in an imported file). */
	field?: string | null;
	/** For a batch: every refused row (a door sends them all). */
	rows?: readonly RefusalRow[];
	/** For 429 and 503: seconds before asking again is worth it (sent as Retry-After). */
	retryAfter?: number;
};

export class Refusal extends Error {
	readonly status: number;
	readonly code: string;
	readonly field: string | null;
	readonly rows: readonly RefusalRow[];
	readonly retryAfter: number | null;

	/** `message` says in English what was wrong, for logs and API callers; it defaults to the code. */
	constructor(status: number, code: string, message?: string, options: RefusalOptions = {}) {
		super(message ?? code);
		this.name = 'Refusal';
		this.status = status;
		this.code = code;
		this.field = options.field ?? null;
		this.rows = options.rows ?? [];
		this.retryAfter = options.retryAfter ?? null;
	}

	/** The answer's body, the same in every door. */
	get body(): RefusalBody {
		return refusalBody(this);
	}
}

/** True for a refusal, optionally only one with `code`. */
export function isRefusal(error: unknown, code?: string): error is Refusal {
	return error instanceof Refusal && (code === undefined || error.code === code);
}

/** The body for a refusal: `field` and `rows` only when there are some. */
export function refusalBody(refusal: Refusal): RefusalBody {
	const body: RefusalBody = { error: refusal.message, code: refusal.code };
	if (refusal.field !== null) body.field = refusal.field;
	if (refusal.rows.length > 0) body.rows = [...refusal.rows];
	return body;
}

/**
 * The code an answer without one means: what a proxy, the server's body limit or SvelteKit's own
 * error page answers carries a status and nothing of ours. Status 0 is no answer at all.
 */
export function codeOfStatus(status: number): string {
	if (status === 0) return 'offline';
	if (status === 401) return 'signed_out';
	if (status === 403) return 'forbidden';
	if (status === 404) return 'not_found';
	if (status === 413) return 'too_large';
	if (status === 429) return 'throttled';
	if (status === 503 || status === 502 || status === 504) return 'unavailable';
	if (status >= 500) return 'internal';
	return 'invalid_value';
}

/** The refusals every door shares. */
export const refusals = {
	signedOut: () => new Refusal(401, 'signed_out', 'Not signed in'),
	forbidden: (message = 'You may not do this') => new Refusal(403, 'forbidden', message),
	notFound: (what = 'Not found') => new Refusal(404, 'not_found', what),
	invalidBody: () => new Refusal(400, 'invalid_body', 'The body must be a JSON object', { field: 'body' }),
	invalidParameter: (field: string, message: string) => new Refusal(400, 'invalid_value', message, { field })
};
