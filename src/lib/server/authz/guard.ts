// Turns `can` into responses: signed out goes to /login (401 for the API), refused is 403.
import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
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

/** For JSON endpoints: 401 when signed out instead of a redirect. */
export function apiUser(locals: App.Locals): AppUser {
	if (!locals.user) error(401, 'Not signed in');
	return locals.user;
}
