import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	addAction,
	addIndicator,
	addLine,
	addNode,
	addObjective,
	addProject,
	addStage,
	initPlan,
	snapshot
} from '$lib/plan';
import { anchorTitle } from '$lib/components/comments/anchor-title';

function plan() {
	const doc = new Y.Doc();
	initPlan(doc, { id: 'p', title: 'Flour' });
	addStage(doc, { id: 'milling', title: 'Milling' });
	addNode(doc, { id: 'note', label: 'Small mills need credit', kind: 'stage', x: 0, y: 0 });
	addLine(doc, { id: 'line', title: { en: 'Exports', ru: 'Экспорт' } });
	addObjective(doc, { id: 'objective', lineId: 'line', title: 'Reach Central Asia' });
	addAction(doc, { id: 'action', objectiveId: 'objective', title: 'Trade mission' });
	addProject(doc, { id: 'project', title: { ru: 'Лаборатория' } });
	addIndicator(doc, { id: 'indicator', code: 'EXP1', name: 'Flour exports' });
	return snapshot(doc);
}

describe('the title of what a thread hangs on', () => {
	it('names map items, strategy items, projects and indicators in the reader’s language', () => {
		const data = plan();
		expect(anchorTitle(data, 'milling', 'en')).toBe('Milling');
		expect(anchorTitle(data, 'note', 'en')).toBe('Small mills need credit');
		expect(anchorTitle(data, 'line', 'ru')).toBe('Экспорт');
		expect(anchorTitle(data, 'line', 'en')).toBe('Exports');
		expect(anchorTitle(data, 'objective', 'en')).toBe('Reach Central Asia');
		expect(anchorTitle(data, 'action', 'en')).toBe('Trade mission');
		// Written in Russian only: an English reader gets the Russian title rather than nothing.
		expect(anchorTitle(data, 'project', 'en')).toBe('Лаборатория');
		expect(anchorTitle(data, 'indicator', 'en')).toBe('EXP1 Flour exports');
	});

	it('has no title for the plan itself or an item that is gone', () => {
		const data = plan();
		expect(anchorTitle(data, 'p', 'en')).toBeNull();
		expect(anchorTitle(data, 'removed', 'en')).toBeNull();
	});
});
