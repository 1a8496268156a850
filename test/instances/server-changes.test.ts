// What the server itself writes to a plan, through one instance, reaches every instance's editors:
// a comment, a restore (which replaces the plan for everyone). And every instance refuses a
// reader's write. Real server processes on PostgreSQL, a redis-server of the file's own, real
// y-websocket clients.
import { describe, expect, it } from 'vitest';
import {
	connectClient,
	createFixture,
	deniedReasons,
	documentRows,
	setStage,
	stageTitle,
	synced,
	waitFor,
	type RunningServer
} from '../integration/collab/harness';
import { snapshot } from '../../src/lib/plan';
import { severalInstances } from './instances';

type Answer = { status: number; body: Record<string, unknown> };

describe('server changes on several instances', () => {
	const several = severalInstances(3, () => createFixture('postgres'));
	const servers = several.servers;
	const post = async (server: RunningServer, token: string, path: string, body: object): Promise<Answer> => {
		const res = await fetch(`${server.origin}/api/plans/${several.fixture.planA}${path}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: server.origin, cookie: `session=${token}` },
			body: JSON.stringify(body)
		});
		return { status: res.status, body: (await res.json()) as Record<string, unknown> };
	};
	const editors = async (token: string) => {
		const clients = servers.map((server) =>
			several.keep(connectClient(server, several.fixture.planA, token))
		);
		await Promise.all(clients.map(synced));
		return clients;
	};

	it('brings a comment and a restore made through one instance to the editors on the others', async () => {
		const { fixture } = several;
		const token = await fixture.login(fixture.users.admin);
		const [first, ...others] = await editors(token);
		setStage(first!.doc, 'kept', 'Before the restore');
		for (const client of others)
			await waitFor(() => stageTitle(client.doc, 'kept') === 'Before the restore', 'the stage everywhere');
		const saved = await post(servers[1]!, token, '/versions', { label: 'Before', note: '' });
		expect(saved.status).toBe(201);

		const comment = await post(servers[0]!, token, '/comments', {
			anchorId: fixture.planA,
			text: 'Is the terminal in the budget?'
		});
		expect(comment.status).toBe(201);
		for (const client of others)
			await waitFor(
				() => snapshot(client.doc).comments.some((c) => c.id === comment.body.id),
				'the comment on every instance'
			);

		setStage(others[1]!.doc, 'kept', 'Changed after the version');
		await waitFor(() => stageTitle(first!.doc, 'kept') === 'Changed after the version', 'the change');
		const restored = await post(servers[0]!, token, `/versions/${String(saved.body.id)}/restore`, {});
		expect(restored.status, JSON.stringify(restored.body)).toBe(200);
		for (const client of [first!, ...others])
			await waitFor(() => stageTitle(client.doc, 'kept') === 'Before the restore', 'the restore everywhere');
	});

	it('refuses a reviewer’s and a coordinator’s writes on every instance', async () => {
		const { fixture } = several;
		const rowsBefore = await documentRows(fixture.db);
		for (const user of [fixture.users.reviewer, fixture.users.coordinator]) {
			const token = await fixture.login(user);
			for (const server of servers) {
				const reader = several.keep(connectClient(server, fixture.planA, token));
				const reasons = deniedReasons(reader);
				await synced(reader);
				setStage(reader.doc, `by-${user}`, 'never stored');
				await waitFor(() => reasons.length > 0, 'the refusal');
			}
		}
		expect(await documentRows(fixture.db)).toEqual(rowsBefore);
	});
});
