import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { en, newPlan } from './plan-fixture';

/** A document as the prototype (layout 0) wrote it. */
function v0Doc(): Y.Doc {
	const doc = new Y.Doc();
	const plan = doc.getMap('plan');
	plan.set('id', 'flour-v0');
	plan.set('title', 'Flour plan draft');
	plan.set('vision', 'Best flour in Central Asia');
	doc.getArray('chain').push(['Farming', 'Milling', 'Markets']);
	doc.getArray('mapNodes').push([
		{ id: 'farm', label: 'Agrofirm', type: 'firm', stage: 0, x: 0, y: 10 },
		{ id: 'mill', label: 'Mill', type: 'firm', stage: 1, x: 200, y: 10 },
		{ id: 'export', label: 'Export', type: 'market', stage: 2, x: 400, y: 10 },
		{ id: 'note', label: 'Logistics hub', type: 'stage', stage: 9 }
	]);
	doc.getArray('mapEdges').push([
		{ id: 'e1', from: 'farm', to: 'mill', flow: 'goods' },
		{ id: 'e2', from: 'mill', to: 'export', flow: 'cash' },
		{ id: 'e3', from: 'mill', to: 'gone', flow: 'goods' },
		{ id: 'e4', from: 'mill', to: 'mill', flow: 'goods' }
	]);
	return doc;
}

/** Sets an item of a collection with plain fields, as layout 1 code wrote it. */
function put(doc: Y.Doc, collection: string, id: string, fields: Record<string, unknown>): void {
	const item = new Y.Map<unknown>();
	for (const [key, value] of Object.entries(fields)) item.set(key, value);
	doc.getMap(collection).set(id, item);
}

const idSet = (...ids: string[]) => new Y.Map<boolean>(ids.map((id) => [id, true]));

/** A document as layout 1 wrote it: plain English strings for titles, descriptions and names. */
function v1Doc(): Y.Doc {
	const doc = new Y.Doc();
	doc.transact(() => {
		const meta = doc.getMap('meta');
		meta.set('id', 'flour-v1');
		meta.set('title', 'Flour plan 2019');
		meta.set('schemaVersion', 1);
		doc.getMap('strategy').set('vision', 'Best flour in Central Asia');
		doc.getMap('strategy').set('mission', 'Grow value added together');
		put(doc, 'stages', 's1', { title: 'Milling', order: 1 });
		put(doc, 'actors', 'a1', { name: 'Mill', kind: 'firm', member: true, notes: '', order: 1 });
		put(doc, 'nodes', 'n1', {
			actorId: 'a1',
			label: '',
			stageId: 's1',
			notes: '',
			owner: '',
			x: 0,
			y: 0,
			links: new Y.Map([['o1', 'objective']])
		});
		put(doc, 'lines', 'l1', { title: 'Markets', description: 'Beyond Central Asia\nAnd further', order: 1 });
		put(doc, 'objectives', 'o1', { lineId: 'l1', title: 'Exports', description: 'Double them', order: 1 });
		put(doc, 'actions', 'x1', {
			objectiveId: 'o1',
			title: 'Trade fair',
			description: '',
			owner: 'KAZAKH INVEST',
			dueDate: '2019-09-30',
			status: 'planned',
			order: 1
		});
		put(doc, 'projects', 'p1', {
			title: 'Export office',
			description: 'Shared office in Tashkent',
			leadActorId: 'a1',
			budget: 5_000_000,
			fundingSource: 'grant',
			status: 'approved',
			priority: 7,
			period: { start: '2019-01-01', end: '2020-12-31' },
			partners: idSet(),
			objectives: idSet('o1'),
			order: 1
		});
		put(doc, 'projects', 'p2', {
			title: 'Lab',
			description: '',
			leadActorId: null,
			budget: 0,
			fundingSource: 'state_support',
			status: 'proposed',
			priority: 5,
			period: { start: null, end: null },
			partners: idSet(),
			objectives: idSet(),
			order: 2
		});
		const indicator = (name: string, link: unknown, order: number) => ({
			name,
			unit: 't',
			baseline: 450,
			baselineYear: 2018,
			frequency: 'annual',
			source: 'Statistics committee',
			responsible: 'Coordinator',
			link,
			targets: new Y.Map([['2025', 700]]),
			order
		});
		// Ids in another order than the list, so codes must follow the order people saw.
		put(doc, 'indicators', 'i-z', indicator('Flour exports', { kind: 'objective', id: 'o1' }, 1));
		put(doc, 'indicators', 'i-a', indicator('Office clients', { kind: 'project', id: 'p1' }, 2));
		put(doc, 'indicators', 'i-m', indicator('Jobs', null, 3));
		put(doc, 'comments', 'c1', {
			anchorId: 'o1',
			replyTo: null,
			author: 'Dana',
			text: 'Measurable?',
			createdAt: '2019-05-01T00:00:00Z',
			resolved: false
		});
	});
	return doc;
}

