// GET /api/notifications?unread=1&kind=&topic=&cluster=&before=: the signed-in person's entries,
// newest first, each said in the request's language: `{unread, notifications}`.
import { json } from '@sveltejs/kit';
import { api } from '$lib/server/answer/api';
import { apiUser } from '$lib/server/authz/guard';
import { getDb } from '$lib/server/db';
import { filterOf, listNotifications, unreadCount } from '$lib/server/notifications/store';
import { shownNotification } from '$lib/server/notifications/shown';
import { runDueReminders } from '$lib/server/notifications/reminders';
import { serverNow } from '$lib/server/clock';
import { requestLang } from '$lib/server/reader-lang';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, url }) => {
	const user = apiUser(locals);
	const filter = filterOf(url.searchParams);
	const db = getDb();
	// Reminders come due by the clock: the list is where someone looks for them.
	await runDueReminders(db, serverNow());
	const [unread, entries] = await Promise.all([
		unreadCount(db, user.id),
		listNotifications(db, user.id, filter)
	]);
	const lang = requestLang();
	return json(
		{ unread, notifications: entries.map((entry) => shownNotification(entry, lang)) },
		{ headers: { 'cache-control': 'no-store' } }
	);
});
