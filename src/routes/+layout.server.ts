import { getLocale } from '$lib/paraglide/runtime';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user
		? {
				username: locals.user.username,
				displayName: locals.user.displayName,
				isAdmin: locals.user.globalRole === 'admin'
			}
		: null,
	locale: getLocale()
});
