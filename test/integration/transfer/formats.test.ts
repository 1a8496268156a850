// The cluster file holds the cluster's name, region and sector and each plan's title in Russian,
// Kazakh and English (since format 2; format 3 adds the registry). A file of the first format, one
// string each, still imports: each string in the language its letters tell. Either way the imported plan's own document carries the
// title its record has. On the real server with the demo data, read back from SQLite and the API.
import { describe, expect, it } from 'vitest';
import { getCluster } from '../../../src/lib/server/clusters';
import { getPlan } from '../../../src/lib/server/plans';
import { FLOUR, transferServer } from './fixture';
import { asFormat2 } from './files';

type Json = Record<string, unknown>;
type File = Json & { cluster: Json; plans: (Json & { title: unknown })[] };

describe('the cluster file’s names in three languages', () => {
	const s = transferServer();
	const exported = async (): Promise<File> =>
		(await s.get(`/api/clusters/${FLOUR}/export`, 'demo-admin')).json() as File;
	/** The plan's title as its live document holds it, through the JSON API. */
	const documentTitle = async (planId: string) =>
		((await s.get(`/api/plans/${planId}`, 'demo-admin')).json() as Json).title;

	it('writes the names and the plan title in each language', async () => {
		const file = await exported();
		expect(file.formatVersion).toBe(3);
		expect(file.cluster).toMatchObject({
			id: FLOUR,
			name: {
				ru: 'Кластер мукомольной отрасли Костанайской области',
				kk: 'Қостанай облысының ұн тарту кластері',
				en: 'Flour cluster of Kostanay region'
			},
			region: { ru: 'Костанайская область', kk: 'Қостанай облысы', en: 'Kostanay region' }
		});
		expect(file.plans[0]!.title).toEqual((await getPlan(s.db, FLOUR))!.title);
	});

	it('imports a format 2 file with every language as it was written', async () => {
		const file = asFormat2(await exported()) as File;
		const res = await s.importFile('demo-admin', JSON.stringify(file), { id: 'flour-format-2' });
		expect(res.status, res.text).toBe(201);
		const imported = res.json() as Json & { planIds: Record<string, string> };
		expect(imported.name).toEqual(file.cluster.name);
		expect(await getCluster(s.db, 'flour-format-2')).toMatchObject({
			name: file.cluster.name,
			region: file.cluster.region,
			sector: file.cluster.sector
		});
		const planId = imported.planIds[FLOUR]!;
		expect((await getPlan(s.db, planId))!.title).toEqual(file.plans[0]!.title);
		expect(await documentTitle(planId)).toEqual(file.plans[0]!.title);
	});

	it('imports a format 1 file, each name in the language its letters tell, the document titled as its record', async () => {
		const file = await exported();
		const old: File = {
			...file,
			formatVersion: 1,
			cluster: {
				...file.cluster,
				name: 'Кластер мукомольной отрасли Костанайской области',
				region: 'Қостанай облысы',
				sector: 'Flour milling and grain processing'
			},
			// The document inside still holds three titles: the record's one string wins.
			plans: file.plans.map((plan) => ({ ...plan, title: 'Қостанай ұн кластерінің жоспары' }))
		};
		const res = await s.importFile('demo-admin', JSON.stringify(old), { id: 'flour-format-1' });
		expect(res.status, res.text).toBe(201);
		expect(await getCluster(s.db, 'flour-format-1')).toMatchObject({
			name: { ru: 'Кластер мукомольной отрасли Костанайской области', kk: '', en: '' },
			region: { ru: '', kk: 'Қостанай облысы', en: '' },
			sector: { ru: '', kk: '', en: 'Flour milling and grain processing' }
		});
		const planId = (res.json() as { planIds: Record<string, string> }).planIds[FLOUR]!;
		const title = { ru: '', kk: 'Қостанай ұн кластерінің жоспары', en: '' };
		expect((await getPlan(s.db, planId))!.title).toEqual(title);
		expect(await documentTitle(planId)).toEqual(title);
	});

	it('refuses a format 2 name given as one string or empty in every language, naming it, and writes nothing', async () => {
		const file = await exported();
		const before = await s.counts();
		const asString = { ...file, cluster: { ...file.cluster, name: 'Flour' } };
		const refused = await s.importFile('demo-admin', JSON.stringify(asString), { id: 'flour-string' });
		expect(refused.status).toBe(400);
		expect(refused.json()).toMatchObject({ code: 'invalid_field', field: 'cluster.name' });
		const blank = {
			...file,
			plans: file.plans.map((plan) => ({ ...plan, title: { ru: ' ', kk: '', en: '' } }))
		};
		const untitled = await s.importFile('demo-admin', JSON.stringify(blank), { id: 'flour-blank' });
		expect(untitled.status).toBe(400);
		expect(untitled.json()).toMatchObject({ code: 'invalid_field', field: 'plans[0].title' });
		expect(await s.counts()).toEqual(before);
	});
});
