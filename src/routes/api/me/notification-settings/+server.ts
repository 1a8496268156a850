// GET /api/me/notification-settings: the signed-in person's mail settings `{email, mail, muted}`
// (defaults: '', 'off', []). PUT the same shape: 200 with the stored settings, or 400 at the field
// (`email` not an address or missing while mail is on, `mail` not off/instant/daily, `muted` not
// topics). Only one's own: there is no way to name anybody else.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api, objectBody } from '$lib/server/answer/api';
import { serverNow } from '$lib/server/clock';
import {
	publicSettings,
	readSettings,
	settingsFromBody,
	writeSettings
} from '$lib/server/notifications/settings';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals }) => {
	const user = apiUser(locals);
	return json(publicSettings(await readSettings(getDb(), user.id, serverNow())));
});

export const PUT: RequestHandler = api(async ({ locals, request }) => {
	const user = apiUser(locals);
	const settings = settingsFromBody(await objectBody(request));
	return json(publicSettings(await writeSettings(getDb(), user.id, settings, serverNow())));
});
