// A burst of edits and the daily digest: a member makes 50 edits to the flour plan through a real
// y-websocket client; the facilitator (who watches the plan by role, and wants a daily digest) has
// ONE entry counting 50 that names what changed, and the next morning after 08:00 Almaty one digest
// mail carries that line and its sections, in the facilitator's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import * as P from '../../../src/lib/plan';
import { synced } from '../collab/harness';
import { demoServer, eventually } from '../versions/demo-server';
import { editedLines, noticeText } from '../../../src/lib/notifications/words';
import type { NotificationDetail } from '../../../src/lib/notifications/kinds';
import { freePort, startMailBox, type MailBox } from './mail-box';

const FLOUR = 'flour-kostanay';
const ORIGIN = 'https://clusterplan.test';

describe('a burst of edits in the daily digest', () => {
	let box: MailBox;
	const env: Record<string, string> = { PUBLIC_ORIGIN: ORIGIN };
	beforeAll(async () => {
		box = await startMailBox(await freePort());
		env.SMTP_URL = box.url;
	});
	afterAll(async () => box?.stop());
	// 13:00 in Almaty: today's digest has gone; what happens now waits for tomorrow's.
	const suite = demoServer({ clock: '2020-02-01T08:00:00Z', env });

	async function editEntries() {
		const { notifications } = suite.db.tables;
		return suite.db
			.select()
			.from(notifications)
			.where(
				and(
					eq(notifications.userId, await suite.userId('demo-facilitator')),
					eq(notifications.kind, 'plan_edited')
				)
			);
	}

	it('gathers 50 edits into one entry naming what changed, and mails it in the next morning’s digest', async () => {
		const { users } = suite.db.tables;
		await suite.db.update(users).set({ locale: 'en' }).where(eq(users.username, 'demo-facilitator'));
		const put = await suite.send(
			'PUT',
			'/api/me/notification-settings',
			await suite.token('demo-facilitator'),
			{
				email: 'facilitator@demo.clusterplan.kz',
				mail: 'daily',
				muted: []
			}
		);
		expect(put.status).toBe(200);

		const member = await suite.connect(FLOUR, 'demo-member');
		await synced(member);
		const plan = P.snapshot(member.doc);
		// Actors' nodes go by their actor's name, as the diff names them.
		const nodes = plan.map.nodes.slice(0, 2);
		expect(nodes).toHaveLength(2);
		const projects = plan.projects.slice(0, 3);
		for (let i = 0; i < 30; i++) P.updateNode(member.doc, nodes[i % 2]!.id, { notes: `Note ${i}` });
		for (let i = 0; i < 20; i++) P.updateProject(member.doc, projects[i % 3]!.id, { priority: (i % 3) + 1 });

		const entry = await eventually(async () => {
			const entries = await editEntries();
			return entries.length === 1 && entries[0]!.count === 50 ? entries[0] : undefined;
		}, 'one entry counting 50 edits');
		const detail = entry!.detail as NotificationDetail;
		expect(detail.edits).toEqual([
			{ collection: 'map', count: 2, names: nodes.map((node) => node.label) },
			{ collection: 'projects', count: 3, names: projects.map((project) => project.title) }
		]);
		expect(entry!.link).toMatch(new RegExp(`^/c/${FLOUR}/p/${FLOUR}/versions(/\\d+/diff/live)?$`));
		expect(entry!.actorName).not.toBe('');
		expect(entry!.mailedAt).toBeNull();
		expect(await box.messages()).toEqual([]);

		// 08:30 in Almaty the next day; the admins' "try again" wakes the mailer.
		suite.setClock('2020-02-02T03:30:00Z');
		expect((await suite.post('/api/admin/mail/retry', await suite.token('demo-admin'), {})).status).toBe(200);
		const [mail, ...more] = await eventually(async () => {
			const messages = await box.messages();
			return messages.length ? messages : undefined;
		}, 'the digest');
		expect(more).toEqual([]);
		expect(mail!.subject).toBe('Clusterplan daily digest: 1 new notifications');
		const said = { kind: 'plan_edited' as const, actorName: entry!.actorName, detail, count: 50 };
		expect(noticeText(said, 'en')).toContain('50');
		expect(mail!.text).toContain(noticeText(said, 'en'));
		for (const line of editedLines(detail.edits, 'en')) expect(mail!.text).toContain(line);
		expect(mail!.text).toContain(`${ORIGIN}${entry!.link}`);
		expect((await editEntries())[0]!.mailedAt).not.toBeNull();
	});
});
