// Who may download and import a whole cluster, and the files an import refuses: each refusal has its
// own code, names the place in the file, and writes nothing at all.
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { importCluster } from '../../../src/lib/server/transfer/import';
import { MAX_CLUSTER_FILE_BYTES } from '../../../src/lib/server/transfer/format';
import { Refusal } from '../../../src/lib/refusal';
import { FLOUR, transferServer } from './fixture';

type Json = Record<string, unknown>;
type ClusterFile = Json & { plans: (Json & { versions: Json[]; values: Json[] })[] };

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('downloading a whole cluster', () => {
	const s = transferServer();

	it('is for the cluster’s facilitators and admins only', async () => {
		expect((await s.get(`/api/clusters/${FLOUR}/export`, 'demo-admin')).status).toBe(200);
		expect((await s.get(`/api/clusters/${FLOUR}/export`, 'demo-member')).json()).toMatchObject({
			code: 'forbidden'
		});
		expect((await s.get(`/api/clusters/${FLOUR}/export`, 'demo-member')).status).toBe(403);
		expect((await s.get(`/api/clusters/${FLOUR}/export`, 'demo-reviewer')).status).toBe(403);
		// Another cluster's file is as unknown to them as a cluster that does not exist.
		expect((await s.get('/api/clusters/construction-karaganda/export', 'demo-facilitator')).status).toBe(404);
		expect((await s.get('/api/clusters/no-such-cluster/export', 'demo-admin')).status).toBe(404);
		expect((await s.get(`/api/clusters/${FLOUR}/export`, null)).status).toBe(401);
	});
});

describe('importing a whole cluster', () => {
	const s = transferServer();
	let file: ClusterFile;
	const copy = (): ClusterFile => structuredClone(file);

	beforeAll(async () => {
		file = (await s.get(`/api/clusters/${FLOUR}/export`, 'demo-admin')).json() as ClusterFile;
	});

	async function refused(
		body: string | ClusterFile,
		fields: { id?: string; name?: string } = { id: 'flour-bad' }
	) {
		const before = await s.counts();
		const res = await s.importFile(
			'demo-admin',
			typeof body === 'string' ? body : JSON.stringify(body),
			fields
		);
		expect(await s.counts()).toEqual(before);
		return { status: res.status, body: res.json() };
	}

	it('is for admins only', async () => {
		const text = JSON.stringify(file);
		for (const user of ['demo-facilitator', 'demo-reviewer', 'demo-member'] as const) {
			const res = await s.importFile(user, text, { id: 'flour-theirs' });
			expect(res.status).toBe(403);
			expect(res.json()).toMatchObject({ code: 'forbidden' });
		}
	});

	it('refuses a cluster id that exists already', async () => {
		expect(await refused(copy(), {})).toMatchObject({ status: 409, body: { code: 'cluster_exists' } });
		expect(await refused(copy(), { id: 'milk-akmola' })).toMatchObject({
			status: 409,
			body: { code: 'cluster_exists' }
		});
	});

	it('refuses what is not a cluster file of this version', async () => {
		expect(await refused('{"format": ')).toMatchObject({ status: 400, body: { code: 'not_json' } });
		expect(await refused({ ...copy(), format: 'clusterplan-plan' })).toMatchObject({
			status: 400,
			body: { code: 'wrong_format' }
		});
		expect(await refused({ ...copy(), formatVersion: 4 })).toMatchObject({
			status: 400,
			body: { code: 'unsupported_version' }
		});
		expect(await refused(copy(), { id: 'Not an id!' })).toMatchObject({
			status: 400,
			body: { code: 'invalid_id' }
		});
	});

	it('names the missing or wrong field', async () => {
		const untitled = copy();
		delete untitled.plans[0]!.title;
		expect(await refused(untitled)).toMatchObject({
			status: 400,
			body: { code: 'missing_field', field: 'plans[0].title' }
		});
		const textValue = copy();
		textValue.plans[0]!.values[0]!.value = 'twelve';
		expect(await refused(textValue)).toMatchObject({
			status: 400,
			body: { code: 'invalid_field', field: 'plans[0].values[0].value' }
		});
		const dangling = copy();
		dangling.plans[0]!.values[0]!.supersedes = 999_999;
		expect(await refused(dangling)).toMatchObject({
			status: 400,
			body: { code: 'invalid_field', field: 'plans[0].values[0].supersedes' }
		});
	});

	it('refuses damaged base64 and states that are not plans', async () => {
		const damaged = copy();
		damaged.plans[0]!.document = 'this is not base64!';
		expect(await refused(damaged)).toMatchObject({
			status: 400,
			body: { code: 'bad_base64', field: 'plans[0].document' }
		});
		const empty = copy();
		empty.plans[0]!.document = base64(Y.encodeStateAsUpdate(new Y.Doc()));
		expect(await refused(empty)).toMatchObject({
			status: 400,
			body: { code: 'bad_document', field: 'plans[0].document' }
		});
		const noise = copy();
		noise.plans[0]!.document = base64(new Uint8Array([7, 200, 13, 255, 1, 2, 3, 99, 42, 0, 250]));
		expect(await refused(noise)).toMatchObject({ status: 400, body: { code: 'bad_document' } });
		const otherDoc = new Y.Doc();
		otherDoc.getMap('notes').set('a', 'b');
		const pastNotAPlan = copy();
		pastNotAPlan.plans[0]!.versions[1]!.state = base64(Y.encodeStateAsUpdate(otherDoc));
		expect(await refused(pastNotAPlan)).toMatchObject({
			status: 400,
			body: { code: 'bad_document', field: 'plans[0].versions[1].state' }
		});
	});

	it('refuses a form without a file', async () => {
		const before = await s.counts();
		const res = await fetch(`${s.origin}/api/clusters/import`, {
			method: 'POST',
			headers: { cookie: `session=${await s.token('demo-admin')}`, origin: s.origin },
			body: new FormData()
		});
		expect(res.status).toBe(400);
		expect(await res.json()).toMatchObject({ code: 'no_file' });
		expect(await s.counts()).toEqual(before);
	});

	it('refuses a file larger than 50 MB before reading it', async () => {
		const before = await s.counts();
		const huge = new Uint8Array(MAX_CLUSTER_FILE_BYTES + 1);
		let problem: unknown;
		try {
			await importCluster(s.db, await s.actor('demo-admin'), huge, { asId: 'flour-huge' });
		} catch (error) {
			problem = error;
		}
		expect(problem).toBeInstanceOf(Refusal);
		expect(problem).toMatchObject({ status: 413, code: 'file_too_large' });
		expect(await s.counts()).toEqual(before);
	});

	it('imports the same file once it names a free id, linking members by username', async () => {
		const res = await s.importFile('demo-admin', JSON.stringify(file), { id: 'flour-handover' });
		expect(res.status, res.text).toBe(201);
		expect(res.json()).toMatchObject({
			clusterId: 'flour-handover',
			name: file.cluster && (file.cluster as Json).name
		});
		const stranger = copy();
		(stranger.members as Json[]).push({ username: 'nobody-here', displayName: 'Nobody', role: 'member' });
		const second = await s.importFile('demo-admin', JSON.stringify(stranger), { id: 'flour-second' });
		expect(second.json()).toMatchObject({ unknownMembers: ['nobody-here'] });
	});
});
