// Validation errors for bad input (negative budget, end before start, unknown linked id, ...): every
// operation of the strategy, project, indicator and comment editors refuses bad input with the code
// and field a form can show, and writes nothing: no update, the same state vector, the same snapshot.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { expectRefused, newPlan } from './plan-fixture';

function plan(): Y.Doc {
	const doc = newPlan();
	P.addActor(doc, { id: 'mill', name: 'Mill', kind: 'firm' });
	P.addLine(doc, { id: 'l1', title: 'Markets' });
	P.addObjective(doc, { id: 'o1', lineId: 'l1', title: 'Exports' });
	P.addAction(doc, { id: 'x1', objectiveId: 'o1', title: 'Trade mission' });
	P.addProject(doc, { id: 'p1', title: 'Lab', start: '2019-01-01', end: '2019-12-31' });
	P.addIndicator(doc, { id: 'i1', code: 'EXP', name: 'Exports' });
	P.addComment(doc, {
		id: 'c1',
		anchorId: 'o1',
		author: 'Dana',
		text: 'Measurable?',
		createdAt: '2019-05-01T00:00:00Z'
	});
	return doc;
}

type Case = [what: string, run: (doc: Y.Doc) => unknown, code: P.PlanErrorCode, field: string];

const blank = ['', '   ', { ru: ' ', kk: '', en: '\n' }, {}] as const;
const asInput = (value: (typeof blank)[number]) => value as P.LocalizedInput;

