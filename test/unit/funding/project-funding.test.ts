// A project's lines drawn with a filled catalogue (the page's load returns an empty one until the
// catalogue lands): the measure a line rests on by name and status, and its warnings in words.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import * as P from '$lib/plan';
import type { MeasureChoice } from '$lib/funding/measure-choice';
import { measureMap } from '$lib/components/funding/funding-view';
import ProjectFunding from '$lib/components/funding/ProjectFunding.svelte';
import { newPlan } from '../plan/plan-fixture';

const choices: MeasureChoice[] = [
	{
		id: 'subsidy',
		name: { ru: 'Субсидия', kk: 'Субсидия', en: 'Investment subsidy' },
		status: 'in_force',
		inForceFrom: null,
		inForceTo: null,
		maxPerProject: 100,
		ownShare: 50
	},
	{
		id: 'grant',
		name: { ru: 'Грант', kk: 'Грант', en: 'Joint grant' },
		status: 'proposed',
		inForceFrom: null,
		inForceTo: null,
		maxPerProject: null,
		ownShare: 0
	}
];

function project() {
	const doc = newPlan();
	P.addProject(doc, { id: 'p1', title: 'Cheese plant' });
	P.addFundingLine(doc, { projectId: 'p1', source: 'own_funds', amount: 40 });
	P.addFundingLine(doc, { projectId: 'p1', source: 'state_support', measureId: 'subsidy', amount: 160 });
	P.addFundingLine(doc, { projectId: 'p1', source: 'state_support', measureId: 'gone', amount: 10 });
	return { doc, project: P.snapshot(doc).projects[0]! };
}

function draw(canEdit: boolean, list: MeasureChoice[]) {
	const { doc, project: shown } = project();
	const props = {
		project: shown,
		doc,
		canEdit,
		choices: list,
		measures: measureMap(list),
		lang: 'en' as const,
		onadd: () => {},
		onremove: () => {}
	};
	return render(ProjectFunding, { props }).body;
}

describe('a project with lines on measures of the catalogue', () => {
	it('shows a reader the measure by name and status, an id the catalogue lacks, and both warnings', () => {
		const html = draw(false, choices);
		expect(html).toContain('Investment subsidy');
		expect(html).toContain('In force');
		expect(html).toContain('gone (not in the catalogue)');
		expect(html).toContain('Investment subsidy gives a project at most ₸100; the lines on it ask ₸160.');
		expect(html).toContain(
			'Investment subsidy asks the recipient to bring 50% of the budget; own funds and loans make 19%.'
		);
		expect(html).not.toContain('<select');
	});

	it('offers an editor every measure of the list and keeps an unknown one chosen', () => {
		const html = draw(true, choices);
		expect(html).toMatch(/<option value="grant"[^>]*>Joint grant<\/option>/);
		expect(html).toMatch(/<option value="gone"[^>]*>gone \(not in the catalogue\)<\/option>/);
		expect(html).toContain('Add a funding line to «Cheese plant»');
		expect(html).toContain('Remove line 3 of «Cheese plant»');
	});

	it('works with an empty catalogue: no measure to choose, every named one unknown, no warnings', () => {
		const html = draw(true, []);
		expect(html).toContain('— no measure yet —');
		expect(html).toContain('subsidy (not in the catalogue)');
		expect(html).not.toContain('data-warning');
	});
});
