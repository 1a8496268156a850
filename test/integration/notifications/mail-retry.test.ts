// A mail server that is down does not hold up the request that caused the notification; the mail
// waits in the outbox as failed (shown to admins only), and goes out once the server is back: after
// its pause, when the mailer next wakes, or at once when an admin says "try again".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoServer, eventually } from '../versions/demo-server';
import { freePort, startMailBox, type MailBox } from './mail-box';

const FLOUR = 'flour-kostanay';
const versions = `/api/plans/${FLOUR}/versions`;
type Failed = {
	id: number;
	to: string;
	subject: string;
	attempts: number;
	lastError: string;
	nextAt: string;
};

describe('mail when the SMTP server is down', () => {
	let port: number;
	let box: MailBox | undefined;
	const env: Record<string, string> = { PUBLIC_ORIGIN: 'https://clusterplan.test' };
	beforeAll(async () => {
		port = await freePort();
		env.SMTP_URL = `smtp://127.0.0.1:${port}`;
	});
	afterAll(async () => box?.stop());
	const suite = demoServer({ clock: '2020-02-01T08:00:00Z', env });

	const outbox = async () => {
		const res = await suite.get('/api/admin/mail', await suite.token('demo-admin'));
		expect(res.status).toBe(200);
		return res.body as { failed: Failed[]; pending: number; sent: number };
	};
	const failedCount = (count: number) =>
		eventually(async () => {
			const seen = await outbox();
			return seen.failed.length === count && seen.pending === 0 ? seen : undefined;
		}, `${count} failed mails`);
	const mails = (count: number) =>
		eventually(async () => {
			const messages = (await box?.messages()) ?? [];
			return messages.length >= count ? messages : undefined;
		}, `${count} mails`);
	async function submitVersion(label: string) {
		const facilitator = await suite.token('demo-facilitator');
		const saved = await suite.post(versions, facilitator, { label, note: '' });
		expect(saved.status).toBe(201);
		const submitted = await suite.post(`${versions}/${saved.body.id}/submit`, facilitator, { comment: '' });
		expect(submitted.status).toBe(200);
	}

	it('answers the request at once, keeps the mail as failed for admins, and sends it when the server is back', async () => {
		const reviewer = await suite.token('demo-reviewer');
		await suite.send('PUT', '/api/me/notification-settings', reviewer, {
			email: 'reviewer@demo.clusterplan.kz',
			mail: 'instant',
			muted: []
		});
		await submitVersion('While the mail server is down');

		const { failed } = await failedCount(1);
		expect(failed[0]).toMatchObject({ to: 'reviewer@demo.clusterplan.kz', attempts: 1 });
		expect(failed[0]!.lastError).not.toBe('');
		// The first pause is a minute.
		expect(failed[0]!.nextAt).toBe('2020-02-01T08:01:00.000Z');

		// Only admins see the outbox, and only they may hurry it.
		for (const who of ['demo-reviewer', 'demo-facilitator'] as const) {
			expect((await suite.get('/api/admin/mail', await suite.token(who))).status).toBe(403);
			expect((await suite.post('/api/admin/mail/retry', await suite.token(who), {})).status).toBe(403);
		}
		expect((await suite.get('/api/admin/mail', null)).status).toBe(401);

		// The server comes back; past the pause, the next notification wakes the mailer, which sends both.
		box = await startMailBox(port);
		suite.setClock('2020-02-01T08:02:00Z');
		await submitVersion('With the mail server back');
		const received = await mails(2);
		expect(received.map((mail) => mail.to && 'text' in mail.to && mail.to.text)).toEqual([
			'reviewer@demo.clusterplan.kz',
			'reviewer@demo.clusterplan.kz'
		]);
		expect(await outbox()).toMatchObject({ failed: [], pending: 0, sent: 2 });
	});

	it('sends a failed mail at once when an admin says "try again", without waiting for its pause', async () => {
		await box!.stop();
		box = undefined;
		await submitVersion('Down again');
		const { failed } = await failedCount(1);
		expect(failed[0]!.attempts).toBe(1);

		box = await startMailBox(port);
		const retried = await suite.post('/api/admin/mail/retry', await suite.token('demo-admin'), {
			ids: [failed[0]!.id]
		});
		expect(retried).toMatchObject({ status: 200, body: { retried: 1 } });
		const [mail] = await mails(1);
		expect(mail!.subject).toBe(failed[0]!.subject);
		expect(await outbox()).toMatchObject({ failed: [], pending: 0, sent: 3 });
	});
});
