import { redirect } from '@sveltejs/kit';
import { Refusal } from '$lib/refusal';
import { refusedForm } from '$lib/server/answer/form';
import { isLocale } from '$lib/paraglide/runtime';
import { getDb } from '$lib/server/db';
import { setLocaleCookie } from '$lib/server/auth/cookie';
import { saveLocale } from '$lib/server/users';
import { safeRedirect } from '$lib/safe-redirect';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, cookies, locals, url }) => {
		const form = await request.formData();
		const locale = form.get('locale');
		if (!isLocale(locale)) {
			const refusal = new Refusal(400, 'invalid_value', 'unknown language', { field: 'locale' });
			return refusedForm(refusal, 'account');
		}
		setLocaleCookie(cookies, locale, url.protocol === 'https:');
		if (locals.user) await saveLocale(getDb(), locals.user.id, locale);
		redirect(303, safeRedirect(form.get('redirectTo')));
	}
};
