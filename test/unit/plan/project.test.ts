import { describe, expect, it } from 'vitest';
import * as P from '../../../src/lib/plan';
import { expectRefused, newPlan } from './plan-fixture';

function withParties() {
	const doc = newPlan();
	P.addActor(doc, { id: 'mill', name: 'Mill', kind: 'firm', member: true });
	P.addActor(doc, { id: 'uni', name: 'University', kind: 'institution' });
	P.addLine(doc, { id: 'l1', title: 'Quality' });
	P.addObjective(doc, { id: 'o1', lineId: 'l1', title: 'Accredited lab' });
	return doc;
}

describe('projects', () => {
	it('are added with defaults and every field, and updated field by field', () => {
		const doc = withParties();
		P.addProject(doc, { id: 'p0', title: 'Minimal' });
		P.addProject(doc, {
			id: 'p1',
			title: 'Grain quality lab',
			description: 'Shared testing lab',
			leadActorId: 'mill',
			partnerIds: ['uni'],
			budget: 120_000_000,
			fundingSource: 'state_support',
			start: '2019-03-01',
			end: '2020-12-31',
			status: 'approved',
			priority: 8,
			objectiveIds: ['o1']
		});
		P.updateProject(doc, 'p1', { end: '2021-06-30', partnerIds: ['uni', 'mill'], priority: 9.5, budget: 0 });
		const [p0, p1] = P.snapshot(doc).projects;
		expect(p0).toEqual({
			id: 'p0',
			title: { ru: '', kk: '', en: 'Minimal' },
			description: { ru: '', kk: '', en: '' },
			leadActorId: null,
			partnerIds: [],
			budget: 0,
			fundingSource: 'own_funds',
			funding: [],
			start: null,
			end: null,
			status: 'proposed',
			priority: 5,
			objectiveIds: []
		});
		expect(p1).toMatchObject({
			title: { ru: '', kk: '', en: 'Grain quality lab' },
			description: { ru: '', kk: '', en: 'Shared testing lab' },
			leadActorId: 'mill',
			partnerIds: ['mill', 'uni'],
			budget: 0,
			fundingSource: 'state_support',
			start: '2019-03-01',
			end: '2021-06-30',
			priority: 9.5,
			objectiveIds: ['o1']
		});
		P.updateProject(doc, 'p1', {
			leadActorId: null,
			objectiveIds: [],
			start: null,
			fundingSource: 'donor',
			title: { kk: 'Астық сапасы зертханасы' }
		});
		expect(P.snapshot(doc).projects[1]).toMatchObject({
			title: { ru: '', kk: 'Астық сапасы зертханасы', en: 'Grain quality lab' },
			leadActorId: null,
			objectiveIds: [],
			start: null,
			fundingSource: 'donor'
		});
		P.removeProject(doc, 'p1');
		expect(P.snapshot(doc).projects.map((p) => p.id)).toEqual(['p0']);
	});

	it('refuse bad budgets, priorities, dates, sources and links', () => {
		const doc = withParties();
		P.addProject(doc, { id: 'p1', title: 'Lab', start: '2019-01-01', end: '2019-12-31' });
		expectRefused(doc, () => P.addProject(doc, { title: '' }), 'required', 'title');
		expectRefused(doc, () => P.addProject(doc, { title: 'x', budget: -1 }), 'invalid_number', 'budget');
		expectRefused(doc, () => P.addProject(doc, { title: 'x', budget: Number.NaN }), 'invalid_number');
		expectRefused(doc, () => P.addProject(doc, { title: 'x', priority: 11 }), 'invalid_number', 'priority');
		expectRefused(
			doc,
			() => P.addProject(doc, { title: 'x', fundingSource: 'gift' as never }),
			'invalid_value'
		);
		expectRefused(
			doc,
			() => P.addProject(doc, { title: 'x', fundingSource: 'grant' as never }),
			'invalid_value',
			'fundingSource'
		);
		expectRefused(doc, () => P.addProject(doc, { title: 'x', status: 'idea' as never }), 'invalid_value');
		expectRefused(doc, () => P.addProject(doc, { title: 'x', start: '2019-13-01' }), 'invalid_date', 'start');
		expectRefused(
			doc,
			() => P.addProject(doc, { title: 'x', start: '2020-01-01', end: '2019-01-01' }),
			'date_order'
		);
		expectRefused(doc, () => P.updateProject(doc, 'p1', { end: '2018-12-31' }), 'date_order', 'end');
		expectRefused(doc, () => P.updateProject(doc, 'p1', { start: '2020-01-01' }), 'date_order');
		expectRefused(
			doc,
			() => P.addProject(doc, { title: 'x', leadActorId: 'o1' }),
			'dangling_link',
			'leadActorId'
		);
		expectRefused(doc, () => P.addProject(doc, { title: 'x', partnerIds: ['ghost'] }), 'dangling_link');
		expectRefused(doc, () => P.addProject(doc, { title: 'x', objectiveIds: ['mill'] }), 'dangling_link');
		expectRefused(doc, () => P.updateProject(doc, 'p1', { partnerIds: 'mill' as never }), 'invalid_value');
		expectRefused(doc, () => P.updateProject(doc, 'ghost', { title: 'x' }), 'not_found');
		expectRefused(doc, () => P.removeProject(doc, 'ghost'), 'not_found');
	});
});

