import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { attemptLogin } from '$lib/server/auth/login';
import { createSession } from '$lib/server/auth/session';
import { setLocaleCookie, setSessionCookie } from '$lib/server/auth/cookie';
import { safeRedirect } from '$lib/safe-redirect';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	return { redirectTo: safeRedirect(url.searchParams.get('redirectTo')) };
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, url }) => {
		const form = await request.formData();
		const username = String(form.get('username') ?? '').trim();
		const password = String(form.get('password') ?? '');
		if (!username || !password) {
			const field = username ? 'password' : 'username';
			return fail(400, { username, error: m.login_missing(), code: 'missing_credentials', field });
		}

		const db = getDb();
		const result = await attemptLogin(db, username, password, getClientAddress());
		if (!result.ok && result.reason === 'throttled') {
			const minutes = Math.max(1, Math.ceil(result.retryAfterMs / 60_000));
			return fail(429, { username, error: m.login_throttled({ minutes }), code: 'login_throttled' });
		}
		if (!result.ok) {
			return fail(400, { username, error: m.login_invalid(), code: 'invalid_login', field: 'password' });
		}
		const secure = url.protocol === 'https:';
		const { token, expiresAt } = await createSession(db, result.userId);
		setSessionCookie(cookies, token, expiresAt, secure);
		// The saved language choice follows the user to any browser they sign in from.
		if (result.locale) setLocaleCookie(cookies, result.locale, secure);
		redirect(303, safeRedirect(form.get('redirectTo')));
	}
};
