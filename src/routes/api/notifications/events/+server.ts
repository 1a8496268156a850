// GET /api/notifications/events: a server-sent event stream that tells the signed-in person's open
// pages something new is in their list (`event: ring`), so the bell counts up without a reload.
// Only news: the page reads the count itself (GET /api/notifications).
import { api } from '$lib/server/answer/api';
import { eventStream } from '$lib/server/answer/event-stream';
import { apiUser } from '$lib/server/authz/guard';
import { listenForRings } from '$lib/server/notifications/live';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals }) => {
	const user = apiUser(locals);
	return eventStream((send) => listenForRings(user.id, () => send('ring', {})));
});
