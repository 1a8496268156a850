import { redirect } from '@sveltejs/kit';
import { Refusal } from '$lib/refusal';
import { refusedForm } from '$lib/server/answer/form';
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
			return refusedForm(
				new Refusal(400, 'missing_credentials', 'enter a username and password', { field }),
				'login',
				{
					username
				}
			);
		}

		const db = getDb();
		const result = await attemptLogin(db, username, password, getClientAddress());
		if (!result.ok && result.reason === 'throttled') {
			const retryAfter = Math.ceil(result.retryAfterMs / 1000);
			return refusedForm(new Refusal(429, 'throttled', 'too many failed sign-ins', { retryAfter }), 'login', {
				username
			});
		}
		if (!result.ok) {
			const refusal = new Refusal(400, 'invalid_login', 'wrong username or password', { field: 'password' });
			return refusedForm(refusal, 'login', { username });
		}
		const secure = url.protocol === 'https:';
		const { token, expiresAt } = await createSession(db, result.userId);
		setSessionCookie(cookies, token, expiresAt, secure);
		// The saved language choice follows the user to any browser they sign in from.
		if (result.locale) setLocaleCookie(cookies, result.locale, secure);
		redirect(303, safeRedirect(form.get('redirectTo')));
	}
};
