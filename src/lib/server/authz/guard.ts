// Turns `can` into answers: on pages, signed out goes to /login and refused is the 403 page; the
// JSON API refuses 401 (see answer/api.ts).
import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { refusals } from '$lib/refusal';
import type { AppUser } from './actor';
import { can, type ClusterAction, type GlobalAction } from './can';

type Guarded = { locals: App.Locals; url: URL };

/** The signed-in user, or a redirect to the login page that comes back here. */
export function requireUser({ locals, url }: Guarded): AppUser {
	if (!locals.user) redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	return locals.user;
}

export function authorize(event: Guarded, action: GlobalAction): AppUser;
export function authorize(event: Guarded, action: ClusterAction, clusterId: string): AppUser;
export function authorize(event: Guarded, action: ClusterAction | GlobalAction, clusterId?: string): AppUser {
	const user = requireUser(event);
	const allowed =
		clusterId === undefined
			? can(user, action as GlobalAction)
			: can(user, action as ClusterAction, { clusterId });
	if (!allowed) error(403, m.error_forbidden());
	return user;
}

/** For JSON endpoints: a 401 refusal when signed out instead of a redirect. */
export function apiUser(locals: App.Locals): AppUser {
	if (!locals.user) throw refusals.signedOut();
	return locals.user;
}
