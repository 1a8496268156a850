// The cluster's registry travels in the cluster file (format 3). Imported into a fresh server, a
// cluster keeps every participant (ids, fields and dates) and its organisation's profile, the
// programme's coordinator found by username; a copy beside the original gets new participant ids and
// its plan's actors, live and in its versions, are linked to them, the original untouched; a file of
// format 2 imports with an empty registry; a participant the API would refuse refuses the whole file.
import { describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Db } from '../../../src/lib/server/db';
import { readProfile } from '../../../src/lib/server/registry/profile';
import { participantOf } from '../../../src/lib/server/registry/participants';
import { EMPTY_PROFILE } from '../../../src/lib/registry/profile';
import { FLOUR, transferServer } from './fixture';
import { asFormat2, refusedImport, type ClusterFile, type Json } from './files';

const MILK = 'milk-akmola';
type RegistryFile = ClusterFile & { participants: Json[]; profile: Json | null };
type Actor = { id: string; participantId?: string };

async function participantRows(db: Db, clusterId: string) {
	const { participants } = db.tables;
	return db
		.select()
		.from(participants)
		.where(eq(participants.clusterId, clusterId))
		.orderBy(asc(participants.bin));
}

async function profileRow(db: Db, clusterId: string) {
	const { clusterProfiles } = db.tables;
	const [row] = await db.select().from(clusterProfiles).where(eq(clusterProfiles.clusterId, clusterId));
	return row;
}

async function userId(db: Db, username: string): Promise<string> {
	const { users } = db.tables;
	const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
	return user!.id;
}

/** The participant each actor stands for, by actor id. */
const links = (actors: Actor[]) => new Map(actors.map((actor) => [actor.id, actor.participantId]));