describe('migrate', () => {
	it('turns a layout 0 document into a valid current plan', () => {
		const doc = v0Doc();
		expect(P.migrate(doc)).toEqual({ from: 0, to: P.SCHEMA_VERSION });
		const data = P.snapshot(doc);
		expect(P.validatePlan(data)).toEqual([]);
		// Layout 0 and 1 held the title as one string: it reads in the language its letters tell.
		expect(data).toMatchObject({ id: 'flour-v0', title: { ru: '', kk: '', en: 'Flour plan draft' } });
		expect(data.strategy.vision).toEqual({ ru: '', kk: '', en: 'Best flour in Central Asia' });
		expect(data.strategy.mission).toEqual({ ru: '', kk: '', en: '' });
		// So do stage names, node labels and actor names: these are English, so read as English.
		expect(data.map.stages[0]?.title).toEqual({ ru: '', kk: '', en: 'Farming' });
		expect(data.map.stages.map((s) => s.title.en)).toEqual(['Farming', 'Milling', 'Markets']);
		expect(data.map.nodes.map((n) => [n.id, n.label.en, n.kind, n.stageId])).toEqual([
			['export', 'Export', 'market', 'stage-2'],
			['farm', 'Agrofirm', 'firm', 'stage-0'],
			['mill', 'Mill', 'firm', 'stage-1'],
			['note', 'Logistics hub', 'stage', null]
		]);
		expect(data.actors.map((a) => [a.id, a.member])).toEqual([
			['actor-farm', true],
			['actor-mill', true],
			['actor-export', false]
		]);
		expect(data.map.edges.map((e) => [e.id, e.kind])).toEqual([
			['e1', 'goods'],
			['e2', 'goods']
		]);
		expect(doc.getArray('mapNodes').length).toBe(0);
		expect(data.actors.map((a) => a.name.en)).toEqual(['Agrofirm', 'Mill', 'Export']);
		// operations accept the migrated document, including the fields layout 2 added
		P.addStage(doc, { title: 'Retail' });
		P.updateStrategy(doc, { vision: { ru: 'Лучшая мука в Центральной Азии' } });
		expect(P.snapshot(doc).strategy.vision).toEqual({
			ru: 'Лучшая мука в Центральной Азии',
			kk: '',
			en: 'Best flour in Central Asia'
		});
		expect(P.migrate(doc)).toEqual({ from: P.SCHEMA_VERSION, to: P.SCHEMA_VERSION });
	});

	it('converges when two peers migrate the same old document at once', () => {
		const a = v0Doc();
		const b = new Y.Doc();
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		P.migrate(a);
		P.migrate(b);
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		expect(P.snapshot(a)).toEqual(P.snapshot(b));
		expect(P.snapshot(a).map.nodes).toHaveLength(4);
	});

	it('leaves empty and current documents alone and refuses documents from newer code', () => {
		expect(P.migrate(new Y.Doc())).toEqual({ from: null, to: null });
		expect(P.migrate(newPlan())).toEqual({ from: 3, to: 3 });
		const future = new Y.Doc();
		future.getMap('meta').set('schemaVersion', 99);
		expect(() => P.migrate(future)).toThrow(P.PlanError);
	});

	it('turns a layout 1 document into a valid current plan, keeping the English text', () => {
		const doc = v1Doc();
		expect(P.migrate(doc)).toEqual({ from: 1, to: P.SCHEMA_VERSION });
		const data = P.snapshot(doc);
		expect(P.validatePlan(data)).toEqual([]);
		expect(data).toMatchObject({ id: 'flour-v1', title: { ru: '', kk: '', en: 'Flour plan 2019' } });
		expect(data.strategy.vision).toEqual(en('Best flour in Central Asia'));
		expect(data.strategy.mission).toEqual(en('Grow value added together'));
		const [line] = data.strategy.lines;
		expect(line).toMatchObject({ id: 'l1', title: en('Markets') });
		expect(line?.description).toEqual(en('Beyond Central Asia\nAnd further'));
		expect(line?.objectives[0]).toMatchObject({
			title: en('Exports'),
			description: en('Double them'),
			assumptions: en('')
		});
		expect(line?.objectives[0]?.actions[0]).toMatchObject({
			title: en('Trade fair'),
			description: en(''),
			owner: 'KAZAKH INVEST',
			projectIds: [],
			indicatorIds: []
		});
		expect(data.projects.map((p) => [p.id, p.title.en, p.description.en, p.fundingSource])).toEqual([
			['p1', 'Export office', 'Shared office in Tashkent', 'donor'],
			['p2', 'Lab', '', 'state_support']
		]);
		expect(data.projects[0]).toMatchObject({ budget: 5_000_000, start: '2019-01-01', objectiveIds: ['o1'] });
		expect(data.indicators.map((i) => [i.id, i.code, i.name.en, i.level, i.cumulative, i.formula])).toEqual([
			['i-z', 'I1', 'Flour exports', 'outcome', false, null],
			['i-a', 'I2', 'Office clients', 'output', false, null],
			['i-m', 'I3', 'Jobs', 'outcome', false, null]
		]);
		expect(data.indicators[0]).toMatchObject({ baseline: 450, targets: { '2025': 700 } });
		expect(data.map.nodes[0]).toMatchObject({ label: en('Mill'), objectiveIds: ['o1'] });
		expect(data.indicators[0]?.unit).toEqual(en('t'));
		expect(data.comments[0]).toMatchObject({ anchorId: 'o1', mentions: [], orphaned: false });

		// Descriptions are rich text now, one paragraph per line, in every language.
		const fragment = P.descriptionFragment(doc, 'lines', 'l1', 'en');
		expect(fragment?.toArray().map((node) => (node as Y.XmlElement).nodeName)).toEqual([
			'paragraph',
			'paragraph'
		]);
		for (const lang of P.LANGS) {
			expect(P.descriptionFragment(doc, 'actions', 'x1', lang)).toBeInstanceOf(Y.XmlFragment);
		}
		const line1 = doc.getMap<Y.Map<unknown>>('lines').get('l1');
		expect(line1?.has('title')).toBe(false);
		expect(doc.getMap('strategy').has('vision')).toBe(false);

		// Operations accept the migrated plan, codes included.
		P.updateLine(doc, 'l1', { title: { kk: 'Нарықтар' }, description: 'Beyond Central Asia' });
		const id = P.addIndicator(doc, { name: 'Clients per tonne', formula: 'I2 / I1' });
		const after = P.snapshot(doc);
		expect(after.strategy.lines[0]?.title).toEqual({ ru: '', kk: 'Нарықтар', en: 'Markets' });
		expect(after.strategy.lines[0]?.description).toEqual(en('Beyond Central Asia'));
		expect(after.indicators.find((i) => i.id === id)).toMatchObject({ code: 'I4', formula: 'I2 / I1' });
		expect(P.migrate(doc)).toEqual({ from: P.SCHEMA_VERSION, to: P.SCHEMA_VERSION });
	});

	it('converges when two peers migrate the same layout 1 document at once', () => {
		const a = v1Doc();
		const b = new Y.Doc();
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		const alone = new Y.Doc();
		Y.applyUpdate(alone, Y.encodeStateAsUpdate(a));
		P.migrate(alone);
		P.migrate(a);
		P.migrate(b);
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		const data = P.snapshot(a);
		expect(P.snapshot(b)).toEqual(data);
		expect(data).toEqual(P.snapshot(alone));
		expect(P.validatePlan(data)).toEqual([]);
		expect(data.strategy.lines[0]?.description).toEqual(en('Beyond Central Asia\nAnd further'));
		// Each peer kept one fragment per language, the same one, and both can type into it.
		const fragment = (doc: Y.Doc) => P.descriptionFragment(doc, 'objectives', 'o1', 'en');
		expect(fragment(a)?.toJSON()).toBe(fragment(b)?.toJSON());
		P.updateObjective(a, 'o1', { description: 'Double them by 2025' });
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		expect(P.snapshot(b).strategy.lines[0]?.objectives[0]?.description).toEqual(en('Double them by 2025'));
	});
});