const strategyCases: Case[] = [
	[
		'vision in an unknown language',
		(d) => P.updateStrategy(d, { vision: { es: 'x' } as never }),
		'invalid_value',
		'vision'
	],
	[
		'mission that is not text',
		(d) => P.updateStrategy(d, { mission: 5 as never }),
		'invalid_value',
		'mission'
	],
	...blank.map((title): Case => [
		'line without a title',
		(d) => P.addLine(d, { title: asInput(title) }),
		'required',
		'title'
	]),
	['line title that is not text', (d) => P.addLine(d, { title: 5 as never }), 'invalid_value', 'title'],
	[
		'line title in an unknown language',
		(d) => P.addLine(d, { title: { de: 'Märkte' } as never }),
		'invalid_value',
		'title'
	],
	[
		'line description in an unknown language',
		(d) => P.addLine(d, { title: 'x', description: { fr: 'x' } as never }),
		'invalid_value',
		'description'
	],
	['line with an id in use', (d) => P.addLine(d, { id: 'o1', title: 'x' }), 'duplicate_id', 'id'],
	['line with a malformed id', (d) => P.addLine(d, { id: 'a b', title: 'x' }), 'invalid_id', 'id'],
	[
		'line title cleared in its only language',
		(d) => P.updateLine(d, 'l1', { title: { en: '' } }),
		'required',
		'title'
	],
	['update of an unknown line', (d) => P.updateLine(d, 'ghost', { title: 'x' }), 'not_found', 'id'],
	['line moved to a negative index', (d) => P.moveLine(d, 'l1', -1), 'invalid_number', 'index'],
	['unknown line removed', (d) => P.removeLine(d, 'o1'), 'not_found', 'id'],
	[
		'objective under an unknown line',
		(d) => P.addObjective(d, { lineId: 'ghost', title: 'x' }),
		'dangling_link',
		'lineId'
	],
	[
		'objective under an objective',
		(d) => P.addObjective(d, { lineId: 'o1', title: 'x' }),
		'dangling_link',
		'lineId'
	],
	...blank.map((title): Case => [
		'objective without a title',
		(d) => P.addObjective(d, { lineId: 'l1', title: asInput(title) }),
		'required',
		'title'
	]),
	[
		'objective assumptions in an unknown language',
		(d) => P.addObjective(d, { lineId: 'l1', title: 'x', assumptions: { xx: 'y' } as never }),
		'invalid_value',
		'assumptions'
	],
	['objective title blanked', (d) => P.updateObjective(d, 'o1', { title: ' ' }), 'required', 'title'],
	[
		'objective assumptions not text',
		(d) => P.updateObjective(d, 'o1', { assumptions: [] as never }),
		'invalid_value',
		'assumptions'
	],
	[
		'objective moved to an unknown line',
		(d) => P.moveObjective(d, 'o1', { lineId: 'ghost' }),
		'dangling_link',
		'lineId'
	],
	['unknown objective removed', (d) => P.removeObjective(d, 'l1'), 'not_found', 'id'],
	[
		'action under an unknown objective',
		(d) => P.addAction(d, { objectiveId: 'ghost', title: 'x' }),
		'dangling_link',
		'objectiveId'
	],
	[
		'action under a line',
		(d) => P.addAction(d, { objectiveId: 'l1', title: 'x' }),
		'dangling_link',
		'objectiveId'
	],
	...blank.map((title): Case => [
		'action without a title',
		(d) => P.addAction(d, { objectiveId: 'o1', title: asInput(title) }),
		'required',
		'title'
	]),
	[
		'action due on a day that does not exist',
		(d) => P.addAction(d, { objectiveId: 'o1', title: 'x', dueDate: '2019-02-30' }),
		'invalid_date',
		'dueDate'
	],
	[
		'action due "next week"',
		(d) => P.updateAction(d, 'x1', { dueDate: 'next week' }),
		'invalid_date',
		'dueDate'
	],
	[
		'action with an unknown status',
		(d) => P.addAction(d, { objectiveId: 'o1', title: 'x', status: 'late' as never }),
		'invalid_value',
		'status'
	],
	[
		'action owner that is not text',
		(d) => P.updateAction(d, 'x1', { owner: 3 as never }),
		'invalid_value',
		'owner'
	],
	[
		'action title in an unknown language',
		(d) => P.updateAction(d, 'x1', { title: { en: 'x', de: 'y' } as never }),
		'invalid_value',
		'title'
	],
	[
		'action linked to an unknown project',
		(d) => P.updateAction(d, 'x1', { projectIds: ['ghost'] }),
		'dangling_link',
		'projectIds'
	],
	[
		'action linked to an unknown indicator',
		(d) => P.addAction(d, { objectiveId: 'o1', title: 'x', indicatorIds: ['p1'] }),
		'dangling_link',
		'indicatorIds'
	],
	[
		'action moved under an unknown objective',
		(d) => P.moveAction(d, 'x1', { objectiveId: 'ghost' }),
		'dangling_link',
		'objectiveId'
	],
	['unknown action removed', (d) => P.removeAction(d, 'ghost'), 'not_found', 'id']
];

const project = (input: Partial<P.ProjectInput>) => (d: Y.Doc) => P.addProject(d, { title: 'New', ...input });
const change = (input: P.ProjectUpdate) => (d: Y.Doc) => P.updateProject(d, 'p1', input);

