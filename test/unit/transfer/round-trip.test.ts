// The cluster file round trip on the storage the run uses (SQLite, or PostgreSQL under test:pg): a
// cluster exported and imported under a new id holds the same document, versions with their steps
// and comments, and values with their corrections; the imported document is the first row of the
// new plan's log (seq 1); and an import that fails half-way writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import Database from 'better-sqlite3';
import pg from 'pg';
import * as P from '../../../src/lib/plan';
import type { AppUser } from '../../../src/lib/server/authz/actor';
import { createPlanDocument, loadPlanDocument } from '../../../src/lib/server/plans/document';
import { exportCluster } from '../../../src/lib/server/transfer/export';
import { importCluster } from '../../../src/lib/server/transfer/import';
import { testDatabase, type TestDatabase } from '../../storage';
import { samplePlan } from '../versions/sample-plan';

const PLAN = 'plan-1';
const admin: AppUser = {
	id: 'u-admin',
	username: 'ada',
	displayName: 'Ada Admin',
	globalRole: 'admin',
	locale: null,
	roles: {}
};
const names = (en: string) => ({ nameRu: '', nameKk: '', nameEn: en });

/** A trigger, on a connection of its own, that refuses an audit entry of `action`. */
async function refuseAuditAction(t: TestDatabase, action: string): Promise<void> {
	if (t.env.DATABASE_URL) {
		const client = new pg.Client({ connectionString: t.env.DATABASE_URL });
		await client.connect();
		try {
			await client.query(`CREATE FUNCTION refuse_audit() RETURNS trigger AS $$
				BEGIN RAISE EXCEPTION '${action}'; END $$ LANGUAGE plpgsql`);
			await client.query(`CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW
				WHEN (NEW.action = '${action}') EXECUTE FUNCTION refuse_audit()`);
		} finally {
			await client.end();
		}
		return;
	}
	const sqlite = new Database(t.env.DATABASE_PATH!);
	try {
		sqlite.exec(`CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log
			WHEN NEW.action = '${action}' BEGIN SELECT RAISE(ABORT, '${action}'); END`);
	} finally {
		sqlite.close();
	}
}

