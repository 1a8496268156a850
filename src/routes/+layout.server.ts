import { getLocale } from '$lib/paraglide/runtime';
import { can } from '$lib/server/authz/can';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user
		? {
				id: locals.user.id,
				username: locals.user.username,
				displayName: locals.user.displayName,
				isAdmin: locals.user.globalRole === 'admin',
				mayViewProgramme: can(locals.user, 'monitoring.viewAll'),
				mayViewAudit: can(locals.user, 'audit.view'),
				mayViewWaiting: can(locals.user, 'waiting.view')
			}
		: null,
	locale: getLocale()
});
