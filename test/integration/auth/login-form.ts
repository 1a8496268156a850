// The login form as a browser without JavaScript sends it, against the real server.
import type { RunningServer } from '../collab/harness';

/** The fixture's password for every user (see `createFixture`). */
export const PASSWORD = 'a long enough password';

export type Answer = { status: number; location: string | null; session: boolean; html: string };

/** POSTs `fields` to `path` (the login form unless told) and reads the answer without following it. */
export async function postForm(
	server: RunningServer,
	fields: Record<string, string>,
	{
		path = '/login',
		language = 'en',
		cookie,
		forwardedFor
	}: { path?: string; language?: string; cookie?: string; forwardedFor?: string } = {}
): Promise<Answer> {
	const headers: Record<string, string> = {
		origin: server.origin,
		// A browser's Accept: SvelteKit answers a form action with JSON to anything else.
		accept: 'text/html,application/xhtml+xml',
		'content-type': 'application/x-www-form-urlencoded',
		'accept-language': language
	};
	if (cookie) headers.cookie = cookie;
	if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
	const res = await fetch(`${server.origin}${path}`, {
		method: 'POST',
		headers,
		body: new URLSearchParams(fields),
		redirect: 'manual'
	});
	return {
		status: res.status,
		location: res.headers.get('location'),
		session: res.headers.getSetCookie().some((c) => c.startsWith('session=')),
		html: await res.text()
	};
}

/** Signs `username` in with `password` through the login form. */
export function signIn(
	server: RunningServer,
	username: string,
	password: string,
	more: Record<string, string> = {}
) {
	return postForm(server, { username, password, ...more });
}
