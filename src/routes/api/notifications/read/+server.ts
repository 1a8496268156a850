// POST /api/notifications/read {ids: [...]} or {all: true}: marks the signed-in person's entries
// read (ids of others' entries are passed over) and answers how many are still unread: `{unread}`.
import { json } from '@sveltejs/kit';
import { api, objectBody } from '$lib/server/answer/api';
import { apiUser } from '$lib/server/authz/guard';
import { getDb } from '$lib/server/db';
import { serverNow } from '$lib/server/clock';
import { markRead, readBody } from '$lib/server/notifications/store';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, request }) => {
	const user = apiUser(locals);
	const which = readBody(await objectBody(request));
	return json({ unread: await markRead(getDb(), user.id, which, serverNow()) });
});
