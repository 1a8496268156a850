// An entry as the browser receives it (GET /api/notifications, the notifications page's load): the
// stored entry with its topic and its sentence already said in the reader's language.
import type { NotificationDetail, NotificationKind, NotificationTopic } from './kinds';

export type NotificationShown = {
	id: number;
	kind: NotificationKind;
	topic: NotificationTopic;
	clusterId: string | null;
	planId: string | null;
	actorName: string;
	/** `noticeText` in the reader's language. */
	text: string;
	/** A path inside the app: the thing itself. */
	link: string;
	detail: NotificationDetail;
	/** How many events the entry gathers (a burst of edits). */
	count: number;
	at: string;
	read: boolean;
};

/** The listing's answer: the unread count and the entries, newest first. */
export type NotificationListing = { unread: number; notifications: NotificationShown[] };

/** The number the bell shows: past 99 it says "99+" so the button keeps its size. */
export function countShown(unread: number): string {
	return unread > 99 ? '99+' : String(Math.max(0, unread));
}

/** A query string of the list's filters, without empty ones (for links that keep the filters). */
export function filterQuery(filter: Record<string, string | number | boolean | undefined | null>): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(filter)) {
		if (value === undefined || value === null || value === '' || value === false) continue;
		params.set(key, value === true ? '1' : String(value));
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}