describe('a cluster file on the async storage', () => {
	let t: TestDatabase;

	beforeAll(async () => {
		t = await testDatabase();
		const { db } = t;
		const {
			users,
			clusters,
			memberships,
			plans,
			planVersions,
			versionSteps,
			versionComments,
			indicatorValues
		} = db.tables;
		await db.insert(users).values([
			{
				id: admin.id,
				username: admin.username,
				displayName: admin.displayName,
				passwordHash: 'x',
				globalRole: 'admin'
			},
			{ id: 'u-fac', username: 'fatima', displayName: 'Fatima', passwordHash: 'x' }
		]);
		await db.insert(clusters).values({
			id: 'flour',
			...names('Flour'),
			regionRu: '',
			regionKk: '',
			regionEn: 'North',
			sectorRu: '',
			sectorKk: '',
			sectorEn: 'Food'
		});
		await db.insert(memberships).values({ clusterId: 'flour', userId: 'u-fac', role: 'facilitator' });
		await db
			.insert(plans)
			.values({ id: PLAN, clusterId: 'flour', titleRu: '', titleKk: '', titleEn: 'Flour plan' });
		// The live document in two log rows and a later edit, as a room leaves it.
		const sample = samplePlan();
		await createPlanDocument(db, PLAN, (doc) => Y.applyUpdate(doc, Y.encodeStateAsUpdate(sample)));
		const doc = await loadPlanDocument(db, PLAN);
		const edits: Uint8Array[] = [];
		doc.on('update', (update: Uint8Array) => edits.push(update));
		P.addStage(doc, { id: 's9', title: 'Export' });
		await t.storage.documents.append(edits.map((update) => ({ planId: PLAN, update })));
		const state = Buffer.from(Y.encodeStateAsUpdate(sample));
		const [version] = await db
			.insert(planVersions)
			.values({
				planId: PLAN,
				number: 1,
				label: 'Workshop 1',
				note: '',
				kind: 'manual',
				state,
				data: P.snapshot(sample),
				authorId: 'u-fac',
				authorName: 'Fatima',
				createdAt: new Date(Date.UTC(2025, 0, 1))
			})
			.returning({ id: planVersions.id });
		const at = new Date(Date.UTC(2025, 0, 2));
		await db.insert(versionSteps).values({
			versionId: version!.id,
			step: 'submit',
			state: 'submitted',
			comment: '',
			userId: 'u-fac',
			userName: 'Fatima',
			at
		});
		await db.insert(versionComments).values({
			versionId: version!.id,
			item: null,
			against: null,
			text: 'Where from?',
			userId: admin.id,
			userName: 'Ada',
			at
		});
		const value = {
			planId: PLAN,
			indicatorId: 'i1',
			note: '',
			evidence: '',
			authorId: 'u-fac',
			authorName: 'Fatima',
			via: 'form',
			createdAt: new Date(Date.UTC(2025, 0, 3))
		};
		const [first] = await db
			.insert(indicatorValues)
			.values({ ...value, period: '2024', value: 10, supersedes: null })
			.returning({ id: indicatorValues.id });
		await db.insert(indicatorValues).values([
			{ ...value, period: '2025', value: 30, supersedes: null },
			{ ...value, period: '2024', value: 12, supersedes: first!.id }
		]);
		doc.destroy();
		sample.destroy();
	});

	afterAll(async () => {
		await t?.dispose();
	});

	it('imports its own export under a new id as the same cluster, the document as seq 1 of a new log', async () => {
		const { db } = t;
		const file = (await exportCluster(db, 'flour'))!;
		expect(file.plans).toHaveLength(1);
		const imported = await importCluster(db, admin, new TextEncoder().encode(JSON.stringify(file)), {
			asId: 'flour-copy'
		});
		expect(imported).toMatchObject({ clusterId: 'flour-copy', plans: 1, versions: 1, values: 3, members: 1 });
		const planId = imported.planIds[PLAN]!;
		expect(planId).not.toBe(PLAN);

		const { documentUpdates, documentSnapshots, indicatorValues } = db.tables;
		const log = await db
			.select({ seq: documentUpdates.seq })
			.from(documentUpdates)
			.where(eq(documentUpdates.planId, planId));
		expect(log).toEqual([{ seq: 1 }]);
		expect(await db.select().from(documentSnapshots).where(eq(documentSnapshots.planId, planId))).toEqual([]);
		const copy = await loadPlanDocument(db, planId);
		expect(copy.getMap('meta').get('id')).toBe(planId);
		expect(P.snapshot(copy).map.stages.map((s) => s.id)).toContain('s9');
		copy.destroy();

		// The correction points at the copy's own first value.
		const values = await db
			.select()
			.from(indicatorValues)
			.where(eq(indicatorValues.planId, planId))
			.orderBy(asc(indicatorValues.id));
		expect(values.map((v) => [v.period, v.value])).toEqual([
			['2024', 10],
			['2025', 30],
			['2024', 12]
		]);
		expect(values[2]!.supersedes).toBe(values[0]!.id);

		const again = (await exportCluster(db, 'flour-copy'))!;
		const strip = (f: typeof file) =>
			f.plans.map((plan) => ({
				versions: plan.versions.map(({ state: _s, data: _d, ...rest }) => rest),
				values: plan.values.map(({ id: _i, supersedes, ...rest }) => ({
					...rest,
					corrects: supersedes !== null
				})),
				periodSteps: plan.periodSteps
			}));
		expect(strip(again)).toEqual(strip(file));
		expect(again.members).toEqual(file.members);
	});

	it('writes nothing when the import fails inside its transaction', async () => {
		const { db } = t;
		const { clusters, plans, documentUpdates, indicatorValues, auditLog } = db.tables;
		const count = async () => ({
			clusters: await db.$count(clusters),
			plans: await db.$count(plans),
			log: await db.$count(documentUpdates),
			values: await db.$count(indicatorValues),
			audit: await db.$count(auditLog)
		});
		const file = (await exportCluster(db, 'flour'))!;
		// The audit history is written last, after the cluster, its plan, document, versions and
		// values: a trigger refuses its one entry, inside the import's transaction.
		await refuseAuditAction(t, 'boom');
		const broken = {
			...file,
			audit: [{ at: new Date().toISOString(), user: null, action: 'boom', target: null, detail: null }]
		};
		const before = await count();
		await expect(
			importCluster(db, admin, new TextEncoder().encode(JSON.stringify(broken)), { asId: 'flour-broken' })
		).rejects.toThrow(/boom/);
		expect(await count()).toEqual(before);
	});
});
