import { getLocale } from '$lib/paraglide/runtime';
import { can } from '$lib/server/authz/can';
import { getDb } from '$lib/server/db';
import { unreadCount } from '$lib/server/notifications/store';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => ({
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
	// The bell's count as the page is drawn; its stream keeps it live from there.
	unread: locals.user ? await unreadCount(getDb(), locals.user.id) : 0,
	locale: getLocale()
});
