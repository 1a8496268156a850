// The words of a mail: one entry alone (its subject is the entry's sentence) or a day's digest, in
// the recipient's language, as plain text and as simple HTML, each with the links back to the app,
// to the settings and to stop these mails. Pure: the origin and the unsubscribe secret come in.
import { m } from '$lib/paraglide/messages';
import type { Lang } from '../../plan/localized';
import { digestGroups, lineOf, type DigestLine, type MailEntry } from './digest';

export type Recipient = { to: string; lang: Lang; unsubscribeToken: string };
export type ComposedMail = { to: string; subject: string; text: string; html: string };

/** Where a mail's unsubscribe link leads: a page that says what it does, with its button. */
export const unsubscribePath = (token: string) => `/unsubscribe/${token}`;
/** Where a mail program's one-click unsubscribe (RFC 8058) posts. */
export const oneClickPath = (token: string) => `/unsubscribe/${token}/one-click`;
export const SETTINGS_PATH = '/me/notifications';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An app path made absolute; a link that is already absolute (or odd) is left alone. */
export function absolute(origin: string, path: string): string {
	return path.startsWith('/') ? `${origin.replace(/\/+$/, '')}${path}` : path;
}

function footer(origin: string, recipient: Recipient): { text: string[]; html: string[] } {
	const o = { locale: recipient.lang };
	const settings = absolute(origin, SETTINGS_PATH);
	const stop = absolute(origin, unsubscribePath(recipient.unsubscribeToken));
	return {
		text: ['--', m.mail_why({ url: settings }, o), m.mail_stop({ url: stop }, o)],
		html: [
			'<hr>',
			`<p style="color:#555;font-size:13px">${escape(m.mail_why({ url: '' }, o))}<a href="${escape(settings)}">${escape(settings)}</a><br>`,
			`${escape(m.mail_stop({ url: '' }, o))}<a href="${escape(stop)}">${escape(stop)}</a></p>`
		]
	};
}

function lineText(line: DigestLine, origin: string, lang: Lang): string[] {
	return [
		line.text,
		...line.lines.map((part) => `  · ${part}`),
		`  ${m.mail_open({ url: absolute(origin, line.link) }, { locale: lang })}`
	];
}

function lineHtml(line: DigestLine, origin: string): string {
	const href = escape(absolute(origin, line.link));
	const parts = line.lines.length
		? `<ul>${line.lines.map((part) => `<li>${escape(part)}</li>`).join('')}</ul>`
		: '';
	return `<p><a href="${href}">${escape(line.text)}</a></p>${parts}`;
}

const page = (lang: Lang, body: string[]) =>
	`<!doctype html><html lang="${lang}"><body style="font-family:sans-serif">${body.join('\n')}</body></html>`;

/** One entry's mail: the subject is its sentence, the body the sentence, its link and the footer. */
export function composeInstant(entry: MailEntry, recipient: Recipient, origin: string): ComposedMail {
	const line = lineOf(entry, recipient.lang);
	const foot = footer(origin, recipient);
	return {
		to: recipient.to,
		subject: line.text,
		text: [...lineText(line, origin, recipient.lang), '', ...foot.text].join('\n'),
		html: page(recipient.lang, [lineHtml(line, origin), ...foot.html])
	};
}

/** A day's digest: 'digest' and the count in the subject, the entries grouped by cluster and plan. */
export function composeDigest(
	entries: readonly MailEntry[],
	recipient: Recipient,
	origin: string
): ComposedMail {
	const o = { locale: recipient.lang };
	const groups = digestGroups(entries, recipient.lang);
	const foot = footer(origin, recipient);
	const text = [m.mail_digest_intro({}, o), ''];
	const html = [`<p>${escape(m.mail_digest_intro({}, o))}</p>`];
	for (const group of groups) {
		text.push(group.title, ...group.entries.flatMap((line) => lineText(line, origin, recipient.lang)), '');
		html.push(`<h2 style="font-size:16px">${escape(group.title)}</h2>`);
		html.push(...group.entries.map((line) => lineHtml(line, origin)));
	}
	return {
		to: recipient.to,
		subject: m.mail_digest_subject({ count: String(entries.length) }, o),
		text: [...text, ...foot.text].join('\n'),
		html: page(recipient.lang, [...html, ...foot.html])
	};
}