const projectCases: Case[] = [
	...blank.map((title): Case => [
		'project without a title',
		project({ title: asInput(title) }),
		'required',
		'title'
	]),
	['project title blanked', change({ title: { en: '' } }), 'required', 'title'],
	[
		'project title in an unknown language',
		change({ title: { fr: 'Labo' } as never }),
		'invalid_value',
		'title'
	],
	[
		'project description in an unknown language',
		project({ description: { de: 'x' } as never }),
		'invalid_value',
		'description'
	],
	['negative budget', project({ budget: -1 }), 'invalid_number', 'budget'],
	['negative budget on update', change({ budget: -0.01 }), 'invalid_number', 'budget'],
	['NaN budget', project({ budget: Number.NaN }), 'invalid_number', 'budget'],
	['NaN budget on update', change({ budget: Number.NaN }), 'invalid_number', 'budget'],
	['infinite budget', project({ budget: Infinity }), 'invalid_number', 'budget'],
	['budget as text', change({ budget: '100' as never }), 'invalid_number', 'budget'],
	['priority 11', project({ priority: 11 }), 'invalid_number', 'priority'],
	['priority 11 on update', change({ priority: 11 }), 'invalid_number', 'priority'],
	['priority -1', change({ priority: -1 }), 'invalid_number', 'priority'],
	[
		'funding source of layout 1 ("grant")',
		project({ fundingSource: 'grant' as never }),
		'invalid_value',
		'fundingSource'
	],
	['unknown status', change({ status: 'idea' as never }), 'invalid_value', 'status'],
	['end before start', project({ start: '2020-01-01', end: '2019-12-31' }), 'date_order', 'end'],
	['end moved before the stored start', change({ end: '2018-12-31' }), 'date_order', 'end'],
	['start moved after the stored end', change({ start: '2020-01-01' }), 'date_order', 'end'],
	['both dates swapped on update', change({ start: '2019-12-31', end: '2019-01-01' }), 'date_order', 'end'],
	['start on a day that does not exist', project({ start: '2019-02-29' }), 'invalid_date', 'start'],
	['start month 13', change({ start: '2019-13-01' }), 'invalid_date', 'start'],
	['end without leading zeros', change({ end: '2019-1-5' }), 'invalid_date', 'end'],
	['end as a timestamp', project({ end: '2019-05-01T00:00:00Z' }), 'invalid_date', 'end'],
	['unknown lead', project({ leadActorId: 'ghost' }), 'dangling_link', 'leadActorId'],
	['an objective as lead', change({ leadActorId: 'o1' }), 'dangling_link', 'leadActorId'],
	['unknown partner', project({ partnerIds: ['mill', 'ghost'] }), 'dangling_link', 'partnerIds'],
	['partners not a list', change({ partnerIds: 'mill' as never }), 'invalid_value', 'partnerIds'],
	['unknown objective', project({ objectiveIds: ['ghost'] }), 'dangling_link', 'objectiveIds'],
	['a line as objective', change({ objectiveIds: ['l1'] }), 'dangling_link', 'objectiveIds'],
	['update of an unknown project', (d) => P.updateProject(d, 'ghost', { budget: 1 }), 'not_found', 'id'],
	['unknown project removed', (d) => P.removeProject(d, 'ghost'), 'not_found', 'id']
];

const indicator = (input: Partial<P.IndicatorInput>) => (d: Y.Doc) =>
	P.addIndicator(d, { name: 'New', ...input });
const edit = (input: P.IndicatorUpdate) => (d: Y.Doc) => P.updateIndicator(d, 'i1', input);

