// Default column and step names (SWOT, "Brainstorm", "Ideas") are stored as keys and shown in each
// reader's language; a typed name stays as typed; workshops stored before keys are read by their
// title when it is exactly a default name; the summary names them in the three languages.
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { snapshot } from '../../../src/lib/plan';
import { part, runningWorkshopMap } from '../../../src/lib/plan/workshop/layout';
import { readWorkshops, runningWorkshop, workshopSummary } from '../../../src/lib/plan/workshop';
import { workshopName, workshopNames } from '$lib/workshop-names';
import { agendaOf, columnsOf, firstStep, presetColumns, stepsOf } from '$lib/components/workshop/live-drafts';
import { facilitator, op, refusalCode, workshopPlan } from './fixture';

afterEach(() => overwriteGetLocale(() => 'en'));

function startWith(columns: Record<string, unknown>[], agenda: Record<string, unknown>[] = []) {
	const doc = workshopPlan();
	op(doc, facilitator, 'start', { title: 'Стратегическая сессия', agenda, columns });
	return doc;
}

describe('default names of columns and steps', () => {
	it('stores a default as its key beside the title, and refuses a key it does not know', () => {
		const doc = startWith(
			[{ title: 'Сильные стороны', defaultName: 'swot.strengths' }, { title: 'Наши идеи' }],
			[{ title: 'Мозговой штурм', defaultName: 'agenda.brainstorm', minutes: 20, page: 'board' }]
		);
		const w = runningWorkshop(doc)!;
		expect(w.columns.map((c) => [c.title, c.defaultName])).toEqual([
			['Сильные стороны', 'swot.strengths'],
			['Наши идеи', null]
		]);
		expect(w.agenda.map((s) => [s.title, s.defaultName])).toEqual([['Мозговой штурм', 'agenda.brainstorm']]);
		const fresh = workshopPlan();
		expect(
			refusalCode(() =>
				op(fresh, facilitator, 'start', { title: 'W', columns: [{ title: 'A', defaultName: 'swot.luck' }] })
			)
		).toBe('invalid_value');
		// Adding a minute keeps the step's default.
		op(doc, facilitator, 'timer', { action: 'start' });
		op(doc, facilitator, 'timer', { action: 'add', minutes: 1 });
		expect(runningWorkshop(doc)!.agenda[0]).toMatchObject({ minutes: 21, defaultName: 'agenda.brainstorm' });
	});

	it('shows a default in each reader’s language and a typed name as typed', () => {
		const [strengths, typed] = runningWorkshop(
			startWith([{ title: 'Strengths', defaultName: 'swot.strengths' }, { title: 'Strengths of mills' }])
		)!.columns;
		expect(workshopNames(strengths!)).toEqual({
			ru: 'Сильные стороны',
			kk: 'Күшті жақтары',
			en: 'Strengths'
		});
		expect(workshopNames(typed!)).toEqual({
			ru: 'Strengths of mills',
			kk: 'Strengths of mills',
			en: 'Strengths of mills'
		});
		overwriteGetLocale(() => 'ru');
		expect(workshopName(strengths!)).toBe('Сильные стороны');
		overwriteGetLocale(() => 'kk');
		expect(workshopName({ title: 'Brainstorm', defaultName: 'agenda.brainstorm' })).toBe(
			workshopNames({ title: '', defaultName: 'agenda.brainstorm' }).kk
		);
	});

	it('reads a workshop stored before keys by its title when it is exactly a default name, in any language', () => {
		const doc = startWith(
			[{ title: 'Strengths' }, { title: 'Слабые стороны' }, { title: 'Strengths!' }],
			[{ title: 'Brainstorm', minutes: 10, page: 'board' }]
		);
		// As stored then: no key at all in the document.
		const workshop = runningWorkshopMap(doc)!;
		for (const name of ['columns', 'agenda'] as const)
			for (const [id, entry] of part<Record<string, unknown>>(workshop, name).entries()) {
				const old = { ...entry };
				delete old.defaultName;
				part(workshop, name).set(id, old);
			}
		const w = readWorkshops(doc)[0]!;
		expect(w.columns.map((c) => c.defaultName)).toEqual([null, null, null]);
		overwriteGetLocale(() => 'ru');
		expect(w.columns.map((c) => workshopName(c))).toEqual([
			'Сильные стороны',
			'Слабые стороны',
			'Strengths!'
		]);
		expect(workshopName(w.agenda[0]!)).toBe('Мозговой штурм');
		overwriteGetLocale(() => 'en');
		expect(workshopName(w.columns[1]!)).toBe('Weaknesses');
	});

	it('sends a preset row as its default until the facilitator types another name', () => {
		overwriteGetLocale(() => 'ru');
		const columns = presetColumns('swot', []);
		columns[1]!.title = 'Слабые места мельниц';
		expect(columnsOf(columns)).toEqual([
			{ title: 'Сильные стороны', defaultName: 'swot.strengths', lineId: null },
			{ title: 'Слабые места мельниц', defaultName: null, lineId: null },
			{ title: 'Возможности', defaultName: 'swot.opportunities', lineId: null },
			{ title: 'Угрозы', defaultName: 'swot.threats', lineId: null }
		]);
		expect(columnsOf(presetColumns('custom', []))[0]!.defaultName).toBe('column.ideas');
		const step = firstStep();
		expect(agendaOf([step])).toEqual([
			{ title: 'Мозговой штурм', defaultName: 'agenda.brainstorm', minutes: 20, page: 'board' }
		]);
		// A running agenda edited in another language keeps its defaults (an English title stored
		// before keys included) and sends them back as keys.
		const rows = stepsOf([
			{ id: 's1', title: 'Brainstorm', defaultName: null, minutes: 10, page: 'board', order: 1 },
			{ id: 's2', title: 'Map review', defaultName: null, minutes: 5, page: 'map', order: 2 }
		]);
		expect(rows.map((row) => row.title)).toEqual(['Мозговой штурм', 'Map review']);
		expect(agendaOf(rows).map((row) => row.defaultName)).toEqual(['agenda.brainstorm', null]);
	});

	it('names columns and steps in the three languages in the summary', () => {
		const doc = startWith(
			[{ title: 'Угрозы', defaultName: 'swot.threats' }],
			[{ title: 'Brainstorm', defaultName: 'agenda.brainstorm', minutes: 15, page: 'board' }]
		);
		const summary = workshopSummary(readWorkshops(doc)[0]!, snapshot(doc), workshopNames);
		expect(summary.columns[0]).toMatchObject({
			title: 'Угрозы',
			defaultName: 'swot.threats',
			name: { ru: 'Угрозы', en: 'Threats' }
		});
		expect(summary.agenda[0]!.name.ru).toBe('Мозговой штурм');
		// Without names given, the domain names a column by its title alone.
		expect(workshopSummary(readWorkshops(doc)[0]!, snapshot(doc)).columns[0]!.name.en).toBe('Угрозы');
	});
});
