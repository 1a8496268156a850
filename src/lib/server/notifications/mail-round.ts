// One look at what should go out by mail: entries of people who want each at once, and the day's
// digest of those who want one, written into the outbox (outbox.ts) in their own language. A burst
// of edits goes out only once it has been quiet for an hour, so fifty edits make one mail.
import { and, eq, isNull, lt, ne, notInArray } from 'drizzle-orm';
import type { Db } from '../db';
import {
	NOTIFICATION_KINDS,
	TOPIC_OF,
	isMailMode,
	isNotificationTopic,
	type NotificationDetail,
	type NotificationKind
} from '../../notifications/kinds';
import { isLang, type Lang } from '../../plan/localized';
import type { MailEntry } from './digest';
import { composeDigest, composeInstant, type Recipient } from './mail-compose';
import { enqueueMail } from './outbox';

/** A burst of edits is mailed once nobody added to it for this long. */
export const QUIET_MS = 60 * 60_000;
/** Almaty is UTC+5 all year; the digest leaves after 08:00 there. */
const ALMATY_MS = 5 * 60 * 60_000;
const DIGEST_HOUR_MS = 8 * 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/** The start of the digest day `now` is in: the latest 08:00 Almaty at or before it. */
export function digestDayStart(now: number): number {
	const shifted = now + ALMATY_MS - DIGEST_HOUR_MS;
	return Math.floor(shifted / DAY_MS) * DAY_MS - ALMATY_MS + DIGEST_HOUR_MS;
}

type Wanting = Recipient & { userId: string; mode: 'instant' | 'daily'; mutedKinds: NotificationKind[] };

async function peopleWantingMail(db: Db): Promise<Wanting[]> {
	const { notificationSettings, users } = db.tables;
	const rows = await db
		.select({
			userId: notificationSettings.userId,
			email: notificationSettings.email,
			mail: notificationSettings.mail,
			muted: notificationSettings.muted,
			token: notificationSettings.unsubscribeToken,
			locale: users.locale
		})
		.from(notificationSettings)
		.innerJoin(users, eq(users.id, notificationSettings.userId))
		.where(and(ne(notificationSettings.mail, 'off'), ne(notificationSettings.email, '')));
	return rows.flatMap((row) => {
		if (!isMailMode(row.mail) || row.mail === 'off') return [];
		const muted = Array.isArray(row.muted) ? row.muted.filter(isNotificationTopic) : [];
		const lang: Lang = isLang(row.locale) ? row.locale : 'ru';
		return [
			{
				userId: row.userId,
				to: row.email,
				lang,
				unsubscribeToken: row.token,
				mode: row.mail,
				mutedKinds: NOTIFICATION_KINDS.filter((kind) => muted.includes(TOPIC_OF[kind]))
			}
		];
	});
}

/** The person's entries not yet mailed, of kinds they did not mute (and before `before`, if given). */
async function unmailed(db: Db, person: Wanting, before: number | null): Promise<MailEntry[]> {
	const { notifications } = db.tables;
	const where = [eq(notifications.userId, person.userId), isNull(notifications.mailedAt)];
	if (before !== null) where.push(lt(notifications.at, new Date(before)));
	if (person.mutedKinds.length) where.push(notInArray(notifications.kind, person.mutedKinds));
	const rows = await db
		.select()
		.from(notifications)
		.where(and(...where))
		.limit(500);
	return rows.map((row) => ({
		id: row.id,
		kind: row.kind as NotificationKind,
		clusterId: row.clusterId,
		planId: row.planId,
		actorName: row.actorName,
		link: row.link,
		detail: row.detail as NotificationDetail,
		count: row.count,
		at: row.at
	}));
}

/** Writes into the outbox what is due by `now`; returns how many mails were written. */
export async function composeDueMail(db: Db, origin: string, now: number): Promise<number> {
	let written = 0;
	for (const person of await peopleWantingMail(db)) {
		if (person.mode === 'instant') {
			// Anything up to now, but a burst of edits only once it is quiet.
			const entries = (await unmailed(db, person, null)).filter(
				(entry) => entry.kind !== 'plan_edited' || entry.at.getTime() <= now - QUIET_MS
			);
			for (const entry of entries) {
				const mail = composeInstant(entry, person, origin);
				if (await enqueueMail(db, person.userId, [entry.id], mail, now)) written++;
			}
		} else {
			// What happened before today's 08:00; what came after waits for tomorrow's digest.
			const entries = await unmailed(db, person, digestDayStart(now));
			if (!entries.length) continue;
			const mail = composeDigest(entries, person, origin);
			const ids = entries.map((entry) => entry.id);
			if (await enqueueMail(db, person.userId, ids, mail, now)) written++;
		}
	}
	return written;
}
