// The versions API against the real server process on the demo data: saving and reading versions,
// the KIDI review (who may take which step, in which state, and the audit log of it), the diff of
// a version against another or against the live plan edited by a real y-websocket client, and the
// restore that reaches everyone connected.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { synced, waitFor } from '../collab/harness';
import { demoServer, eventually, type Answer } from './demo-server';

type Summary = Record<string, unknown> & { id: number; status: string };

const FLOUR = 'flour-kostanay';
const MILK = 'milk-akmola';
const versions = (plan: string) => `/api/plans/${plan}/versions`;

describe('the versions API', () => {
	const suite = demoServer();

	/** Saves a version as `who` and returns its number. */
	async function save(plan: string, label: string, who = 'demo-facilitator' as const): Promise<number> {
		const res = await suite.post(versions(plan), await suite.token(who), { label, note: '' });
		expect(res.status).toBe(201);
		return res.body.id as number;
	}

	describe('saving and reading', () => {
		it('lets a member save a named version: 201 with its number, a draft by them', async () => {
			const res = await suite.post(versions(FLOUR), await suite.token('demo-member'), {
				label: '  Workshop 1 ',
				note: 'After the first workshop'
			});
			expect(res.status).toBe(201);
			const version = res.body.version as Summary;
			expect(res.body.id).toBe(version.id);
			expect(version).toMatchObject({
				planId: FLOUR,
				label: 'Workshop 1',
				note: 'After the first workshop',
				kind: 'manual',
				authorName: 'Bolat Member',
				status: 'draft',
				decision: null,
				restoredFrom: null
			});
			expect(await suite.audit(`${FLOUR}/v${version.id}`)).toEqual([
				{
					action: 'version.save',
					user: await suite.userId('demo-member'),
					clusterId: FLOUR,
					target: `${FLOUR}/v${version.id}`
				}
			]);
		});

		it('lists versions newest first, and gives one with the plan as it was', async () => {
			const second = await save(FLOUR, 'Workshop 2');
			const list = await suite.get(versions(FLOUR), await suite.token('demo-reviewer'));
			expect(list.status).toBe(200);
			const listed = list.body.versions as Summary[];
			expect(listed.map((v) => v.id)).toEqual([second, second - 1]);
			expect(listed.map((v) => v.label)).toEqual(['Workshop 2', 'Workshop 1']);

			const live = await suite.get(`/api/plans/${FLOUR}`, await suite.token('demo-member'));
			const detail = await suite.get(`${versions(FLOUR)}/${second}`, await suite.token('demo-coordinator'));
			expect(detail.status).toBe(200);
			expect(detail.body).toMatchObject({ id: second, label: 'Workshop 2', steps: [], comments: [] });
			expect(detail.body.data).toEqual(live.body);
		});

		it('gives the encoded Yjs state of a version, whose snapshot is the version’s data', async () => {
			const detail = await suite.get(`${versions(FLOUR)}/1`, await suite.token('demo-member'));
			const state = await suite.bytes(`${versions(FLOUR)}/1/state`, await suite.token('demo-member'));
			expect(state.status).toBe(200);
			expect(state.type).toBe('application/octet-stream');
			const doc = new Y.Doc();
			Y.applyUpdate(doc, state.bytes);
			expect(P.snapshot(doc)).toEqual(detail.body.data);
		});

		it('refuses a reviewer and a coordinator with 403, and nobody signed out with 401', async () => {
			for (const who of ['demo-reviewer', 'demo-coordinator'] as const) {
				const res = await suite.post(versions(FLOUR), await suite.token(who), { label: 'Mine' });
				expect(res.status, who).toBe(403);
				expect(res.body.code).toBe('forbidden');
			}
			expect((await suite.post(versions(FLOUR), null, { label: 'Mine' })).status).toBe(401);
			expect((await suite.get(versions(FLOUR), null)).status).toBe(401);
		});

		it('refuses a bad label or note with 400 and its code, and keeps nothing', async () => {
			const token = await suite.token('demo-member');
			const before = ((await suite.get(versions(FLOUR), token)).body.versions as Summary[]).length;
			const cases: [unknown, string][] = [
				[{ label: '' }, 'invalid_label'],
				[{ label: '   ' }, 'invalid_label'],
				[{ note: 'no label' }, 'invalid_label'],
				[{ label: 'x'.repeat(121) }, 'invalid_label'],
				[{ label: 42 }, 'invalid_label'],
				[{ label: 'Fine', note: 'n'.repeat(2001) }, 'invalid_note'],
				['not json', 'invalid_body']
			];
			for (const [body, code] of cases) {
				const res = await suite.post(versions(FLOUR), token, body);
				expect(res.status, JSON.stringify(body)).toBe(400);
				expect(res.body.code, JSON.stringify(body)).toBe(code);
			}
			expect(((await suite.get(versions(FLOUR), token)).body.versions as Summary[]).length).toBe(before);
			expect((await suite.post(versions(FLOUR), token, { label: 'x'.repeat(120) })).status).toBe(201);
		});

		it('answers 404 for a version that does not exist or a plan the user cannot see', async () => {
			expect((await suite.get(`${versions(FLOUR)}/999`, await suite.token('demo-member'))).status).toBe(404);
			expect((await suite.get(`${versions(FLOUR)}/v1`, await suite.token('demo-member'))).status).toBe(404);
			// demo-member has no role in the tourism cluster.
			const elsewhere = await suite.get(versions('tourism-almaty-region'), await suite.token('demo-member'));
			expect(elsewhere.status).toBe(404);
		});
	});

	describe('the review', () => {
		const step = async (n: number, name: string, who: Parameters<typeof suite.token>[0], comment?: string) =>
			suite.post(
				`${versions(FLOUR)}/${n}/${name}`,
				await suite.token(who),
				comment === undefined ? undefined : { comment }
			);

		it('lets only facilitators submit, only reviewers decide, and logs every step', async () => {
			const n = await save(FLOUR, 'For KIDI');
			const target = `${FLOUR}/v${n}`;
			const refused = (res: Answer, status: number, code: string) => {
				expect(res.status).toBe(status);
				expect(res.body.code).toBe(code);
			};

			refused(await step(n, 'submit', 'demo-member'), 403, 'forbidden');
			refused(await step(n, 'submit', 'demo-reviewer'), 403, 'forbidden');
			refused(await step(n, 'submit', 'demo-coordinator'), 403, 'forbidden');
			refused(await step(n, 'approve', 'demo-reviewer'), 409, 'illegal_transition');

			const submitted = await step(n, 'submit', 'demo-facilitator', 'Please review');
			expect(submitted.status).toBe(200);
			expect(submitted.body).toMatchObject({
				id: n,
				status: 'submitted',
				decision: { step: 'submit', comment: 'Please review', byName: 'Juan Facilitator (Infyde)' }
			});
			refused(await step(n, 'submit', 'demo-facilitator'), 409, 'illegal_transition');

			refused(await step(n, 'approve', 'demo-member'), 403, 'forbidden');
			refused(await step(n, 'approve', 'demo-facilitator'), 403, 'forbidden');
			refused(await step(n, 'request-changes', 'demo-facilitator', 'Mine'), 403, 'forbidden');
			refused(await step(n, 'request-changes', 'demo-reviewer'), 400, 'comment_required');
			refused(await step(n, 'request-changes', 'demo-reviewer', '   '), 400, 'comment_required');

			const asked = await step(n, 'request-changes', 'demo-reviewer', 'Budget of the lab is too high');
			expect(asked.status).toBe(200);
			expect(asked.body).toMatchObject({
				status: 'changes_requested',
				decision: {
					step: 'request_changes',
					comment: 'Budget of the lab is too high',
					byName: 'Dana Reviewer (KIDI)'
				}
			});
			refused(await step(n, 'approve', 'demo-reviewer'), 409, 'illegal_transition');

			expect((await step(n, 'submit', 'demo-facilitator')).body.status).toBe('submitted');
			const approved = await step(n, 'approve', 'demo-reviewer');
			expect(approved.body).toMatchObject({ status: 'approved', decision: { step: 'approve' } });
			refused(await step(n, 'request-changes', 'demo-reviewer', 'Too late'), 409, 'illegal_transition');
			refused(await step(n, 'submit', 'demo-facilitator'), 409, 'illegal_transition');

			const detail = await suite.get(`${versions(FLOUR)}/${n}`, await suite.token('demo-member'));
			expect(
				(detail.body.steps as Record<string, unknown>[]).map((s) => [s.step, s.state, s.byName])
			).toEqual([
				['submit', 'submitted', 'Juan Facilitator (Infyde)'],
				['request_changes', 'changes_requested', 'Dana Reviewer (KIDI)'],
				['submit', 'submitted', 'Juan Facilitator (Infyde)'],
				['approve', 'approved', 'Dana Reviewer (KIDI)']
			]);
			const facilitator = await suite.userId('demo-facilitator');
			const reviewer = await suite.userId('demo-reviewer');
			expect((await suite.audit(target)).map((row) => [row.action, row.user, row.clusterId])).toEqual([
				['version.save', facilitator, FLOUR],
				['version.submit', facilitator, FLOUR],
				['version.request_changes', reviewer, FLOUR],
				['version.submit', facilitator, FLOUR],
				['version.approve', reviewer, FLOUR]
			]);
		});

		it('shows the decision in the list', async () => {
			const listed = (await suite.get(versions(FLOUR), await suite.token('demo-member'))).body
				.versions as Summary[];
			const approved = listed.find((v) => v.label === 'For KIDI')!;
			expect(approved).toMatchObject({
				status: 'approved',
				decision: { step: 'approve', byName: 'Dana Reviewer (KIDI)' }
			});
		});

		it('lets an admin take both sides', async () => {
			const n = await save(FLOUR, 'Admin run');
			expect((await step(n, 'submit', 'demo-admin')).status).toBe(200);
			expect((await step(n, 'approve', 'demo-admin')).body.status).toBe('approved');
		});

		it('answers 404 for a step on a version that does not exist', async () => {
			const res = await step(999, 'submit', 'demo-facilitator');
			expect(res.status).toBe(404);
			expect(res.body.code).toBe('not_found');
		});

		it('takes comments on a version and on one item of its diff from those who may comment', async () => {
			const n = await save(FLOUR, 'Commented');
			const path = `${versions(FLOUR)}/${n}/comments`;
			const general = await suite.post(path, await suite.token('demo-reviewer'), { text: 'Looks complete' });
			expect(general.status).toBe(201);
			expect(general.body).toMatchObject({
				item: null,
				text: 'Looks complete',
				byName: 'Dana Reviewer (KIDI)',
				against: null
			});
			const onItem = await suite.post(path, await suite.token('demo-member'), {
				text: 'Why this budget?',
				item: 'projects:abc',
				against: 'live'
			});
			expect(onItem.status).toBe(201);
			expect(onItem.body).toMatchObject({ item: 'projects:abc', against: 'live' });
			expect((await suite.post(path, await suite.token('demo-coordinator'), { text: 'Hi' })).status).toBe(
				403
			);
			expect((await suite.post(path, await suite.token('demo-member'), { text: '' })).body.code).toBe(
				'required'
			);
			const detail = await suite.get(`${versions(FLOUR)}/${n}`, await suite.token('demo-member'));
			expect((detail.body.comments as Record<string, unknown>[]).map((c) => c.text)).toEqual([
				'Looks complete',
				'Why this budget?'
			]);
		});
	});

	describe('the diff and the restore', () => {
		type Comparison = {
			from: Summary;
			to: Summary | null;
			changes: P.PlanChanges;
			before: P.PlanData;
			after: P.PlanData;
		};
		const diff = async (a: number, b: number | 'live') => {
			const res = await suite.get(`${versions(MILK)}/${a}/diff/${b}`, await suite.token('demo-reviewer'));
			expect(res.status).toBe(200);
			return res.body as unknown as Comparison;
		};
		let v1 = 0;
		let v2 = 0;
		let project = { id: '', lineId: '', budget: 0 };

		it('names exactly the change a connected facilitator made to the live plan', async () => {
			v1 = await save(MILK, 'Before the budget cut');
			expect((await diff(v1, 'live')).changes).toEqual({ sections: [], total: 0 });

			const facilitator = await suite.connect(MILK, 'demo-facilitator');
			await synced(facilitator);
			// A project of one funding line: its budget is typed whole, as the projects table does.
			const target = P.snapshot(facilitator.doc).projects.find(
				(p) => p.budget > 0 && p.funding.length === 1
			)!;
			project = { id: target.id, lineId: target.funding[0]!.id, budget: target.budget };
			P.updateProject(facilitator.doc, target.id, { budget: target.budget * 0.8 });

			const comparison = await eventually(async () => {
				const found = await diff(v1, 'live');
				return found.changes.total > 0 ? found : undefined;
			}, 'the edit to reach the live plan');
			expect(comparison.from).toMatchObject({ id: v1, label: 'Before the budget cut' });
			expect(comparison.to).toBeNull();
			expect(comparison.changes.total).toBe(1);
			const [section] = comparison.changes.sections;
			expect(section).toMatchObject({
				section: 'projects',
				counts: { added: 0, removed: 0, changed: 1, moved: 0 }
			});
			expect(section!.items).toHaveLength(1);
			// The budget is the sum of the lines: the line tells the change, named by its project.
			expect(section!.items[0]).toMatchObject({
				key: `funding:${target.funding[0]!.id}`,
				kind: 'changed',
				label: target.title
			});
			expect(section!.items[0]!.fields).toHaveLength(1);
			expect(section!.items[0]!.fields[0]).toMatchObject({
				field: 'amount',
				before: target.budget,
				after: target.budget * 0.8
			});
			expect(section!.items[0]!.fields[0]!.ratio).toBeCloseTo(-0.2, 10);
		});

		it('compares two saved versions the same way, and a version with itself as nothing', async () => {
			v2 = await save(MILK, 'After the budget cut');
			const comparison = await diff(v1, v2);
			expect(comparison.to).toMatchObject({ id: v2, label: 'After the budget cut' });
			expect(comparison.changes.total).toBe(1);
			expect(comparison.changes.sections[0]!.items[0]!.key).toBe(`funding:${project.lineId}`);
			expect(comparison.after.projects.find((p) => p.id === project.id)!.budget).toBe(project.budget * 0.8);
			expect(comparison.before.projects.find((p) => p.id === project.id)!.budget).toBe(project.budget);
			expect((await diff(v2, 'live')).changes.total).toBe(0);
			expect((await diff(v2, v2)).changes.total).toBe(0);
			expect(
				(await suite.get(`${versions(MILK)}/${v1}/diff/999`, await suite.token('demo-member'))).status
			).toBe(404);
			expect(
				(await suite.get(`${versions(MILK)}/999/diff/live`, await suite.token('demo-member'))).status
			).toBe(404);
		});

		it('refuses a restore to a member, a reviewer, nobody signed out and another origin', async () => {
			const path = `${versions(MILK)}/${v1}/restore`;
			const member = await suite.post(path, await suite.token('demo-member'));
			expect(member.status).toBe(403);
			expect(member.body.code).toBe('forbidden');
			expect((await suite.post(path, await suite.token('demo-reviewer'))).status).toBe(403);
			const signedOut = await suite.post(path, null);
			expect(signedOut.status).toBe(401);
			expect(signedOut.body.code).toBe('signed_out');
			const foreign = await suite.post(
				path,
				await suite.token('demo-facilitator'),
				undefined,
				'https://evil.example'
			);
			expect(foreign.status).toBe(403);
			expect(foreign.body.code).toBe('origin_not_allowed');
			const missing = await suite.post(
				`${versions(MILK)}/999/restore`,
				await suite.token('demo-facilitator')
			);
			expect(missing.status).toBe(404);
			expect((await diff(v1, 'live')).changes.total).toBe(1);
		});

		it('restores a version live: a connected client receives it, and the plan as it was is kept', async () => {
			const watcher = await suite.connect(MILK, 'demo-member');
			await synced(watcher);
			const budgetOf = () => P.snapshot(watcher.doc).projects.find((p) => p.id === project.id)!.budget;
			expect(budgetOf()).toBe(project.budget * 0.8);
			const listed = (await suite.get(versions(MILK), await suite.token('demo-member'))).body
				.versions as Summary[];

			const res = await suite.post(`${versions(MILK)}/${v1}/restore`, await suite.token('demo-facilitator'));
			expect(res.status).toBe(200);
			const kept = res.body.kept as Summary;
			expect(res.body.restored).toBe(v1);
			expect(kept).toMatchObject({
				kind: 'restore',
				restoredFrom: v1,
				authorName: 'Juan Facilitator (Infyde)',
				status: 'draft'
			});
			expect(kept.id).toBe(listed[0]!.id + 1);

			const version = (await suite.get(`${versions(MILK)}/${v1}`, await suite.token('demo-member'))).body;
			await waitFor(() => budgetOf() === project.budget, 'the restore to reach the connected client');
			expect(P.snapshot(watcher.doc)).toEqual(version.data);
			expect((await diff(v1, 'live')).changes.total).toBe(0);

			// Nothing is lost: the plan as it was before the restore is a version of its own.
			const keptDetail = await suite.get(`${versions(MILK)}/${kept.id}`, await suite.token('demo-member'));
			const v2Detail = await suite.get(`${versions(MILK)}/${v2}`, await suite.token('demo-member'));
			expect(keptDetail.body.data).toEqual(v2Detail.body.data);
			const now = (await suite.get(versions(MILK), await suite.token('demo-member'))).body
				.versions as Summary[];
			expect(now.map((v) => v.id)).toEqual([kept.id, ...listed.map((v) => v.id)]);
			expect((await suite.audit(`${MILK}/v${v1}`)).map((row) => [row.action, row.user])).toEqual([
				['version.save', await suite.userId('demo-facilitator')],
				['version.restore', await suite.userId('demo-facilitator')]
			]);
		});
	});
});
