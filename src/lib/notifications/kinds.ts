// What people are told. Each kind belongs to a topic: the list filters by it and a person mutes mail
// by it. The words of an entry are the kind's and its `detail`'s (notification.ts); who hears of it
// is the server's decision (src/lib/server/notifications/audience.ts), always through `can`.
import type { Localized } from '../plan/localized';

export const NOTIFICATION_KINDS = [
	'mention',
	'reply',
	'comment',
	'plan_edited',
	'version_submitted',
	'version_decided',
	'year_submitted',
	'year_returned',
	'year_approved',
	'deadline_soon',
	'deadline_passed',
	'workshop_started',
	'vote_opened',
	'member_added',
	'role_changed',
	'application_submitted',
	'application_assigned',
	'application_decided'
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_TOPICS = [
	'comments',
	'edits',
	'review',
	'reporting',
	'workshop',
	'cluster',
	'selection'
] as const;
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];

export const TOPIC_OF: Record<NotificationKind, NotificationTopic> = {
	mention: 'comments',
	reply: 'comments',
	comment: 'comments',
	plan_edited: 'edits',
	version_submitted: 'review',
	version_decided: 'review',
	year_submitted: 'reporting',
	year_returned: 'reporting',
	year_approved: 'reporting',
	deadline_soon: 'reporting',
	deadline_passed: 'reporting',
	workshop_started: 'workshop',
	vote_opened: 'workshop',
	member_added: 'cluster',
	role_changed: 'cluster',
	application_submitted: 'selection',
	application_assigned: 'selection',
	application_decided: 'selection'
};

export function isNotificationKind(value: unknown): value is NotificationKind {
	return (NOTIFICATION_KINDS as readonly unknown[]).includes(value);
}

export function isNotificationTopic(value: unknown): value is NotificationTopic {
	return (NOTIFICATION_TOPICS as readonly unknown[]).includes(value);
}

/** A part of a plan a burst of edits changed: the diff's collection and the items' names. */
export type EditedPart = { collection: string; count: number; names: Localized[] };

/**
 * The words of an entry, whatever its kind; each kind fills what it speaks of. Names are kept in
 * every language as they were when the event happened, so the entry reads the same later.
 */
export type NotificationDetail = {
	cluster?: Localized;
	plan?: Localized;
	/** The item a comment is on, or the item watched (its name), and its collection. */
	item?: { collection: string; name: Localized } | null;
	/** The first words of a comment. */
	excerpt?: string;
	version?: { number: number; label: string; state?: string };
	year?: number;
	/** The state a step left a reporting year in. */
	state?: string;
	/** A reporting deadline, `YYYY-MM-DD`. */
	dueOn?: string;
	role?: string;
	workshop?: string;
	vote?: string;
	call?: Localized;
	application?: Localized;
	/** A selection decision: chosen, reserve, not_chosen. */
	decision?: string;
	/** What a burst of edits changed. */
	edits?: EditedPart[];
	/** Why a year was returned or a version sent back. */
	comment?: string;
};

/** How a person wants mail. */
export const MAIL_MODES = ['off', 'instant', 'daily'] as const;
export type MailMode = (typeof MAIL_MODES)[number];

export function isMailMode(value: unknown): value is MailMode {
	return (MAIL_MODES as readonly unknown[]).includes(value);
}