describe('indicators', () => {
	it('hold baseline, targets by year and a link to an objective or project', () => {
		const doc = withParties();
		P.addProject(doc, { id: 'p1', title: 'Lab' });
		P.addIndicator(doc, {
			id: 'i1',
			name: 'Flour exports',
			unit: 'thousand t',
			baseline: 450,
			baselineYear: 2018,
			targets: { 2021: 550, 2025: 700 },
			frequency: 'annual',
			source: 'Statistics committee',
			responsible: 'Cluster coordinator',
			linkId: 'o1'
		});
		P.setIndicatorTarget(doc, 'i1', 2023, 620);
		P.setIndicatorTarget(doc, 'i1', 2021, null);
		P.updateIndicator(doc, 'i1', { linkId: 'p1', frequency: 'quarterly' });
		expect(P.snapshot(doc).indicators[0]).toEqual({
			id: 'i1',
			code: 'I1',
			name: { ru: '', kk: '', en: 'Flour exports' },
			level: 'outcome',
			unit: { ru: '', kk: '', en: 'thousand t' },
			baseline: 450,
			baselineYear: 2018,
			targets: { '2023': 620, '2025': 700 },
			cumulative: false,
			frequency: 'quarterly',
			source: 'Statistics committee',
			responsible: 'Cluster coordinator',
			link: { kind: 'project', id: 'p1' },
			formula: null
		});
		P.updateIndicator(doc, 'i1', {
			targets: { 2030: 1000 },
			baseline: null,
			linkId: null,
			code: 'EXP1',
			level: 'impact',
			cumulative: true,
			name: { ru: 'Экспорт муки' }
		});
		expect(P.snapshot(doc).indicators[0]).toMatchObject({
			code: 'EXP1',
			name: { ru: 'Экспорт муки', kk: '', en: 'Flour exports' },
			level: 'impact',
			cumulative: true,
			targets: { '2030': 1000 },
			baseline: null,
			link: null
		});
		P.updateIndicator(doc, 'i1', { linkId: 'p1' });
		P.removeProject(doc, 'p1');
		expect(P.snapshot(doc).indicators[0]?.link).toBeNull();
		P.removeIndicator(doc, 'i1');
		expect(P.snapshot(doc).indicators).toEqual([]);
	});

	it('refuse empty names, bad numbers and years, unknown links', () => {
		const doc = withParties();
		P.addIndicator(doc, { id: 'i1', name: 'Jobs' });
		expectRefused(doc, () => P.addIndicator(doc, { name: '' }), 'required', 'name');
		expectRefused(
			doc,
			() => P.addIndicator(doc, { name: 'x', baseline: Infinity }),
			'invalid_number',
			'baseline'
		);
		expectRefused(doc, () => P.addIndicator(doc, { name: 'x', baselineYear: 2018.5 }), 'invalid_number');
		expectRefused(
			doc,
			() => P.addIndicator(doc, { name: 'x', targets: { soon: 3 } }),
			'invalid_number',
			'targets'
		);
		expectRefused(doc, () => P.addIndicator(doc, { name: 'x', targets: [] as never }), 'invalid_value');
		expectRefused(doc, () => P.addIndicator(doc, { name: 'x', linkId: 'mill' }), 'dangling_link', 'linkId');
		expectRefused(doc, () => P.updateIndicator(doc, 'i1', { frequency: 'daily' as never }), 'invalid_value');
		expectRefused(
			doc,
			() => P.updateIndicator(doc, 'i1', { level: 'input' as never }),
			'invalid_value',
			'level'
		);
		expectRefused(
			doc,
			() => P.updateIndicator(doc, 'i1', { cumulative: 'yes' as never }),
			'invalid_value',
			'cumulative'
		);
		expectRefused(doc, () => P.setIndicatorTarget(doc, 'i1', 2020, Number.NaN), 'invalid_number', 'value');
		expectRefused(doc, () => P.setIndicatorTarget(doc, 'ghost', 2020, 1), 'not_found');
		expectRefused(doc, () => P.removeIndicator(doc, 'ghost'), 'not_found');
	});
});
