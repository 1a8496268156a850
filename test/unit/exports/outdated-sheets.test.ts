// A version's workbook marks the translations that may be outdated, each in its own column's
// language, and leaves every other text as it is.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '$lib/plan';
import { versionSheets, type VersionFacts } from '$lib/server/exports/version-sheets';

const facts: VersionFacts = {
	planId: 'plan-1',
	clusterName: { ru: 'Мука', kk: 'Ұн', en: 'Flour' },
	id: 1,
	label: 'v1',
	note: '',
	authorName: 'Dana',
	createdAt: '2026-01-01T00:00:00Z',
	status: 'draft',
	decision: null
};

function plan(): Y.Doc {
	const doc = new Y.Doc();
	P.initPlan(doc, { id: 'plan-1', title: { ru: 'План', en: 'Plan' } });
	P.addProject(doc, { id: 'p1', title: { ru: 'Лаборатория', kk: 'Зертхана', en: 'Lab' } });
	P.addIndicator(doc, { id: 'i1', code: 'EXP1', name: { ru: 'Экспорт', en: 'Exports' } });
	return doc;
}

const sheet = (doc: Y.Doc, name: string) =>
	versionSheets(P.snapshot(doc), facts, 'ru').find((found) => found.name === name)!;

describe('the workbook of a version', () => {
	it('writes each text as it is while no translation is outdated', () => {
		const projects = sheet(plan(), 'Projects');
		expect(projects.rows[0]!.slice(1, 4)).toEqual(['Лаборатория', 'Зертхана', 'Lab']);
	});

	it('marks an outdated translation in its own language, beside its text', () => {
		const doc = plan();
		P.updateProject(doc, 'p1', { title: { en: 'Quality lab' } });
		P.updateIndicator(doc, 'i1', { name: { ru: 'Экспорт муки' } });
		P.renamePlan(doc, { ru: 'План кластера' });
		expect(sheet(doc, 'Projects').rows[0]!.slice(1, 4)).toEqual([
			'Лаборатория (возможно, устарело)',
			'Зертхана (ескірген болуы мүмкін)',
			'Quality lab'
		]);
		expect(sheet(doc, 'Indicators').rows[0]!.slice(1, 4)).toEqual([
			'Экспорт муки',
			'',
			'Exports (may be outdated)'
		]);
		expect(sheet(doc, 'About').rows.filter(([key]) => String(key).startsWith('plan_title_'))).toEqual([
			['plan_title_ru', 'План кластера'],
			['plan_title_kk', ''],
			['plan_title_en', 'Plan (may be outdated)']
		]);
	});
});