const indicatorCases: Case[] = [
	...blank.map((name): Case => [
		'indicator without a name',
		indicator({ name: asInput(name) }),
		'required',
		'name'
	]),
	['indicator name blanked', edit({ name: '' }), 'required', 'name'],
	[
		'indicator name in an unknown language',
		edit({ name: { en: 'x', it: 'y' } as never }),
		'invalid_value',
		'name'
	],
	['unknown level', indicator({ level: 'input' as never }), 'invalid_value', 'level'],
	['unknown level on update', edit({ level: 'goal' as never }), 'invalid_value', 'level'],
	['unknown frequency', indicator({ frequency: 'daily' as never }), 'invalid_value', 'frequency'],
	['unknown frequency on update', edit({ frequency: 'weekly' as never }), 'invalid_value', 'frequency'],
	['cumulative as text', edit({ cumulative: 'true' as never }), 'invalid_value', 'cumulative'],
	['target for a year that is not a year', indicator({ targets: { soon: 3 } }), 'invalid_number', 'targets'],
	['target for year 25', edit({ targets: { 25: 3 } }), 'invalid_number', 'targets'],
	['target for year 2025.5', edit({ targets: { '2025.5': 3 } }), 'invalid_number', 'targets'],
	['target that is not a number', indicator({ targets: { 2025: Number.NaN } }), 'invalid_number', 'targets'],
	['targets as a list', edit({ targets: [1, 2] as never }), 'invalid_value', 'targets'],
	['one target for year 1800', (d) => P.setIndicatorTarget(d, 'i1', 1800, 1), 'invalid_number', 'year'],
	['one target of Infinity', (d) => P.setIndicatorTarget(d, 'i1', 2025, Infinity), 'invalid_number', 'value'],
	['baseline that is not a number', indicator({ baseline: Number.NaN }), 'invalid_number', 'baseline'],
	['baseline year with a fraction', edit({ baselineYear: 2018.5 }), 'invalid_number', 'baselineYear'],
	['empty code', indicator({ code: '' }), 'invalid_value', 'code'],
	['code starting with a digit', indicator({ code: '1EXP' }), 'invalid_value', 'code'],
	['code with a space', edit({ code: 'EXP 1' }), 'invalid_value', 'code'],
	['code with an operator', edit({ code: 'A+B' }), 'invalid_value', 'code'],
	['code that is not text', edit({ code: 7 as never }), 'invalid_value', 'code'],
	['code another indicator has', indicator({ code: 'EXP' }), 'duplicate_code', 'code'],
	['link to an unknown item', indicator({ linkId: 'ghost' }), 'dangling_link', 'linkId'],
	['link to an action', edit({ linkId: 'x1' }), 'dangling_link', 'linkId'],
	['formula that does not parse', indicator({ formula: 'EXP +' }), 'invalid_formula', 'formula'],
	['formula with an unknown code', indicator({ formula: 'EXP + JOBS' }), 'dangling_link', 'formula'],
	['formula on itself', edit({ formula: 'EXP * 2' }), 'formula_cycle', 'formula'],
	['source that is not text', edit({ source: 1 as never }), 'invalid_value', 'source'],
	['update of an unknown indicator', (d) => P.updateIndicator(d, 'ghost', { unit: 't' }), 'not_found', 'id'],
	['target of an unknown indicator', (d) => P.setIndicatorTarget(d, 'ghost', 2025, 1), 'not_found', 'id'],
	['unknown indicator removed', (d) => P.removeIndicator(d, 'p1'), 'not_found', 'id']
];

const commentCases: Case[] = [
	[
		'comment on an unknown item',
		(d) => P.addComment(d, { anchorId: 'ghost', author: 'Dana', text: 'x' }),
		'dangling_link',
		'anchorId'
	],
	[
		'comment without text',
		(d) => P.addComment(d, { anchorId: 'o1', author: 'Dana', text: ' ' }),
		'required',
		'text'
	],
	[
		'mentions that are not usernames',
		(d) => P.addComment(d, { anchorId: 'o1', author: 'Dana', text: 'x', mentions: [3] as never }),
		'invalid_value',
		'mentions'
	],
	[
		'reply to an unknown comment',
		(d) => P.addComment(d, { anchorId: 'o1', replyTo: 'ghost', author: 'Dana', text: 'x' }),
		'not_found',
		'replyTo'
	],
	['unknown comment resolved', (d) => P.resolveComment(d, 'ghost'), 'not_found', 'id']
];

describe.each([
	['the strategy editor', strategyCases],
	['the project editor', projectCases],
	['the indicator editor', indicatorCases],
	['comments', commentCases]
])('%s', (_, cases) => {
	const doc = plan();
	it.each(cases)('refuses %s, writing nothing', (_what, run, code, field) => {
		expectRefused(doc, () => run(doc), code, field);
	});
});

