// A person's list: newest first, filtered by unread, topic, kind and cluster; marking read.
import { and, desc, eq, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db';
import type { NotificationRow } from '../db/schema';
import {
	TOPIC_OF,
	isNotificationKind,
	isNotificationTopic,
	NOTIFICATION_KINDS,
	type NotificationDetail,
	type NotificationKind
} from '../../notifications/kinds';
import { Refusal } from '../../refusal';

/** An entry as the API and the pages show it. */
export type NotificationEntry = {
	id: number;
	kind: NotificationKind;
	clusterId: string | null;
	planId: string | null;
	actorName: string;
	link: string;
	detail: NotificationDetail;
	count: number;
	at: string;
	read: boolean;
};

export type NotificationFilter = {
	unread?: boolean;
	kind?: NotificationKind;
	topic?: string;
	clusterId?: string;
	/** Entries older than this id (paging). */
	before?: number;
	limit?: number;
};

export const PAGE_SIZE = 50;

export function entryOf(row: NotificationRow): NotificationEntry {
	return {
		id: row.id,
		kind: row.kind as NotificationKind,
		clusterId: row.clusterId,
		planId: row.planId,
		actorName: row.actorName,
		link: row.link,
		detail: row.detail as NotificationDetail,
		count: row.count,
		at: row.at.toISOString(),
		read: row.readAt !== null
	};
}

/** Reads the query string of `GET /api/notifications` (and the list page) into a filter. */
export function filterOf(params: URLSearchParams): NotificationFilter {
	const filter: NotificationFilter = {};
	const unread = params.get('unread');
	if (unread !== null) {
		if (unread !== '1' && unread !== '0' && unread !== 'true' && unread !== 'false')
			throw new Refusal(400, 'invalid_value', 'unread is 1 or 0', { field: 'unread' });
		filter.unread = unread === '1' || unread === 'true';
	}
	const kind = params.get('kind');
	if (kind) {
		if (!isNotificationKind(kind)) throw new Refusal(400, 'invalid_value', 'unknown kind', { field: 'kind' });
		filter.kind = kind;
	}
	const topic = params.get('topic');
	if (topic) {
		if (!isNotificationTopic(topic))
			throw new Refusal(400, 'invalid_value', 'unknown topic', { field: 'topic' });
		filter.topic = topic;
	}
	const cluster = params.get('cluster');
	if (cluster) filter.clusterId = cluster;
	const before = params.get('before');
	if (before !== null) {
		const id = Number(before);
		if (!Number.isSafeInteger(id) || id < 1)
			throw new Refusal(400, 'invalid_value', 'before is an entry id', { field: 'before' });
		filter.before = id;
	}
	return filter;
}

/** The person's entries, newest first. */
export async function listNotifications(
	db: Db,
	userId: string,
	filter: NotificationFilter = {}
): Promise<NotificationEntry[]> {
	const { notifications } = db.tables;
	const where: SQL[] = [eq(notifications.userId, userId)];
	if (filter.unread === true) where.push(isNull(notifications.readAt));
	if (filter.unread === false) where.push(sql`${notifications.readAt} is not null`);
	if (filter.kind) where.push(eq(notifications.kind, filter.kind));
	if (filter.topic) {
		const kinds = NOTIFICATION_KINDS.filter((kind) => TOPIC_OF[kind] === filter.topic);
		where.push(inArray(notifications.kind, kinds));
	}
	if (filter.clusterId) where.push(eq(notifications.clusterId, filter.clusterId));
	if (filter.before) where.push(lt(notifications.id, filter.before));
	const rows = await db
		.select()
		.from(notifications)
		.where(and(...where))
		.orderBy(desc(notifications.at), desc(notifications.id))
		.limit(Math.min(filter.limit ?? PAGE_SIZE, 200));
	return rows.map(entryOf);
}

/** How many entries the person has not read. */
export async function unreadCount(db: Db, userId: string): Promise<number> {
	const { notifications } = db.tables;
	const [row] = await db
		.select({ count: sql<number>`count(*)` })
		.from(notifications)
		.where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
	return Number(row?.count ?? 0);
}

/** Reads `{ids}` or `{all: true}` from a body; anything else is refused at its field. */
export function readBody(body: Record<string, unknown>): number[] | 'all' {
	if (body.all === true) return 'all';
	const ids = body.ids;
	if (!Array.isArray(ids) || ids.length === 0 || ids.length > 500)
		throw new Refusal(400, 'invalid_value', 'give {ids: [...]} (1 to 500 entries) or {all: true}', {
			field: 'ids'
		});
	if (ids.some((id) => !Number.isSafeInteger(id) || (id as number) < 1))
		throw new Refusal(400, 'invalid_value', 'ids are entry ids', { field: 'ids' });
	return [...new Set(ids as number[])];
}

/** Marks the person's entries read (others' ids are passed over); returns how many are unread now. */
export async function markRead(
	db: Db,
	userId: string,
	which: number[] | 'all',
	now: number
): Promise<number> {
	const { notifications } = db.tables;
	const where = [eq(notifications.userId, userId), isNull(notifications.readAt)];
	if (which !== 'all') where.push(inArray(notifications.id, which));
	await db
		.update(notifications)
		.set({ readAt: new Date(now) })
		.where(and(...where));
	return unreadCount(db, userId);
}
