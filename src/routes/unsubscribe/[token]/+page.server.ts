// The unsubscribe link in every mail: no sign-in (the link's secret is the key), a page that says
// what the button does, and the button (a POST) that turns the person's mail off. A mail program's
// one-click POST goes to /unsubscribe/<token>/one-click (server/one-click-unsubscribe.ts).
import { getDb } from '$lib/server/db';
import { serverNow } from '$lib/server/clock';
import { settingsByToken, unsubscribe } from '$lib/server/notifications/settings';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const owner = await settingsByToken(getDb(), params.token);
	return { known: owner !== null, email: owner?.email ?? '', off: owner?.mail === 'off' };
};

export const actions: Actions = {
	default: async ({ params }) => {
		const done = await unsubscribe(getDb(), params.token, serverNow());
		return { done };
	}
};
