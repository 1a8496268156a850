// The plan documents in a cluster file, live and past, are checked whole by the layout's rules (the
// same the socket door applies to every write); a refusal names the plan or version and the place in
// its document. A version's data is taken from its state, so junk data in a file reaches no page.
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FLOUR, transferServer } from './fixture';
import { changedState, firstItem, refusedImport, withoutLinks, type ClusterFile, type Json } from './files';

/** `data` without the plan id and the participant ids a copy gives anew. */
const withoutId = (data: Json) => ({ ...withoutLinks(data), id: null });

describe('importing a cluster file checks its documents by the layout’s rules', () => {
	const s = transferServer();
	let file: ClusterFile;
	const copy = (): ClusterFile => structuredClone(file);

	beforeAll(async () => {
		file = (await s.get(`/api/clusters/${FLOUR}/export`, 'demo-admin')).json() as ClusterFile;
	});

	/** The file with the state of version 2 (`versions[1]`) changed by `change`. */
	function withPastState(change: (doc: Y.Doc) => void): ClusterFile {
		const bad = copy();
		const version = bad.plans[0]!.versions[1]!;
		version.state = changedState(version.state as string, change);
		return bad;
	}

	async function refusedState(change: (doc: Y.Doc) => void) {
		const { status, body } = await refusedImport(s, withPastState(change));
		expect(status).toBe(400);
		expect(body.field).toBe('plans[0].versions[1].state');
		return { code: body.code, error: body.error as string };
	}

	it('refuses a version whose state holds a 9 MB title, naming the version and the title', async () => {
		const refused = await refusedState((doc) =>
			firstItem(doc, 'projects').set('title.en', 't'.repeat(9_000_000))
		);
		expect(refused.code).toBe('invalid_document');
		expect(refused.error).toMatch(/^plans\[0\]\.versions\[1\]\.state: projects\/[\w-]+\/title\.en too_long/);
	});

	it('refuses a version whose state holds a formula of 10,000 terms', async () => {
		const refused = await refusedState((doc) => {
			const indicator = firstItem(doc, 'indicators');
			const other = [...doc.getMap('indicators').keys()][1]!;
			indicator.set('formula', Array.from({ length: 10_000 }, () => `{${other}}`).join(' + '));
		});
		expect(refused.code).toBe('invalid_document');
		expect(refused.error).toMatch(/: indicators\/[\w-]+\/formula too_long/);
	});

	it('refuses a version whose state claims layout version 99', async () => {
		const refused = await refusedState((doc) => doc.getMap('meta').set('schemaVersion', 99));
		expect(refused).toMatchObject({
			code: 'bad_document',
			error: expect.stringMatching(/newer layout \(99\)/)
		});
	});

	it('refuses a version whose state gives a map node a field the layout does not have', async () => {
		const refused = await refusedState((doc) => firstItem(doc, 'nodes').set('colour', 'red'));
		expect(refused.code).toBe('invalid_document');
		expect(refused.error).toMatch(/: nodes\/[\w-]+\/colour unknown_field/);
	});

	it('refuses a live document holding a part the layout does not have', async () => {
		const bad = copy();
		bad.plans[0]!.document = changedState(bad.plans[0]!.document, (doc) =>
			doc.getMap('secrets').set('admin', 'yes')
		);
		const { status, body } = await refusedImport(s, bad);
		expect(status).toBe(400);
		expect(body).toMatchObject({ code: 'invalid_document', field: 'plans[0].document' });
		expect(body.error).toMatch(/^plans\[0\]\.document: secrets unknown_field/);
	});

	it('takes a version’s data from its state, so junk data in the file reaches no diff, print or export', async () => {
		const junk = copy();
		junk.plans[0]!.versions[0]!.data = { projects: 'not a list', strategy: null, title: 12 };
		const res = await s.importFile('demo-admin', JSON.stringify(junk), { id: 'flour-junk-data' });
		expect(res.status, res.text).toBe(201);
		const planId = (res.json().planIds as Record<string, string>)[FLOUR]!;

		const imported = (await s.get(`/api/plans/${planId}/versions/1`, 'demo-admin')).json();
		const original = (await s.get(`/api/plans/${FLOUR}/versions/1`, 'demo-admin')).json();
		expect(withoutId(imported.data as Json)).toEqual(withoutId(original.data as Json));

		const version = `/c/flour-junk-data/p/${planId}/versions`;
		for (const path of [
			`${version}/2/diff/1`,
			`${version}/1/print`,
			`/api/plans/${planId}/versions/1/diff/2`,
			`/api/plans/${planId}/versions/1/export?format=xlsx`
		]) {
			const answer = await s.get(path, 'demo-admin');
			expect(answer.status, `${path}: ${answer.text.slice(0, 200)}`).toBe(200);
		}
	});
});
