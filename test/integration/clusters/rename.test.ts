// Renaming in three languages, on the real server with the demo data: a plan's title through the
// collab server (the record and the live document at once, so an open plan hears of it), a
// cluster's name, region and sector through the cluster page's form. Each is asked of `can`:
// facilitators and admins rename a plan, only admins a cluster; everyone else is refused and
// nothing changes. Read back from the database and from a live y-websocket client.
import { describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { snapshot } from '../../../src/lib/plan';
import { getCluster } from '../../../src/lib/server/clusters';
import { getPlan } from '../../../src/lib/server/plans';
import { synced, waitFor } from '../collab/harness';
import { demoServer, type DemoUser } from '../versions/demo-server';
import { postAction } from '../form-action';

const FLOUR = 'flour-kostanay';
const TOURISM = 'tourism-almaty-region';

describe('renaming a plan and a cluster in three languages', () => {
	const suite = demoServer();
	const title = async (plan = FLOUR) => (await getPlan(suite.db, plan))!.title;
	const clusterRow = (id = FLOUR) => getCluster(suite.db, id);
	const renamesOf = (action: string) => {
		const { auditLog } = suite.db.tables;
		return suite.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(asc(auditLog.id));
	};

	/** POSTs the cluster page's rename form as `who`, as the page's enhanced form does. */
	async function renameCluster(who: DemoUser, cluster: string, fields: Record<string, string>) {
		return postAction(suite.server.origin, `/c/${cluster}?/rename`, await suite.token(who), fields, 'ru');
	}

	it('lets the cluster’s facilitator rename its plan: the record and the open document change together', async () => {
		const before = await title();
		const watching = await suite.connect(FLOUR, 'demo-member');
		await synced(watching);
		expect(snapshot(watching.doc).title).toEqual(before);

		const kazakh = 'Қостанай ұн кластерін дамыту жоспары';
		const answer = await suite.post(`/api/plans/${FLOUR}/title`, await suite.token('demo-facilitator'), {
			title: { ...before, kk: kazakh }
		});
		expect(answer).toEqual({ status: 200, body: { id: FLOUR, title: { ...before, kk: kazakh } } });
		expect(await title()).toEqual({ ...before, kk: kazakh });
		await waitFor(() => snapshot(watching.doc).title.kk === kazakh, 'the new title at the open plan');
		expect(snapshot(watching.doc).title).toEqual(await title());
		expect((await renamesOf('plan.rename')).at(-1)).toMatchObject({
			userId: await suite.userId('demo-facilitator'),
			clusterId: FLOUR,
			target: FLOUR
		});
	});

	it('lets an admin rename any cluster’s plan, and takes one string in the language its letters tell', async () => {
		const answer = await suite.post(`/api/plans/${TOURISM}/title`, await suite.token('demo-admin'), {
			title: 'Стратегия развития туризма'
		});
		expect(answer.status).toBe(200);
		expect(await title(TOURISM)).toEqual({ ru: 'Стратегия развития туризма', kk: '', en: '' });
	});

	for (const [who, status, code] of [
		['demo-member', 403, 'forbidden'],
		['demo-coordinator', 403, 'forbidden'],
		['demo-reviewer', 403, 'forbidden']
	] as const) {
		it(`refuses ${who} a plan’s new title with ${status}, writing nothing`, async () => {
			const before = await title();
			const audits = (await renamesOf('plan.rename')).length;
			const answer = await suite.post(`/api/plans/${FLOUR}/title`, await suite.token(who), {
				title: { ru: 'Чужое название', kk: '', en: '' }
			});
			expect(answer).toMatchObject({ status, body: { code } });
			expect(await title()).toEqual(before);
			expect(await renamesOf('plan.rename')).toHaveLength(audits);
		});
	}

	it('answers a facilitator of another cluster as if the plan did not exist, and someone signed out with 401', async () => {
		const before = await title(TOURISM);
		expect(
			await suite.post(`/api/plans/${TOURISM}/title`, await suite.token('demo-facilitator'), {
				title: { en: 'Mine' }
			})
		).toMatchObject({ status: 404, body: { code: 'not_found' } });
		expect(await suite.post(`/api/plans/${FLOUR}/title`, null, { title: { en: 'Anyone' } })).toMatchObject({
			status: 401
		});
		expect(await title(TOURISM)).toEqual(before);
	});

	it('refuses a title empty in every language, or too long, naming the title', async () => {
		const before = await title();
		for (const bad of [{ ru: ' ', kk: '', en: '' }, { en: 'x'.repeat(501) }, 12, null]) {
			const answer = await suite.post(`/api/plans/${FLOUR}/title`, await suite.token('demo-facilitator'), {
				title: bad
			});
			expect(answer).toMatchObject({ status: 400, body: { code: 'title', field: 'title' } });
		}
		expect(await title()).toEqual(before);
	});

	it('lets an admin give a cluster its names in three languages through the cluster page', async () => {
		const answer = await renameCluster('demo-admin', FLOUR, {
			'name.ru': 'Кластер мукомольной отрасли Костанайской области',
			'name.kk': 'Қостанай облысының ұн тарту кластері',
			'name.en': 'Flour cluster of Kostanay region',
			'region.ru': 'Костанайская область',
			'region.kk': '',
			'region.en': 'Kostanay region',
			'sector.ru': 'Мукомольная промышленность',
			'sector.kk': 'Ұн тарту',
			'sector.en': ''
		});
		expect(answer).toMatchObject({ type: 'success', status: 200, data: { renamed: true } });
		expect(await clusterRow()).toMatchObject({
			name: {
				ru: 'Кластер мукомольной отрасли Костанайской области',
				kk: 'Қостанай облысының ұн тарту кластері',
				en: 'Flour cluster of Kostanay region'
			},
			region: { ru: 'Костанайская область', kk: '', en: 'Kostanay region' },
			sector: { ru: 'Мукомольная промышленность', kk: 'Ұн тарту', en: '' }
		});
		expect((await renamesOf('cluster.rename')).at(-1)).toMatchObject({
			userId: await suite.userId('demo-admin'),
			clusterId: FLOUR
		});
	});

	it('refuses a name left empty in every language, in the reader’s language, and changes nothing', async () => {
		const before = await clusterRow();
		const answer = await renameCluster('demo-admin', FLOUR, {
			'name.ru': '',
			'name.kk': ' ',
			'name.en': '',
			'region.en': 'Kostanay region',
			'sector.en': 'Flour'
		});
		expect(answer).toMatchObject({ type: 'failure', status: 400, data: { code: 'name', field: 'name' } });
		expect(answer.data.error).toBe(
			'Укажите название кластера хотя бы на одном языке (до 120 символов на каждом).'
		);
		expect(await clusterRow()).toEqual(before);
	});

	for (const who of ['demo-facilitator', 'demo-member', 'demo-reviewer'] as const) {
		it(`refuses ${who} the cluster’s new names with 403 and changes nothing`, async () => {
			const before = await clusterRow();
			const audits = (await renamesOf('cluster.rename')).length;
			const answer = await renameCluster(who, FLOUR, {
				'name.en': 'Renamed by someone else',
				'region.en': 'R',
				'sector.en': 'S'
			});
			expect(answer).toMatchObject({ type: 'error', http: 403 });
			expect(await clusterRow()).toEqual(before);
			expect(await renamesOf('cluster.rename')).toHaveLength(audits);
		});
	}
});
