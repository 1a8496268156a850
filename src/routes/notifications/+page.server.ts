// The signed-in person's notifications: newest first, filtered (unread, topic, cluster), paged by
// "Older"; marking one or all read are form actions, so the page works without JavaScript too.
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/authz/guard';
import { serverNow } from '$lib/server/clock';
import { visibleClusters } from '$lib/server/clusters';
import { refusedForm } from '$lib/server/answer/form';
import { Refusal, isRefusal } from '$lib/refusal';
import {
	listNotifications,
	filterOf,
	markRead,
	type NotificationFilter
} from '$lib/server/notifications/store';
import { shownNotification } from '$lib/server/notifications/shown';
import { requestLang } from '$lib/server/reader-lang';
import type { Actions, PageServerLoad } from './$types';

const PER_PAGE = 30;

/** The filters of the address; one that makes no sense (an old link) is left out, not refused. */
function filterFrom(url: URL): NotificationFilter {
	const params = new URLSearchParams(url.searchParams);
	for (let tries = 0; tries < 6; tries++) {
		try {
			return filterOf(params);
		} catch (caught) {
			if (!isRefusal(caught) || !caught.field) throw caught;
			params.delete(caught.field);
		}
	}
	return {};
}

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const lang = requestLang();
	const filter = filterFrom(event.url);
	const [entries, clusters] = await Promise.all([
		listNotifications(db, user.id, { ...filter, limit: PER_PAGE + 1 }),
		visibleClusters(db, user, lang)
	]);
	return {
		filter: {
			unread: filter.unread === true,
			topic: filter.topic ?? '',
			cluster: filter.clusterId ?? '',
			before: filter.before ?? null
		},
		notifications: entries.slice(0, PER_PAGE).map((entry) => shownNotification(entry, lang)),
		hasOlder: entries.length > PER_PAGE,
		clusters: clusters.map((cluster) => ({ id: cluster.id, name: cluster.name }))
	};
};

export const actions: Actions = {
	/** Marks one entry read (the reader's own; another's id changes nothing). */
	read: async (event) => {
		const user = requireUser(event);
		try {
			const id = Number((await event.request.formData()).get('id'));
			if (!Number.isSafeInteger(id) || id < 1)
				throw new Refusal(400, 'invalid_value', 'id is an entry id', { field: 'id' });
			return { unread: await markRead(getDb(), user.id, [id], serverNow()) };
		} catch (caught) {
			return refusedForm(caught, 'account');
		}
	},
	readAll: async (event) => {
		const user = requireUser(event);
		return { unread: await markRead(getDb(), user.id, 'all', serverNow()) };
	}
};
