// planChanges on crafted pairs: every kind of item added and removed, each in its section, named
// in its own words and numbered in the outline where it has a number.
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { changesOf, itemsOf, samplePlan } from './sample-plan';

type Row = [P.DiffCollection, P.ChangeSection, (doc: Y.Doc) => void, string, string | null];

const added: Row[] = [
	['stages', 'map', (d) => P.addStage(d, { id: 's4', title: 'Baking' }), 'Baking', null],
	[
		'nodes',
		'map',
		(d) => P.addNode(d, { id: 'n4', label: 'Port', kind: 'market', x: 900, y: 0 }),
		'Port',
		null
	],
	[
		'edges',
		'map',
		(d) => P.connect(d, { id: 'e2', source: 'n2', target: 'n3', kind: 'money' }),
		'Mill → Export',
		null
	],
	['actors', 'map', (d) => P.addActor(d, { id: 'a4', name: 'Silo', kind: 'supplier' }), 'Silo', null],
	['lines', 'strategy', (d) => P.addLine(d, { id: 'l4', title: 'Skills' }), 'Skills', '4'],
	[
		'objectives',
		'strategy',
		(d) => P.addObjective(d, { id: 'o4', lineId: 'l2', title: 'Training' }),
		'Training',
		'2.2'
	],
	[
		'actions',
		'strategy',
		(d) => P.addAction(d, { id: 'x3', objectiveId: 'o1', title: 'Catalogue' }),
		'Catalogue',
		'1.1.3'
	],
	['projects', 'projects', (d) => P.addProject(d, { id: 'p2', title: 'Silo', budget: 50 }), 'Silo', null],
	[
		'indicators',
		'indicators',
		(d) => P.addIndicator(d, { id: 'i2', code: 'JOBS', name: 'Jobs' }),
		'JOBS Jobs',
		null
	],
	[
		'comments',
		'comments',
		(d) =>
			P.addComment(d, { id: 'c2', anchorId: 'p1', author: 'erlan', authorName: 'Erlan', text: 'Costs?' }),
		'Erlan: Costs?',
		null
	]
];

const removed: Row[] = [
	['stages', 'map', (d) => P.removeStage(d, 's3'), 'Retail', null],
	['nodes', 'map', (d) => P.removeNode(d, 'n3'), 'Export', null],
	['edges', 'map', (d) => P.removeEdge(d, 'e1'), 'Farm → Mill', null],
	['actors', 'map', (d) => P.removeActor(d, 'a3'), 'Bakery', null],
	['lines', 'strategy', (d) => P.removeLine(d, 'l3'), 'Jobs', '3'],
	['objectives', 'strategy', (d) => P.removeObjective(d, 'o2'), 'Brands', '1.2'],
	['actions', 'strategy', (d) => P.removeAction(d, 'x2'), 'Trade mission', '1.1.2'],
	['projects', 'projects', (d) => P.removeProject(d, 'p1'), 'Lab', null],
	['indicators', 'indicators', (d) => P.removeIndicator(d, 'i1'), 'EXP Exports', null]
];

const none = { added: 0, removed: 0, changed: 0, moved: 0 };

describe('planChanges, items added and removed', () => {
	it('finds nothing between a plan and itself', () => {
		const data = P.snapshot(samplePlan());
		expect(P.planChanges(data, structuredClone(data))).toEqual({ sections: [], total: 0 });
	});

	for (const [kind, rows] of [
		['added', added],
		['removed', removed]
	] as const) {
		for (const [collection, section, edit, label, number] of rows) {
			it(`names one ${collection} item ${kind}, alone in the ${section} section`, () => {
				const changes = changesOf(edit);
				expect(changes.total).toBe(1);
				expect(changes.sections).toHaveLength(1);
				const [only] = changes.sections;
				expect(only!.section).toBe(section);
				expect(only!.counts).toEqual({ ...none, [kind]: 1 });
				expect(only!.items).toHaveLength(1);
				const item = only!.items[0]!;
				expect(item.collection).toBe(collection);
				expect(item.kind).toBe(kind);
				expect(item.key).toBe(`${collection}:${item.id}`);
				expect(item.label.en).toBe(label);
				expect(item.number).toBe(number);
				expect(item.fields).toEqual([]);
			});
		}
	}

	it('names an item by its text in each language, as the plan holds it', () => {
		const stage = itemsOf(
			changesOf((d) => P.addStage(d, { id: 's4', title: { ru: 'Выпечка', en: 'Baking' } }))
		)[0]!;
		expect(stage.label).toEqual({ ru: 'Выпечка', kk: '', en: 'Baking' });
		const line = itemsOf(
			changesOf((d) => P.addLine(d, { id: 'l4', title: { ru: 'Кадры', kk: 'Кадрлар', en: 'Skills' } }))
		)[0]!;
		expect(line.label).toEqual({ ru: 'Кадры', kk: 'Кадрлар', en: 'Skills' });
	});

	it('finds a comment gone between two snapshots (no operation removes one, an old version can lack it)', () => {
		const before = P.snapshot(samplePlan());
		const after = { ...structuredClone(before), comments: [] };
		const changes = P.planChanges(before, after);
		expect(changes.sections).toEqual([
			{
				section: 'comments',
				counts: { ...none, removed: 1 },
				items: [
					{
						key: 'comments:c1',
						collection: 'comments',
						id: 'c1',
						kind: 'removed',
						label: { ru: 'Dana: Which farms?', kk: 'Dana: Which farms?', en: 'Dana: Which farms?' },
						number: null,
						fields: [],
						outdated: []
					}
				]
			}
		]);
	});

	it('counts a line removed with its objectives and actions, numbered as they were', () => {
		const changes = changesOf((d) => P.removeLine(d, 'l1'));
		const strategy = changes.sections.find((s) => s.section === 'strategy')!;
		expect(strategy.counts).toEqual({ ...none, removed: 5 });
		expect(strategy.items.map((i) => [i.collection, i.number, i.label.en])).toEqual([
			['lines', '1', 'Markets'],
			['objectives', '1.1', 'Exports'],
			['objectives', '1.2', 'Brands'],
			['actions', '1.1.1', 'Fair'],
			['actions', '1.1.2', 'Trade mission']
		]);
		// The project loses its link to the removed objective: changed, not removed.
		const projects = changes.sections.find((s) => s.section === 'projects')!;
		expect(projects.items.map((i) => [i.id, i.kind, i.fields.map((f) => f.field)])).toEqual([
			['p1', 'changed', ['objectiveIds']]
		]);
		expect(changes.total).toBe(6);
	});

	it('numbers an added action where it lands, and sorts actions by number', () => {
		const changes = changesOf((d) => {
			P.addAction(d, { id: 'x4', objectiveId: 'o3', title: 'Audit' });
			P.addAction(d, { id: 'x3', objectiveId: 'o1', title: 'Catalogue', index: 0 });
		});
		expect(itemsOf(changes).map((i) => [i.id, i.number])).toEqual([
			['x3', '1.1.1'],
			['x4', '2.1.1']
		]);
	});
});
