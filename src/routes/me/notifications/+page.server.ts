// The signed-in person's mail settings: their address, off / at once / a daily digest, and the
// topics not to mail. The form works without JavaScript; a refusal comes back at its field.
import { requireUser } from '$lib/server/authz/guard';
import { getDb } from '$lib/server/db';
import { serverNow } from '$lib/server/clock';
import { refusedForm } from '$lib/server/answer/form';
import {
	publicSettings,
	readSettings,
	settingsFromBody,
	writeSettings
} from '$lib/server/notifications/settings';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return { settings: publicSettings(await readSettings(getDb(), user.id, serverNow())) };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const body = {
			email: String(form.get('email') ?? ''),
			mail: form.get('mail'),
			muted: form.getAll('muted').map(String)
		};
		try {
			const saved = await writeSettings(getDb(), user.id, settingsFromBody(body), serverNow());
			return { saved: true, settings: publicSettings(saved) };
		} catch (caught) {
			return refusedForm(caught, 'notify', { saved: false, settings: body });
		}
	}
};
