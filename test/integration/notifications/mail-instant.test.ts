// Mail at once, through a real SMTP server process: a facilitator submits a version and the
// reviewer, who wants each notification by mail, gets one mail in their own language (Kazakh here)
// whose subject is the entry's sentence and whose body links to the diff and to the unsubscribe
// page; the one-click unsubscribe turns mail off and the next submission sends them nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { demoServer, eventually, type DemoUser } from '../versions/demo-server';
import { noticeText } from '../../../src/lib/notifications/words';
import type { NotificationDetail, NotificationKind } from '../../../src/lib/notifications/kinds';
import { freePort, startMailBox, type MailBox } from './mail-box';

const ORIGIN = 'https://clusterplan.test';
const SETTINGS = '/api/me/notification-settings';
const FLOUR = 'flour-kostanay';
const versions = `/api/plans/${FLOUR}/versions`;

const addressOf = (mail: ParsedMail) => (mail.to && 'text' in mail.to ? mail.to.text : '');

describe('mail at once', () => {
	let box: MailBox;
	const env: Record<string, string> = { PUBLIC_ORIGIN: ORIGIN };
	beforeAll(async () => {
		box = await startMailBox(await freePort());
		env.SMTP_URL = box.url;
	});
	afterAll(async () => box?.stop());
	const suite = demoServer({ clock: '2020-02-01T08:00:00Z', env });

	const mails = (count: number) =>
		eventually(async () => {
			const messages = await box.messages();
			return messages.length >= count ? messages : undefined;
		}, `${count} mails`);

	/** The person's entries of `kind` on the flour plan, oldest first, straight from the table (the demo has others). */
	async function entries(who: DemoUser, kind: NotificationKind) {
		const { notifications } = suite.db.tables;
		return suite.db
			.select()
			.from(notifications)
			.where(
				and(
					eq(notifications.userId, await suite.userId(who)),
					eq(notifications.kind, kind),
					eq(notifications.planId, FLOUR)
				)
			)
			.orderBy(notifications.id);
	}

	async function saveAndSubmit(label: string): Promise<number> {
		const facilitator = await suite.token('demo-facilitator');
		const saved = await suite.post(versions, facilitator, { label, note: '' });
		expect(saved.status).toBe(201);
		const n = saved.body.id as number;
		// The request that notifies answers at once: the mail goes out in the background.
		expect((await suite.post(`${versions}/${n}/submit`, facilitator, { comment: '' })).status).toBe(200);
		return n;
	}

	it('sends one mail in the reader’s language with the link and the unsubscribe link, and stops on unsubscribe', async () => {
		const { users } = suite.db.tables;
		await suite.db.update(users).set({ locale: 'kk' }).where(eq(users.username, 'demo-reviewer'));
		const reviewer = await suite.token('demo-reviewer');
		const put = await suite.send('PUT', SETTINGS, reviewer, {
			email: 'reviewer@demo.clusterplan.kz',
			mail: 'instant',
			muted: []
		});
		expect(put.status).toBe(200);

		const first = await saveAndSubmit('For KIDI');
		const [mail] = await mails(1);
		const [entry] = await entries('demo-reviewer', 'version_submitted');
		const said = {
			kind: 'version_submitted' as const,
			actorName: entry!.actorName,
			detail: entry!.detail as NotificationDetail,
			count: 1
		};
		expect(mail!.subject).toBe(noticeText(said, 'kk'));
		expect(mail!.subject).not.toBe(noticeText(said, 'ru'));
		expect(addressOf(mail!)).toBe('reviewer@demo.clusterplan.kz');
		expect(mail!.text).toContain(noticeText(said, 'kk'));
		expect(entry!.link).toContain(`/c/${FLOUR}/p/${FLOUR}/versions/`);
		expect(mail!.text).toContain(`${ORIGIN}${entry!.link}`);
		expect(mail!.html).toContain(`href="${ORIGIN}${entry!.link}"`);
		expect(entry!.mailedAt).not.toBeNull();
		const unsubscribe = new RegExp(`${ORIGIN}/unsubscribe/([a-z2-7]+)`).exec(mail!.text ?? '');
		expect(unsubscribe).not.toBeNull();
		const line = (name: string) => mail!.headerLines.find((header) => header.key === name)?.line ?? '';
		expect(line('list-unsubscribe')).toContain(`<${ORIGIN}/unsubscribe/${unsubscribe![1]}/one-click>`);
		expect(line('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

		// The unsubscribe page says what it does; the one-click POST, as a mail program sends it
		// (a form, no Origin, no session), answers 200 and turns mail off.
		const page = await fetch(`${suite.server.origin}/unsubscribe/${unsubscribe![1]}`);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('reviewer@demo.clusterplan.kz');
		const clicked = await fetch(`${suite.server.origin}/unsubscribe/${unsubscribe![1]}/one-click`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: 'List-Unsubscribe=One-Click'
		});
		expect(clicked.status).toBe(200);
		expect((await suite.get(SETTINGS, reviewer)).body).toMatchObject({ mail: 'off' });

		// The next submission tells the reviewer in the app only. The member, who wants mail, hears
		// of the decision after it: their mail shows a round ran after the reviewer's new entry.
		await suite.send('PUT', SETTINGS, await suite.token('demo-member'), {
			email: 'member@demo.clusterplan.kz',
			mail: 'instant',
			muted: []
		});
		await saveAndSubmit('Again');
		expect((await suite.post(`${versions}/${first}/approve`, reviewer, { comment: 'Fine' })).status).toBe(
			200
		);
		const [, second] = await mails(2);
		expect(addressOf(second!)).toBe('member@demo.clusterplan.kz');
		const [decided] = await entries('demo-member', 'version_decided');
		// No locale chosen: Russian.
		expect(second!.subject).toBe(
			noticeText(
				{
					kind: 'version_decided',
					actorName: decided!.actorName,
					detail: decided!.detail as NotificationDetail,
					count: 1
				},
				'ru'
			)
		);
		const submitted = await entries('demo-reviewer', 'version_submitted');
		expect(submitted).toHaveLength(2);
		expect(submitted[1]!.mailedAt).toBeNull();
		expect(await box.messages()).toHaveLength(2);
	});
});
