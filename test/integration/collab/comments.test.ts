import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addLine, initPlan, snapshot, type Comment } from '../../../src/lib/plan';
import { createPlanDocument } from '../../../src/lib/server/plans/document';
import { documentRows, health, storedDocument, synced, waitFor, type Client } from './harness';
import { collabSuite } from './suite';

type Sent = { token?: string | null; origin?: string; body?: unknown; plan?: string };

function commentsIn(doc: Y.Doc): Comment[] {
	return doc.getMap('meta').get('schemaVersion') === undefined ? [] : snapshot(doc).comments;
}

function commentIn(doc: Y.Doc, id: string): Comment | undefined {
	return commentsIn(doc).find((comment) => comment.id === id);
}

describe('comments posted over HTTP', () => {
	const suite = collabSuite({
		prepare: async ({ db, planA }) =>
			await createPlanDocument(db, planA, (doc) => {
				initPlan(doc, { id: planA, title: 'Plan A' });
				addLine(doc, { id: 'line-1', title: 'Exports of flour' });
			})
	});
	const token = (user: keyof typeof suite.fixture.users) => suite.fixture.login(suite.fixture.users[user]);

	/** POSTs to /api/plans/<plan>/comments<path> as a browser page of the server would. */
	async function send(path: string, { token = null, origin, body, plan }: Sent) {
		const headers: Record<string, string> = {
			origin: origin ?? suite.server.origin,
			'content-type': 'application/json'
		};
		if (token) headers.cookie = `session=${token}`;
		const res = await fetch(
			`${suite.server.origin}/api/plans/${plan ?? suite.fixture.planA}/comments${path}`,
			{
				method: 'POST',
				headers,
				body: typeof body === 'string' ? body : JSON.stringify(body)
			}
		);
		return { status: res.status, body: (await res.json()) as Record<string, unknown> };
	}

	async function member(): Promise<Client> {
		const client = await suite.connect(suite.fixture.users.member);
		await synced(client);
		return client;
	}

	it('takes a reviewer’s comment, stores it, and sends it live to a connected member', async () => {
		const watching = await member();
		const sent = await send('', {
			token: await token('reviewer'),
			body: { anchorId: 'line-1', text: 'Which mills export today?' }
		});
		expect(sent.status).toBe(201);
		const id = sent.body.id as string;
		await waitFor(() => commentIn(watching.doc, id) !== undefined, 'the comment at the member');
		expect(commentIn(watching.doc, id)).toMatchObject({
			anchorId: 'line-1',
			author: 'reviewer',
			text: 'Which mills export today?',
			replyTo: null,
			resolved: false
		});
		expect(commentIn(await storedDocument(suite.fixture.db, suite.fixture.planA), id)).toMatchObject({
			author: 'reviewer'
		});
		// Someone opening the plan later gets it from the store.
		const later = await member();
		await waitFor(() => commentIn(later.doc, id) !== undefined, 'the comment after a reload');
	});

	it('writes the signed-in user as the author, whatever the body says', async () => {
		const sent = await send('', {
			token: await token('member2'),
			body: { anchorId: 'line-1', text: 'Mine', author: 'admin', mentions: ['admin'], id: 'chosen' }
		});
		expect(sent.status).toBe(201);
		expect(sent.body.id).not.toBe('chosen');
		const stored = commentIn(
			await storedDocument(suite.fixture.db, suite.fixture.planA),
			sent.body.id as string
		);
		expect(stored).toMatchObject({ author: 'member2', mentions: [] });
	});

	it('records as mentions only the @names of the cluster’s members', async () => {
		const sent = await send('', {
			token: await token('reviewer'),
			body: { anchorId: 'line-1', text: '@member2 and @Coordinator, not @outsider nor @nobody or a@member' }
		});
		expect(sent.status).toBe(201);
		const stored = commentIn(
			await storedDocument(suite.fixture.db, suite.fixture.planA),
			sent.body.id as string
		);
		expect(stored?.mentions).toEqual(['member2', 'coordinator']);
	});

	it('lets a reviewer answer a thread, resolve it and reopen it', async () => {
		const watching = await member();
		const reviewer = await token('reviewer');
		const first = await send('', { token: reviewer, body: { anchorId: 'line-1', text: 'Targets?' } });
		const root = first.body.id as string;
		const reply = await send('', {
			token: reviewer,
			body: { anchorId: 'line-1', text: 'Also', replyTo: root }
		});
		expect(reply.status).toBe(201);

		expect(await send(`/${root}/resolve`, { token: reviewer, body: { resolved: true } })).toEqual({
			status: 200,
			body: { id: root, resolved: true }
		});
		await waitFor(() => commentIn(watching.doc, root)?.resolved === true, 'the thread resolved live');
		expect(commentIn(watching.doc, reply.body.id as string)?.replyTo).toBe(root);

		expect((await send(`/${root}/resolve`, { token: reviewer, body: { resolved: false } })).status).toBe(200);
		await waitFor(() => commentIn(watching.doc, root)?.resolved === false, 'the thread reopened live');
		expect(commentIn(await storedDocument(suite.fixture.db, suite.fixture.planA), root)?.resolved).toBe(
			false
		);
	});

	it('lets an author edit and delete their own comment, and nobody else', async () => {
		const watching = await member();
		const reviewer = await token('reviewer');
		const posted = await send('', { token: reviewer, body: { anchorId: 'line-1', text: 'Add @member2' } });
		const id = posted.body.id as string;
		expect(
			await send(`/${id}/edit`, { token: await token('member'), body: { text: 'Approved as is' } })
		).toEqual({
			status: 403,
			body: { error: 'not_author', code: 'not_author', field: 'commentId' }
		});
		expect((await send(`/${id}/delete`, { token: await token('admin') })).status).toBe(403);
		expect(await send(`/${id}/edit`, { token: reviewer, body: { text: 'Add targets, @member' } })).toEqual({
			status: 200,
			body: { id }
		});
		await waitFor(() => commentIn(watching.doc, id)?.text === 'Add targets, @member', 'the edit live');
		expect(commentIn(watching.doc, id)).toMatchObject({ mentions: ['member'], author: 'reviewer' });
		expect(commentIn(watching.doc, id)?.editedAt).toEqual(expect.any(String));
		expect((await send(`/${id}/delete`, { token: reviewer })).status).toBe(200);
		await waitFor(() => commentIn(watching.doc, id)?.deleted === true, 'the deletion live');
		expect(commentIn(await storedDocument(suite.fixture.db, suite.fixture.planA), id)).toMatchObject({
			deleted: true,
			text: ''
		});
		expect(await send(`/${id}/edit`, { token: reviewer, body: { text: 'Back' } })).toEqual({
			status: 409,
			body: { error: 'deleted', code: 'deleted', field: 'commentId' }
		});
	});

	it('lets a member resolve their own thread but not a reviewer’s; a facilitator or reviewer resolves any', async () => {
		const own = await send('', { token: await token('member'), body: { anchorId: 'line-1', text: 'Mine' } });
		const theirs = await send('', {
			token: await token('reviewer'),
			body: { anchorId: 'line-1', text: 'KIDI asks' }
		});
		const resolve = async (id: unknown, user: 'member' | 'reviewer') =>
			send(`/${String(id)}/resolve`, { token: await token(user), body: { resolved: true } });
		expect((await resolve(own.body.id, 'member')).status).toBe(200);
		expect(await resolve(theirs.body.id, 'member')).toEqual({
			status: 403,
			body: { error: 'forbidden', code: 'forbidden', field: 'commentId' }
		});
		expect((await resolve(theirs.body.id, 'reviewer')).status).toBe(200);
		const stored = commentIn(
			await storedDocument(suite.fixture.db, suite.fixture.planA),
			theirs.body.id as string
		);
		expect(stored).toMatchObject({ resolved: true, resolvedBy: 'reviewer' });
	});

	it('refuses a coordinator, a caller without a session and a foreign page, and writes nothing', async () => {
		const body = { anchorId: 'line-1', text: 'Should not stick' };
		const before = await documentRows(suite.fixture.db);
		expect(await send('', { token: await token('coordinator'), body })).toEqual({
			status: 403,
			body: { error: 'forbidden', code: 'forbidden' }
		});
		// Another cluster's plan answers as one that does not exist.
		expect(await send('', { token: await token('outsider'), body })).toEqual({
			status: 404,
			body: { error: 'not_found', code: 'not_found' }
		});
		expect(await send('', { body })).toEqual({
			status: 401,
			body: { error: 'signed_out', code: 'signed_out' }
		});
		expect(
			await send('', { token: await suite.fixture.expiredToken(suite.fixture.users.reviewer), body })
		).toMatchObject({
			status: 401
		});
		expect(await send('', { token: await token('reviewer'), origin: 'https://evil.example', body })).toEqual({
			status: 403,
			body: { error: 'origin_not_allowed', code: 'origin_not_allowed' }
		});
		expect(
			await send('/whatever/resolve', { token: await token('coordinator'), body: { resolved: true } })
		).toMatchObject({
			status: 403
		});
		expect(await documentRows(suite.fixture.db)).toEqual(before);
		const texts = commentsIn(await storedDocument(suite.fixture.db, suite.fixture.planA)).map((c) => c.text);
		expect(texts).not.toContain('Should not stick');
	});

	it('answers bad input with the field at fault', async () => {
		const reviewer = await token('reviewer');
		const before = await documentRows(suite.fixture.db);
		expect(await send('', { token: reviewer, body: { anchorId: 'no-such-item', text: 'Hello' } })).toEqual({
			status: 400,
			body: { error: 'dangling_link', code: 'dangling_link', field: 'anchorId' }
		});
		expect(await send('', { token: reviewer, body: { anchorId: 'line-1', text: '   ' } })).toEqual({
			status: 400,
			body: { error: 'required', code: 'required', field: 'text' }
		});
		// The same answer as the app's JSON API gives a body that is not a JSON object.
		const notAnObject = {
			status: 400,
			body: { error: 'The body must be a JSON object', code: 'invalid_body', field: 'body' }
		};
		expect(await send('', { token: reviewer, body: '{"anchorId": ' })).toEqual(notAnObject);
		expect(await send('', { token: reviewer, body: ['line-1'] })).toEqual(notAnObject);
		expect(await send('/no-such-comment/resolve', { token: reviewer, body: { resolved: true } })).toEqual({
			status: 404,
			body: { error: 'not_found', code: 'not_found', field: 'commentId' }
		});
		expect(
			await send('', { token: reviewer, plan: 'no-such-plan', body: { anchorId: 'x', text: 'y' } })
		).toEqual({ status: 404, body: { error: 'not_found', code: 'not_found' } });
		const huge = await send('', { token: reviewer, body: { anchorId: 'line-1', text: 'x'.repeat(70_000) } });
		expect(huge).toEqual({ status: 413, body: { error: 'too_large', code: 'too_large' } });
		expect(await documentRows(suite.fixture.db)).toEqual(before);
	});

	it('writes to a plan nobody has open, and leaves it closed afterwards', async () => {
		const { planB } = suite.fixture;
		const open = async () => (await health(suite.server, await token('admin'))).body?.openDocuments;
		const openBefore = await open();
		const sent = await send('', {
			token: await token('admin'),
			plan: planB,
			body: { anchorId: planB, text: 'A note on the whole plan' }
		});
		expect(sent.status).toBe(201);
		const stored = commentIn(await storedDocument(suite.fixture.db, planB), sent.body.id as string);
		expect(stored).toMatchObject({ anchorId: planB, author: 'admin', orphaned: false });
		expect(await open()).toBe(openBefore);
	});
});
