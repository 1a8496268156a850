// What a daily digest says: the person's entries grouped by cluster and plan (in the order the
// groups first happened), each entry one line as the list says it (noticeText), a burst of edits
// with its sections (editedLines) under it. Pure: the mailer reads the entries, this arranges them.
import { editedLines, noticeText } from '../../notifications/words';
import { textIn, type Lang } from '../../plan/localized';
import type { NotificationDetail, NotificationKind } from '../../notifications/kinds';
import { m } from '$lib/paraglide/messages';

/** An entry on its way to a mail. */
export type MailEntry = {
	id: number;
	kind: NotificationKind;
	clusterId: string | null;
	planId: string | null;
	actorName: string;
	link: string;
	detail: NotificationDetail;
	count: number;
	at: Date;
};

export type DigestLine = { text: string; link: string; lines: string[] };
export type DigestGroup = { title: string; entries: DigestLine[] };

/** One line of a mail: the entry's sentence and, for a burst of edits, what it changed. */
export function lineOf(entry: MailEntry, lang: Lang): DigestLine {
	const text = noticeText(entry, lang);
	const lines = entry.kind === 'plan_edited' ? editedLines(entry.detail.edits, lang) : [];
	return { text, link: entry.link, lines };
}

function titleOf(detail: NotificationDetail, lang: Lang): string {
	const say = (value: NotificationDetail['plan']) => (value ? textIn(value, lang).text : '');
	const parts = [say(detail.cluster), say(detail.plan) || say(detail.call)].filter(Boolean);
	return parts.join(' — ') || m.mail_digest_elsewhere({}, { locale: lang });
}

/** The entries of a digest, oldest first, grouped by their cluster and plan. */
export function digestGroups(entries: readonly MailEntry[], lang: Lang): DigestGroup[] {
	const groups = new Map<string, DigestGroup>();
	const sorted = [...entries].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id);
	for (const entry of sorted) {
		const key = `${entry.clusterId ?? ''}\u0000${entry.planId ?? ''}`;
		let group = groups.get(key);
		if (!group) groups.set(key, (group = { title: titleOf(entry.detail, lang), entries: [] }));
		group.entries.push(lineOf(entry, lang));
	}
	return [...groups.values()];
}