describe('any bad value', () => {
	const doc = plan();
	const negative = fc.double({ max: -Number.MIN_VALUE, noNaN: true });
	const beyondTen = fc.double({ min: 10, minExcluded: true, noNaN: true });
	const day = fc
		.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
		.map((date) => date.toISOString().slice(0, 10));

	it('negative budget is refused on add and update and leaves the plan unchanged', () => {
		fc.assert(
			fc.property(negative, (budget) => {
				expectRefused(doc, () => P.addProject(doc, { title: 'x', budget }), 'invalid_number', 'budget');
				expectRefused(doc, () => P.updateProject(doc, 'p1', { budget }), 'invalid_number', 'budget');
			})
		);
	});

	it('priority outside 0–10 is refused', () => {
		fc.assert(
			fc.property(fc.oneof(negative, beyondTen), (priority) => {
				expectRefused(doc, () => P.updateProject(doc, 'p1', { priority }), 'invalid_number', 'priority');
			})
		);
	});

	it('date that is not a calendar day written YYYY-MM-DD is refused', () => {
		const notADay = fc.oneof(
			fc.string().filter((text) => !/^\d{4}-\d{2}-\d{2}$/.test(text)),
			fc
				.tuple(
					fc.integer({ min: 1000, max: 9999 }),
					fc.integer({ min: 13, max: 99 }),
					fc.integer({ min: 1, max: 28 })
				)
				.map(([y, m, d]) => `${y}-${m}-${String(d).padStart(2, '0')}`),
			fc
				.tuple(
					fc.integer({ min: 1000, max: 9999 }),
					fc.integer({ min: 1, max: 12 }),
					fc.integer({ min: 32, max: 99 })
				)
				.map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${d}`)
		);
		fc.assert(
			fc.property(notADay, (text) => {
				expectRefused(doc, () => P.addProject(doc, { title: 'x', start: text }), 'invalid_date', 'start');
				expectRefused(doc, () => P.updateProject(doc, 'p1', { end: text }), 'invalid_date', 'end');
				expectRefused(doc, () => P.updateAction(doc, 'x1', { dueDate: text }), 'invalid_date', 'dueDate');
			})
		);
	});

	it('end before start is refused, on add and against the stored start on update', () => {
		fc.assert(
			fc.property(day, day, (one, other) => {
				fc.pre(one !== other);
				const [start, end] = one < other ? [other, one] : [one, other];
				expectRefused(doc, () => P.addProject(doc, { title: 'x', start, end }), 'date_order', 'end');
				expectRefused(doc, () => P.updateProject(doc, 'p1', { start, end }), 'date_order', 'end');
				if (end < '2019-01-01') {
					expectRefused(doc, () => P.updateProject(doc, 'p1', { end }), 'date_order', 'end');
				}
			})
		);
	});

	it('title blank in every language is refused wherever a title is required', () => {
		const spaces = fc.stringMatching(/^[ \t\n]*$/);
		const blankText = fc.oneof(
			spaces,
			fc.record({ ru: spaces, kk: spaces, en: spaces }, { requiredKeys: [] })
		) as fc.Arbitrary<P.LocalizedInput>;
		fc.assert(
			fc.property(blankText, (title) => {
				expectRefused(doc, () => P.addLine(doc, { title }), 'required', 'title');
				expectRefused(doc, () => P.addObjective(doc, { lineId: 'l1', title }), 'required', 'title');
				expectRefused(doc, () => P.addAction(doc, { objectiveId: 'o1', title }), 'required', 'title');
				expectRefused(doc, () => P.addProject(doc, { title }), 'required', 'title');
				expectRefused(doc, () => P.addIndicator(doc, { name: title }), 'required', 'name');
			}),
			{ numRuns: 50 }
		);
	});

	it('language key other than ru, kk and en is refused', () => {
		const unknownLang = fc.string({ minLength: 1, maxLength: 5 }).filter((key) => !P.isLang(key));
		fc.assert(
			fc.property(unknownLang, fc.string(), (lang, text) => {
				const title = { en: 'Markets', [lang]: text } as P.LocalizedInput;
				expectRefused(doc, () => P.updateLine(doc, 'l1', { title }), 'invalid_value', 'title');
				expectRefused(doc, () => P.updateStrategy(doc, { vision: title }), 'invalid_value', 'vision');
			}),
			{ numRuns: 50 }
		);
	});

	it('leaves every refused operation above without trace in the plan', () => {
		expect(P.validatePlan(P.snapshot(doc))).toEqual([]);
		expect(P.snapshot(doc)).toEqual(P.snapshot(plan()));
	});
});
