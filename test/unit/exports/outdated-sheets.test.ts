// A version's workbook marks the reader's text where it may be outdated (another language was
// revised after it), in the reader's words, and leaves every other text as it is.
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

/** A version's sheets in `lang`: projects, indicators, about, in that order. */
const sheets = (doc: Y.Doc, lang: P.Lang) => versionSheets(P.snapshot(doc), facts, lang);
const firstCell = (doc: Y.Doc, lang: P.Lang, sheet: number) =>
	sheets(doc, lang)[sheet]!.rows[0]![sheet === 1 ? 1 : 0];

describe('the workbook of a version', () => {
	it('writes each text as it is while no translation is outdated', () => {
		expect(firstCell(plan(), 'ru', 0)).toBe('Лаборатория');
		expect(firstCell(plan(), 'kk', 0)).toBe('Зертхана');
	});

	it('marks the reader’s text when it may be outdated, in the reader’s words', () => {
		const doc = plan();
		P.updateProject(doc, 'p1', { title: { en: 'Quality lab' } });
		P.updateIndicator(doc, 'i1', { name: { ru: 'Экспорт муки' } });
		P.renamePlan(doc, { ru: 'План кластера' });
		expect(firstCell(doc, 'ru', 0)).toBe('Лаборатория (возможно, устарело)');
		expect(firstCell(doc, 'kk', 0)).toBe('Зертхана (ескірген болуы мүмкін)');
		expect(firstCell(doc, 'en', 0)).toBe('Quality lab');
		expect(firstCell(doc, 'ru', 1)).toBe('Экспорт муки');
		expect(firstCell(doc, 'en', 1)).toBe('Exports (may be outdated)');
		// The plan's title, the About sheet's first row.
		expect(sheets(doc, 'ru')[2]!.rows[0]![1]).toBe('План кластера');
		expect(sheets(doc, 'en')[2]!.rows[0]![1]).toBe('Plan (may be outdated)');
	});
});
