// A person's mail settings: their address, how they want mail (off, at once, a daily digest), the
// topics they mute by mail, and the secret of the unsubscribe link every mail carries. Read with
// defaults; the row (and its token) is made on first read or write, so every mail has a link.
import { and, eq, isNull } from 'drizzle-orm';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { Db } from '../db';
import { Refusal } from '../../refusal';
import {
	isMailMode,
	isNotificationTopic,
	type MailMode,
	type NotificationTopic
} from '../../notifications/kinds';

export type MailSettings = { email: string; mail: MailMode; muted: NotificationTopic[] };
export type StoredSettings = MailSettings & { unsubscribeToken: string };

// A plain shape check: the SMTP server is the judge of whether the address exists.
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;
const MOST_EMAIL = 254;

function newToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

function settingsOf(row: {
	email: string;
	mail: string;
	muted: unknown;
	unsubscribeToken: string;
}): StoredSettings {
	const muted = Array.isArray(row.muted) ? row.muted.filter(isNotificationTopic) : [];
	return {
		email: row.email,
		mail: isMailMode(row.mail) ? row.mail : 'off',
		muted,
		unsubscribeToken: row.unsubscribeToken
	};
}

/** The person's settings; the defaults (no address, mail off, nothing muted) on first read. */
export async function readSettings(db: Db, userId: string, now: number): Promise<StoredSettings> {
	const { notificationSettings } = db.tables;
	await db
		.insert(notificationSettings)
		.values({ userId, muted: [], unsubscribeToken: newToken(), updatedAt: new Date(now) })
		.onConflictDoNothing();
	const [row] = await db.select().from(notificationSettings).where(eq(notificationSettings.userId, userId));
	if (!row) throw new Error(`no settings row for ${userId}`);
	return settingsOf(row);
}

/** Checks a body `{email, mail, muted}`; each refusal names its field. */
export function settingsFromBody(body: Record<string, unknown>): MailSettings {
	const email = typeof body.email === 'string' ? body.email.trim() : body.email;
	if (typeof email !== 'string' || email.length > MOST_EMAIL || (email !== '' && !EMAIL.test(email)))
		throw new Refusal(400, 'invalid_email', 'email is an e-mail address or ""', { field: 'email' });
	if (!isMailMode(body.mail))
		throw new Refusal(400, 'invalid_value', "mail is 'off', 'instant' or 'daily'", { field: 'mail' });
	const muted = body.muted ?? [];
	if (!Array.isArray(muted) || !muted.every(isNotificationTopic))
		throw new Refusal(400, 'invalid_value', 'muted lists notification topics', { field: 'muted' });
	if (body.mail !== 'off' && email === '')
		throw new Refusal(400, 'email_required', 'mail needs an e-mail address', { field: 'email' });
	return { email, mail: body.mail, muted: [...new Set(muted)] };
}

/** Stores the person's settings (checked by `settingsFromBody`); the token stays. */
export async function writeSettings(
	db: Db,
	userId: string,
	settings: MailSettings,
	now: number
): Promise<StoredSettings> {
	const { notificationSettings, notifications } = db.tables;
	const values = { ...settings, updatedAt: new Date(now) };
	const token = newToken();
	await db.transaction(async (tx) => {
		const [before] = await tx
			.select({ mail: notificationSettings.mail })
			.from(notificationSettings)
			.where(eq(notificationSettings.userId, userId));
		await tx
			.insert(notificationSettings)
			.values({ userId, ...values, unsubscribeToken: token })
			.onConflictDoUpdate({ target: notificationSettings.userId, set: values });
		// Mail just turned on starts from now: what the person already had stays in the app only.
		if ((before?.mail ?? 'off') === 'off' && settings.mail !== 'off')
			await tx
				.update(notifications)
				.set({ mailedAt: new Date(now) })
				.where(and(eq(notifications.userId, userId), isNull(notifications.mailedAt)));
	});
	return readSettings(db, userId, now);
}

/** Whose unsubscribe link this is, or null. */
export async function settingsByToken(
	db: Db,
	token: string
): Promise<(StoredSettings & { userId: string }) | null> {
	if (!/^[a-z2-7]{16,64}$/.test(token)) return null;
	const { notificationSettings } = db.tables;
	const [row] = await db
		.select()
		.from(notificationSettings)
		.where(eq(notificationSettings.unsubscribeToken, token));
	return row ? { ...settingsOf(row), userId: row.userId } : null;
}

/** Turns mail off for the owner of an unsubscribe link; false when the link names nobody. */
export async function unsubscribe(db: Db, token: string, now: number): Promise<boolean> {
	const owner = await settingsByToken(db, token);
	if (!owner) return false;
	const { notificationSettings } = db.tables;
	await db
		.update(notificationSettings)
		.set({ mail: 'off', updatedAt: new Date(now) })
		.where(eq(notificationSettings.userId, owner.userId));
	return true;
}

/** What the API shows of the settings (never the token: it is the link's secret, sent only by mail). */
export function publicSettings(settings: StoredSettings): MailSettings {
	return { email: settings.email, mail: settings.mail, muted: settings.muted };
}
