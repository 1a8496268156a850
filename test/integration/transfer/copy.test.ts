// A cluster downloaded as one file and imported under a new id is the same cluster: the same plan
// content, versions with their review history and comments, and indicator values, under new ids.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { and, asc, eq, like } from 'drizzle-orm';
import { FLOUR, transferServer } from './fixture';
import { withoutLinks } from './files';

type Json = Record<string, unknown>;

/** `row` without `keys` (ids that an import gives anew). */
function omit(row: Json, ...keys: string[]): Json {
	return Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key)));
}

/** The plan's indicators as the API shows them, without the value rows' own ids. */
function indicatorsWithoutRowIds(body: Json) {
	return (body.indicators as Json[]).map((indicator) => ({
		...indicator,
		values: (indicator.values as Json[]).map((row) => omit(row, 'id', 'supersedes'))
	}));
}

describe('a whole cluster exported and imported as a copy', () => {
	const s = transferServer();

	it('downloads the cluster with its plans, versions, review steps, comments and values', async () => {
		const res = await s.get(`/api/clusters/${FLOUR}/export`, 'demo-facilitator');
		expect(res.status, res.text).toBe(200);
		expect(res.headers.get('content-disposition')).toMatch(
			/^attachment; filename="flour-kostanay-\d{4}-\d{2}-\d{2}\.json"/
		);
		const file = res.json() as Json & { plans: Json[] };
		expect(file).toMatchObject({ format: 'clusterplan-cluster', formatVersion: 3, cluster: { id: FLOUR } });
		expect(file.members).toContainEqual({
			username: 'demo-facilitator',
			displayName: 'Juan Facilitator (Infyde)',
			role: 'facilitator'
		});
		const [plan] = file.plans as (Json & { versions: Json[]; values: Json[] })[];
		expect(plan!.versions.map((v) => v.label)).toEqual(['Workshop 1', 'Workshop 2']);
		expect(plan!.versions[0]).toMatchObject({
			author: 'demo-facilitator',
			steps: [
				{ step: 'submit', state: 'submitted', user: 'demo-facilitator' },
				{ step: 'request_changes', state: 'changes_requested', comment: 'Name the funding sources' }
			],
			comments: [{ text: 'Where do the budgets come from?', user: 'demo-reviewer' }]
		});
		expect(plan!.values.length).toBeGreaterThan(0);
	});

	it('imports the file under a new id and name with the same plans, versions and values', async () => {
		const file = (await s.get(`/api/clusters/${FLOUR}/export`, 'demo-facilitator')).text;
		const res = await s.importFile('demo-admin', file, { id: 'flour-copy', name: 'Flour (copy)' });
		expect(res.status, res.text).toBe(201);
		const imported = res.json() as Json & { planIds: Record<string, string> };
		expect(imported).toMatchObject({
			clusterId: 'flour-copy',
			// One new name: in the language its letters tell, the others left to translate.
			name: { ru: '', kk: '', en: 'Flour (copy)' },
			plans: 1,
			versions: 2,
			unknownMembers: []
		});
		const copy = imported.planIds[FLOUR]!;
		expect(copy).not.toBe(FLOUR);

		const original = (await s.get(`/api/plans/${FLOUR}`, 'demo-admin')).json();
		const copied = (await s.get(`/api/plans/${copy}`, 'demo-admin')).json();
		expect(copied.id).toBe(copy);
		expect(withoutLinks({ ...copied, id: FLOUR })).toEqual(withoutLinks(original));

		const versions = async (plan: string) =>
			((await s.get(`/api/plans/${plan}/versions`, 'demo-admin')).json().versions as Json[]).map((v) =>
				omit(v, 'planId')
			);
		expect(await versions(copy)).toEqual(await versions(FLOUR));
		const detail = async (plan: string) => {
			const version = (await s.get(`/api/plans/${plan}/versions/1`, 'demo-admin')).json();
			// Comment ids are row ids of the database, new on import like every row's.
			return {
				...omit(version, 'planId'),
				data: omit(withoutLinks(version.data as Json), 'id'),
				comments: (version.comments as Json[]).map((c) => omit(c, 'id'))
			};
		};
		const [copiedV1, originalV1] = [await detail(copy), await detail(FLOUR)];
		expect(copiedV1).toEqual(originalV1);
		expect(copiedV1).toMatchObject({
			status: 'changes_requested',
			comments: [{ byName: 'Dana Reviewer (KIDI)' }]
		});

		const indicators = async (plan: string) =>
			(await s.get(`/api/plans/${plan}/indicators?unapproved=1`, 'demo-admin')).json();
		const [a, b] = [await indicators(FLOUR), await indicators(copy)];
		expect(indicatorsWithoutRowIds(b)).toEqual(indicatorsWithoutRowIds(a));
		expect(b.years).toEqual(a.years);
	});

	it('writes the new plan id into the copy’s documents, live and past', async () => {
		const clusters = (await s.get('/api/clusters', 'demo-facilitator')).json() as unknown as Json[];
		const copy = clusters.find((c) => c.id === 'flour-copy') as Json & { plans: { id: string }[] };
		// Members are linked by username, with their roles.
		expect(copy).toMatchObject({ name: { ru: '', kk: '', en: 'Flour (copy)' }, role: 'facilitator' });
		const planId = copy.plans[0]!.id;
		const res = await fetch(`${s.origin}/api/plans/${planId}/versions/1/state`, {
			headers: { cookie: `session=${await s.token('demo-admin')}` }
		});
		expect(res.status).toBe(200);
		const doc = new Y.Doc();
		Y.applyUpdate(doc, new Uint8Array(await res.arrayBuffer()));
		expect(doc.getMap('meta').get('id')).toBe(planId);
	});

	it('records the export and the import in the audit log, and carries the cluster’s history over', async () => {
		const { auditLog } = s.db.tables;
		const rows = await s.db
			.select({ action: auditLog.action, clusterId: auditLog.clusterId })
			.from(auditLog)
			.where(like(auditLog.action, 'cluster.%'))
			.orderBy(asc(auditLog.id));
		expect(rows).toContainEqual({ action: 'cluster.export', clusterId: FLOUR });
		expect(rows).toContainEqual({ action: 'cluster.import', clusterId: 'flour-copy' });
		const history = await s.db
			.select({ action: auditLog.action, detail: auditLog.detail })
			.from(auditLog)
			.where(and(eq(auditLog.clusterId, 'flour-copy'), like(auditLog.action, 'version.%')))
			.orderBy(asc(auditLog.id));
		const sentBack = history.find((row) => row.action === 'version.request_changes');
		// Marked as brought in with the file, so nobody reads it as done on the copy.
		expect(sentBack!.detail).toMatchObject({
			comment: 'Name the funding sources',
			imported: FLOUR
		});
	});
});