describe('the registry in the cluster file', () => {
	const demo = transferServer();
	const fresh = transferServer({ demo: false });
	const exported = async (clusterId: string) =>
		(await demo.get(`/api/clusters/${clusterId}/export`, 'demo-admin')).json() as RegistryFile;
	const planActors = async (server: typeof demo, planId: string) =>
		(await server.get(`/api/plans/${planId}`, 'demo-admin')).json().actors as Actor[];

	it('writes every participant, those who left included, and the profile with its coordinator by username', async () => {
		const file = await exported(MILK);
		expect(file.formatVersion).toBe(3);
		const rows = await participantRows(demo.db, MILK);
		const inFile = new Map(file.participants.map((p) => [p.id, p]));
		expect([...inFile.keys()].sort()).toEqual(rows.map((row) => row.id).sort());
		expect(file.participants.filter((p) => p.leftAt !== null)).toHaveLength(1);
		for (const row of rows) {
			expect(inFile.get(row.id)).toEqual({
				...participantOf(row),
				clusterId: undefined,
				createdAt: row.createdAt.toISOString(),
				updatedAt: row.updatedAt.toISOString()
			});
		}
		expect(file.profile).toMatchObject({
			hasOrganisation: true,
			stage: 'implementing',
			programmeCoordinator: 'demo-coordinator'
		});
		expect(file.profile).not.toHaveProperty('programmeCoordinatorId');
	});

	it('imports into a fresh server with the same participants, ids and dates, the profile and the links', async () => {
		const res = await fresh.importFile('demo-admin', JSON.stringify(await exported(MILK)));
		expect(res.status, res.text).toBe(201);
		const count = (await participantRows(demo.db, MILK)).length;
		expect(res.json()).toMatchObject({ clusterId: MILK, participants: count });
		expect(await participantRows(fresh.db, MILK)).toEqual(await participantRows(demo.db, MILK));

		// The coordinator is this server's account of that name, not the exporting server's id.
		const coordinator = await userId(fresh.db, 'demo-coordinator');
		expect(coordinator).not.toBe(await userId(demo.db, 'demo-coordinator'));
		expect(await readProfile(fresh.db, MILK)).toEqual({
			...(await readProfile(demo.db, MILK)),
			programmeCoordinatorId: coordinator
		});
		expect((await profileRow(fresh.db, MILK))!.updatedAt).toEqual(
			(await profileRow(demo.db, MILK))!.updatedAt
		);

		const actors = await planActors(fresh, MILK);
		expect(actors.filter((actor) => actor.participantId)).not.toHaveLength(0);
		expect(links(actors)).toEqual(links(await planActors(demo, MILK)));
	});

	it('gives a copy new participant ids, with its actors live and past linked to them, and leaves the original as it was', async () => {
		const original = await participantRows(demo.db, FLOUR);
		const originalActors = await planActors(demo, FLOUR);
		const res = await demo.importFile('demo-admin', JSON.stringify(await exported(FLOUR)), {
			id: 'flour-registry-copy'
		});
		expect(res.status, res.text).toBe(201);
		const planId = (res.json() as { planIds: Record<string, string> }).planIds[FLOUR]!;

		const copied = await participantRows(demo.db, 'flour-registry-copy');
		const fields = ({ id: _id, clusterId: _cluster, ...rest }: (typeof copied)[number]) => rest;
		expect(copied.map(fields)).toEqual(original.map(fields));
		const originalIds = new Set(original.map((row) => row.id));
		expect(copied.filter((row) => originalIds.has(row.id))).toEqual([]);
		// Rows are sorted by BIN, unique in a cluster: the same place is the same firm.
		const copyOf = new Map(original.map((row, i) => [row.id, copied[i]!.id]));

		const expected = new Map(
			[...links(originalActors)].map(([actor, participant]) => [
				actor,
				participant === undefined ? undefined : copyOf.get(participant)
			])
		);
		expect([...expected.values()].filter(Boolean).length).toBeGreaterThan(0);
		expect(links(await planActors(demo, planId))).toEqual(expected);

		const version = (await demo.get(`/api/plans/${planId}/versions/1`, 'demo-admin')).json();
		expect(links((version.data as Json).actors as Actor[])).toEqual(expected);
		const state = await fetch(`${demo.origin}/api/plans/${planId}/versions/1/state`, {
			headers: { cookie: `session=${await demo.token('demo-admin')}` }
		});
		const doc = new Y.Doc();
		Y.applyUpdate(doc, new Uint8Array(await state.arrayBuffer()));
		const stored = [...doc.getMap<Y.Map<unknown>>('actors').entries()].map(([id, actor]) => ({
			id,
			participantId: actor.get('participantId') as string | undefined
		}));
		expect(links(stored)).toEqual(expected);

		expect(await participantRows(demo.db, FLOUR)).toEqual(original);
		expect(await planActors(demo, FLOUR)).toEqual(originalActors);
		expect(await readProfile(demo.db, 'flour-registry-copy')).toEqual(await readProfile(demo.db, FLOUR));
	});

	it('keeps a link to a participant the file does not hold, and leaves a coordinator this server lacks empty', async () => {
		const file = await exported(FLOUR);
		const linked = [...links(await planActors(demo, FLOUR)).values()].find(Boolean);
		const dropped = file.participants.find((p) => p.id === linked)!;
		file.participants = file.participants.filter((p) => p !== dropped);
		file.profile = { ...file.profile!, programmeCoordinator: 'nobody-here' };
		const res = await demo.importFile('demo-admin', JSON.stringify(file), { id: 'flour-partial' });
		expect(res.status, res.text).toBe(201);
		const planId = (res.json() as { planIds: Record<string, string> }).planIds[FLOUR]!;
		expect([...links(await planActors(demo, planId)).values()]).toContain(dropped.id);
		expect((await readProfile(demo.db, 'flour-partial')).programmeCoordinatorId).toBeNull();
	});

	it('imports a format 2 file with an empty registry', async () => {
		const res = await demo.importFile('demo-admin', JSON.stringify(asFormat2(await exported(FLOUR))), {
			id: 'flour-no-registry'
		});
		expect(res.status, res.text).toBe(201);
		expect(res.json()).toMatchObject({ participants: 0 });
		expect(await participantRows(demo.db, 'flour-no-registry')).toEqual([]);
		expect(await profileRow(demo.db, 'flour-no-registry')).toBeUndefined();
		expect(await readProfile(demo.db, 'flour-no-registry')).toEqual(EMPTY_PROFILE);
	});

	it('refuses a participant with a wrong BIN check digit, naming its place, and writes nothing', async () => {
		const file = await exported(FLOUR);
		const bin = file.participants[2]!.bin as string;
		file.participants[2]!.bin = `${bin.slice(0, 11)}${(Number(bin[11]) + 1) % 10}`;
		const { status, body } = await refusedImport(demo, file);
		expect(status).toBe(400);
		expect(body).toMatchObject({ code: 'invalid_field', field: 'participants[2].bin' });
		expect(body.error).toMatch(/check_digit/);
	});

	it('refuses what the registry would refuse: a BIN twice, a profile’s bad field, a coordinator by id', async () => {
		const file = await exported(FLOUR);
		const twice = structuredClone(file);
		twice.participants[3]!.bin = twice.participants[1]!.bin;
		expect(await refusedImport(demo, twice)).toMatchObject({
			status: 400,
			body: { code: 'invalid_field', field: 'participants[3].bin' }
		});
		const leftFirst = structuredClone(file);
		leftFirst.participants[0]!.leftAt = '1990-01-01';
		expect(await refusedImport(demo, leftFirst)).toMatchObject({
			body: { code: 'invalid_field', field: 'participants[0].leftAt' }
		});
		const funding = structuredClone(file);
		funding.profile = { ...funding.profile!, funding: { fees: 80, public: 30, other: 0 } };
		expect(await refusedImport(demo, funding)).toMatchObject({
			body: { code: 'invalid_field', field: 'profile.funding' }
		});
		const byId = structuredClone(file);
		byId.profile = { ...byId.profile!, programmeCoordinatorId: 'u-1' };
		expect(await refusedImport(demo, byId)).toMatchObject({
			body: { code: 'invalid_field', field: 'profile.programmeCoordinatorId' }
		});
		const missing = structuredClone(file);
		delete (missing as Json).participants;
		expect(await refusedImport(demo, missing)).toMatchObject({
			body: { code: 'missing_field', field: 'participants' }
		});
	});
});
