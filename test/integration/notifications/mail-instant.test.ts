// Mail at once, through a real SMTP server process: a reviewer who wants each notification by mail
// gets one mail per entry, in their own language (Kazakh here), whose subject is the entry's
// sentence and whose body links to the thing and to the unsubscribe page; the one-click
// unsubscribe turns mail off and the next entry sends nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { demoServer, eventually } from '../versions/demo-server';
import { notify } from '../../../src/lib/server/notifications/notify';
import { noticeText } from '../../../src/lib/notifications/words';
import { freePort, startMailBox, type MailBox } from './mail-box';

const ORIGIN = 'https://clusterplan.test';
const SETTINGS = '/api/me/notification-settings';
const FLOUR = { ru: 'Мука', kk: 'Ұн', en: 'Flour' };
const PLAN = { ru: 'План муки', kk: 'Ұн жоспары', en: 'Flour plan' };

describe('mail at once', () => {
	let box: MailBox;
	const env: Record<string, string> = { PUBLIC_ORIGIN: ORIGIN };
	beforeAll(async () => {
		box = await startMailBox(await freePort());
		env.SMTP_URL = box.url;
	});
	afterAll(async () => box?.stop());
	const suite = demoServer({ clock: '2020-02-01T08:00:00Z', env });

	/** Tells the reviewer of a submitted version, as the versions service does, and wakes the mailer. */
	async function versionSubmitted(number: number, also: string[] = []) {
		const reviewer = await suite.userId('demo-reviewer');
		const facilitator = await suite.userId('demo-facilitator');
		const notice = {
			kind: 'version_submitted' as const,
			actor: { id: facilitator, name: 'Juan Facilitator' },
			clusterId: 'flour-kostanay',
			planId: 'flour-kostanay',
			link: `/c/flour-kostanay/p/flour-kostanay/versions?compare=${number}`,
			detail: { cluster: FLOUR, plan: PLAN, version: { number, label: `v${number}` } }
		};
		const told = await notify(suite.db, notice, [reviewer, ...also], Date.parse('2020-02-01T08:00:00Z'));
		expect(told).toEqual([reviewer, ...also]);
		// notify() woke no mailer here (it ran in the test's process): the admins' "try again" does.
		const woke = await suite.post('/api/admin/mail/retry', await suite.token('demo-admin'), {});
		expect(woke.status).toBe(200);
		return noticeText(
			{ kind: notice.kind, actorName: 'Juan Facilitator', detail: notice.detail, count: 1 },
			'kk'
		);
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

		const sentence = await versionSubmitted(3);
		const [mail] = await eventually(async () => {
			const messages = await box.messages();
			return messages.length ? messages : undefined;
		}, 'the mail');
		expect(mail!.subject).toBe(sentence);
		expect(sentence).toContain('Ұн жоспары');
		expect(mail!.to && 'text' in mail!.to ? mail!.to.text : '').toBe('reviewer@demo.clusterplan.kz');
		expect(mail!.text).toContain(sentence);
		expect(mail!.text).toContain(`${ORIGIN}/c/flour-kostanay/p/flour-kostanay/versions?compare=3`);
		const unsubscribe = new RegExp(`${ORIGIN}/unsubscribe/([a-z2-7]+)`).exec(mail!.text ?? '');
		expect(unsubscribe).not.toBeNull();
		const line = (name: string) => mail!.headerLines.find((header) => header.key === name)?.line ?? '';
		const oneClick = line('list-unsubscribe');
		expect(oneClick).toContain(`${ORIGIN}/unsubscribe/${unsubscribe![1]}/one-click`);
		expect(line('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

		// The unsubscribe page names what it does; the one-click POST (as a mail program sends it,
		// with no Origin) answers 200 and turns mail off.
		const page = await fetch(`${suite.server.origin}/unsubscribe/${unsubscribe![1]}`);
		expect(page.status).toBe(200);
		const clicked = await fetch(`${suite.server.origin}/unsubscribe/${unsubscribe![1]}/one-click`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: 'List-Unsubscribe=One-Click'
		});
		expect(clicked.status).toBe(200);
		expect((await suite.get(SETTINGS, reviewer)).body).toMatchObject({ mail: 'off' });

		// The admin wants mail too: their mail arriving shows the round that read both entries ran.
		const admin = await suite.token('demo-admin');
		await suite.send('PUT', SETTINGS, admin, {
			email: 'admin@demo.clusterplan.kz',
			mail: 'instant',
			muted: []
		});
		await versionSubmitted(4, [await suite.userId('demo-admin')]);
		const both = await eventually(async () => {
			const messages = await box.messages();
			return messages.length === 2 ? messages : undefined;
		}, "the admin's mail");
		expect(both[1]!.to && 'text' in both[1]!.to ? both[1]!.to.text : '').toBe('admin@demo.clusterplan.kz');
		const { notifications } = suite.db.tables;
		const entries = await suite.db
			.select({ mailedAt: notifications.mailedAt })
			.from(notifications)
			.where(eq(notifications.userId, await suite.userId('demo-reviewer')));
		expect(entries).toHaveLength(2);
		expect(entries.filter((entry) => entry.mailedAt === null)).toHaveLength(1);
		expect(await box.messages()).toHaveLength(2);
	});
});
