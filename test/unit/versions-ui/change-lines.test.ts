// The diff page's lines for people: fields named in the reader's language, values formatted as the
// plan's pages show them, ids shown as the names of what they point at.
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import * as P from '$lib/plan';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { ChangeLines, type FieldLine } from '$lib/components/versions/change-lines';
import { PlanNames } from '$lib/components/versions/plan-names';
import { sentenceAround } from '$lib/components/versions/change-sentences';
import { latestDecision } from '$lib/components/versions/latest-decision';
import type { VersionSummary } from '$lib/server/versions/store';
import { samplePlan } from '../versions/sample-plan';

// Intl puts (narrow) no-break spaces in numbers; the assertions read them as plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function say(line: FieldLine): string {
	if (line.kind === 'note' || line.kind === 'outdated') return line.text;
	if (line.kind === 'list') {
		const names = (list: { text: string }[]) => list.map((name) => name.text).join(', ');
		return `${line.label}: +[${names(line.added)}] −[${names(line.removed)}]`;
	}
	return plain(
		`${line.label}: ${line.before.text} → ${line.after.text}${line.ratio ? ` (${line.ratio})` : ''}`
	);
}

/** What the page says about item `key` after `edit` of the sample plan. */
function linesOf(key: string, edit: (doc: Y.Doc) => void): string[] {
	const doc = samplePlan();
	const before = P.snapshot(doc);
	edit(doc);
	const after = P.snapshot(doc);
	const changes = P.planChanges(before, after);
	const change = changes.sections.flatMap((section) => section.items).find((item) => item.key === key);
	if (!change) throw new Error(`no change of ${key}`);
	const lines = new ChangeLines({ before: new PlanNames(before), after: new PlanNames(after) });
	return lines.lines(change).map(say);
}

afterEach(() => overwriteGetLocale(() => 'en'));

describe('the lines under a changed item', () => {
	it('give a funding line’s amount in tenge with its change in percent, its state and years in words', () => {
		expect(linesOf('funding:f-p1', (doc) => P.updateProject(doc, 'p1', { budget: 800 }))).toEqual([
			'Amount: ₸1,000 → ₸800 (-20%)'
		]);
		expect(
			linesOf('funding:f-p1', (doc) =>
				P.updateFundingLine(doc, 'f-p1', { state: 'applied', appliedOn: '2019-03-01', toYear: 2021 })
			)
		).toEqual([
			'To year: (empty) → 2021',
			'State: Planned → Applied for',
			'Applied on: (empty) → Mar 1, 2019'
		]);
	});

	it('name a target by its year and a text by its language', () => {
		expect(linesOf('indicators:i1', (doc) => P.setIndicatorTarget(doc, 'i1', 2025, 150))).toEqual([
			'Target 2025: 120 → 150 (+25%)'
		]);
		expect(
			linesOf('projects:p1', (doc) => P.updateProject(doc, 'p1', { title: { kk: 'Зертхана' } }))
		).toEqual(['Title (Kazakh): (empty) → Зертхана']);
	});

	it('mark the other languages of a revised text as possibly outdated', () => {
		expect(
			linesOf('projects:p1', (doc) => P.updateProject(doc, 'p1', { title: { en: 'Quality lab' } }))
		).toEqual([
			'Title (English): Lab → Quality lab',
			'Title (Russian) may be outdated: the text in English was changed after it'
		]);
	});

	it('show linked items by their names and numbers, saying which were added and which removed', () => {
		expect(linesOf('projects:p1', (doc) => P.updateProject(doc, 'p1', { objectiveIds: ['o3'] }))).toEqual([
			'Objectives: +[2.1 Labs] −[1.1 Exports]'
		]);
	});

	it('give a node dragged on the map one position line, and a status in words', () => {
		expect(
			linesOf('nodes:n3', (doc) => P.moveNodes(doc, [{ id: 'n3', x: 650, y: 40, stageId: null }]))
		).toEqual(['Position on the map: 600; 0 → 650; 40']);
		expect(linesOf('actions:x1', (doc) => P.updateAction(doc, 'x1', { status: 'done' }))).toEqual([
			'Status: Planned → Done'
		]);
	});

	it('speak the reader’s language, with Russian numbers and lower-case language names', () => {
		overwriteGetLocale(() => 'ru');
		expect(linesOf('funding:f-p1', (doc) => P.updateProject(doc, 'p1', { budget: 800 }))).toEqual([
			'Сумма: 1 000 ₸ → 800 ₸ (-20 %)'
		]);
		expect(linesOf('lines:l1', (doc) => P.updateLine(doc, 'l1', { title: { ru: 'Сбыт' } }))).toEqual([
			'Название (русский): Рынки → Сбыт',
			'Название (казахский): возможно, устарело — текст на русском изменён позже',
			'Название (английский): возможно, устарело — текст на русском изменён позже'
		]);
		// Russian verbs agree with the item: "добавлено мероприятие", "добавлена цель".
		expect(sentenceAround('actions', 'added')).toEqual(['Добавлено мероприятие ', '']);
		expect(sentenceAround('objectives', 'removed')).toEqual(['Удалена цель ', '']);
	});
});

describe('the decision the plan shows', () => {
	const version = (id: number, decision: VersionSummary['decision']): VersionSummary => ({
		id,
		planId: 'plan-1',
		label: `Version ${id}`,
		note: '',
		kind: 'manual',
		authorName: 'Juan',
		createdAt: '2025-01-01T00:00:00Z',
		status: 'draft',
		decision,
		restoredFrom: null
	});

	it('is the latest step on any version, or none before anything was submitted', () => {
		expect(latestDecision([version(2, null), version(1, null)])).toBeNull();
		const asked = {
			step: 'request_changes' as const,
			comment: 'Why?',
			byName: 'Dana',
			at: '2025-03-01T10:00:00Z'
		};
		const submitted = { step: 'submit' as const, comment: '', byName: 'Juan', at: '2025-02-01T10:00:00Z' };
		expect(latestDecision([version(3, submitted), version(2, asked), version(1, null)])).toEqual({
			version: 2,
			label: 'Version 2',
			...asked
		});
	});
});
