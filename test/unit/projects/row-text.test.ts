import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActor, addLine, addObjective, addProject, initPlan, removeActor, snapshot } from '$lib/plan';
import { planIndex } from '$lib/components/projects/project-view';
import { rowText } from '$lib/components/projects/row-text';

const format = { tenge: (n: number) => `${n} KZT`, day: (iso: string) => `day ${iso}` };

function plan() {
	const doc = new Y.Doc();
	initPlan(doc, { id: 'plan', title: 'Flour' });
	addActor(doc, { id: 'mill', name: 'Kostanay Mills', kind: 'firm' });
	addActor(doc, { id: 'uni', name: 'Kostanay University', kind: 'institution' });
	addLine(doc, { id: 'line', title: 'Markets' });
	addObjective(doc, { id: 'export', lineId: 'line', title: { en: 'Export markets', ru: 'Экспорт' } });
	addObjective(doc, { id: 'quality', lineId: 'line', title: { ru: 'Качество' } });
	addProject(doc, {
		id: 'lab',
		title: 'Quality laboratory',
		leadActorId: 'mill',
		partnerIds: ['uni', 'mill'],
		budget: 450,
		fundingSource: 'donor',
		start: '2023-06-15',
		status: 'in_progress',
		objectiveIds: ['quality', 'export']
	});
	return doc;
}

describe('the text of a project’s row', () => {
	it('names the lead and the partners (alphabetically), formats money and days, lists objectives in the reader’s language', () => {
		const data = snapshot(plan());
		const text = rowText(data.projects[0]!, planIndex(data), 'en', format);
		expect(text).toEqual({
			lead: 'Kostanay Mills',
			partners: 'Kostanay Mills, Kostanay University',
			budget: '450 KZT',
			funding: 'Donor',
			start: 'day 2023-06-15',
			end: null,
			status: 'In progress',
			// In the strategy's order; "Quality" has only a Russian title, shown as the fallback.
			objectives: ['Export markets', 'Качество']
		});
		expect(rowText(data.projects[0]!, planIndex(data), 'ru', format).objectives).toEqual([
			'Экспорт',
			'Качество'
		]);
	});

	it('shows no lead and no partners once those firms are removed', () => {
		const doc = plan();
		removeActor(doc, 'mill');
		removeActor(doc, 'uni');
		const data = snapshot(doc);
		const text = rowText(data.projects[0]!, planIndex(data), 'en', format);
		expect(text.lead).toBeNull();
		expect(text.partners).toBe('');
	});
});
