import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { invalidateSession } from '$lib/server/auth/session';
import { deleteSessionCookie } from '$lib/server/auth/cookie';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.session) await invalidateSession(getDb(), locals.session.id);
		deleteSessionCookie(cookies, url.protocol === 'https:');
		redirect(303, '/login');
	}
};
