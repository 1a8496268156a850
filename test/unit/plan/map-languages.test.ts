// Stage names, actor names, the labels of free nodes and indicator units in three languages, as
// titles are: set per language, read in the reader's language with a marked fallback, a one-string
// value from before the languages read in the language its letters tell, and the layout's check
// letting the per-language keys through and nothing else.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { en, expectRefused, newPlan } from './plan-fixture';

const CLIENT = 'client';

/** A plan with one stage, one actor shown by a node, one free node and one indicator. */
function plan(): Y.Doc {
	const doc = newPlan();
	P.addStage(doc, { id: 's1', title: { ru: 'Переработка', kk: 'Өңдеу', en: 'Processing' } });
	P.addActor(doc, { id: 'a1', name: { ru: 'ТОО «Иволга»', en: 'Ivolga LLP' }, kind: 'firm' });
	P.addNode(doc, { id: 'n1', actorId: 'a1', stageId: 's1', x: 0, y: 0 });
	P.addNode(doc, { id: 'n2', label: { ru: 'Экспорт' }, kind: 'market', x: 300, y: 0 });
	P.addIndicator(doc, { id: 'i1', code: 'EXP', name: 'Exports', unit: { ru: 'тыс. т', en: 'thousand t' } });
	return doc;
}

/** Writes `write` on a browser's copy of `server` and returns the door's problems, as `path code`. */
function throughDoor(server: Y.Doc, write: (doc: Y.Doc) => void): string[] {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
	const vector = Y.encodeStateVector(doc);
	write(doc);
	let problems: P.WriteProblem[] = [];
	const inspect = (tr: Y.Transaction) => {
		if (tr.origin === CLIENT) problems = P.checkWrite(server, tr).problems;
	};
	server.on('afterTransaction', inspect);
	Y.applyUpdate(server, Y.encodeStateAsUpdate(doc, vector), CLIENT);
	server.off('afterTransaction', inspect);
	return problems.map((problem) => `${problem.path} ${problem.code}`);
}

/** Replaces the languages of `field` of an item by one string, as a document from before them held it. */
function asOneString(doc: Y.Doc, collection: string, id: string, field: string, text: string): void {
	const item = doc.getMap<Y.Map<unknown>>(collection).get(id)!;
	doc.transact(() => {
		for (const lang of P.LANGS) item.delete(`${field}.${lang}`);
		item.set(field, text);
	});
}

describe('stage names, actor names, node labels and units', () => {
	it('are held per language, and a node shows its actor name in every language', () => {
		const data = P.snapshot(plan());
		expect(data.map.stages[0]?.title).toEqual({ ru: 'Переработка', kk: 'Өңдеу', en: 'Processing' });
		expect(data.actors[0]?.name).toEqual({ ru: 'ТОО «Иволга»', kk: '', en: 'Ivolga LLP' });
		expect(data.map.nodes.map((node) => node.label)).toEqual([
			{ ru: 'ТОО «Иволга»', kk: '', en: 'Ivolga LLP' },
			{ ru: 'Экспорт', kk: '', en: '' }
		]);
		expect(data.indicators[0]?.unit).toEqual({ ru: 'тыс. т', kk: '', en: 'thousand t' });
	});

	it('change only the languages given, and a plain string still sets English', () => {
		const doc = plan();
		P.updateStage(doc, 's1', { title: { kk: 'Қайта өңдеу' } });
		P.updateActor(doc, 'a1', { name: { kk: '«Иволга» ЖШС' } });
		P.updateNode(doc, 'n2', { label: 'Export' });
		P.updateIndicator(doc, 'i1', { unit: { kk: 'мың т' } });
		const data = P.snapshot(doc);
		expect(data.map.stages[0]?.title).toEqual({ ru: 'Переработка', kk: 'Қайта өңдеу', en: 'Processing' });
		expect(data.map.nodes[0]?.label).toEqual({ ru: 'ТОО «Иволга»', kk: '«Иволга» ЖШС', en: 'Ivolga LLP' });
		expect(data.map.nodes[1]?.label).toEqual({ ru: 'Экспорт', kk: '', en: 'Export' });
		expect(data.indicators[0]?.unit).toEqual({ ru: 'тыс. т', kk: 'мың т', en: 'thousand t' });
		const doc2 = newPlan();
		P.addStage(doc2, { id: 's', title: 'Inputs' });
		expect(P.snapshot(doc2).map.stages[0]?.title).toEqual(en('Inputs'));
	});

	it('show a reader the text in their language, or another marked as a fallback', () => {
		const data = P.snapshot(plan());
		expect(P.textIn(data.map.stages[0]!.title, 'kk')).toEqual({ text: 'Өңдеу', lang: 'kk', fallback: false });
		expect(P.textIn(data.actors[0]!.name, 'kk')).toEqual({
			text: 'ТОО «Иволга»',
			lang: 'ru',
			fallback: true
		});
		expect(P.textIn(data.map.nodes[1]!.label, 'en')).toEqual({ text: 'Экспорт', lang: 'ru', fallback: true });
		expect(P.missingLangs(data.indicators[0]!.unit)).toEqual(['kk']);
	});

	it('must stay written in one language, except a unit, which a plain count does without', () => {
		const doc = plan();
		expectRefused(
			doc,
			() => P.updateStage(doc, 's1', { title: { ru: '', kk: ' ', en: '' } }),
			'required',
			'title'
		);
		expectRefused(doc, () => P.updateActor(doc, 'a1', { name: { ru: '', en: '' } }), 'required', 'name');
		expectRefused(doc, () => P.addNode(doc, { label: { kk: '' }, x: 0, y: 0 }), 'required', 'label');
		expectRefused(doc, () => P.addStage(doc, { title: { de: 'Input' } as never }), 'invalid_value', 'title');
		expectRefused(
			doc,
			() => P.updateIndicator(doc, 'i1', { unit: { ru: 'x'.repeat(501) } }),
			'too_long',
			'unit'
		);
		P.updateIndicator(doc, 'i1', { unit: { ru: '', en: '' } });
		expect(P.snapshot(doc).indicators[0]?.unit).toEqual(P.emptyLocalized());
	});
});

describe('a one-string value written before the languages', () => {
	it('reads in the language its letters tell', () => {
		const doc = plan();
		asOneString(doc, 'stages', 's1', 'title', 'Сырьё');
		asOneString(doc, 'actors', 'a1', 'name', 'Ivolga Holding');
		asOneString(doc, 'nodes', 'n2', 'label', 'Экспорт: Өзбекстан');
		asOneString(doc, 'indicators', 'i1', 'unit', 'тонн');
		const data = P.snapshot(doc);
		expect(data.map.stages[0]?.title).toEqual({ ru: 'Сырьё', kk: '', en: '' });
		expect(data.actors[0]?.name).toEqual(en('Ivolga Holding'));
		expect(data.map.nodes[1]?.label).toEqual({ ru: '', kk: 'Экспорт: Өзбекстан', en: '' });
		expect(data.indicators[0]?.unit).toEqual({ ru: 'тонн', kk: '', en: '' });
		expect(P.validatePlan(data)).toEqual([]);
		expect(P.checkDocument(doc)).toEqual([]);
	});

	it('keeps its text in that language when a translation is added', () => {
		const doc = plan();
		asOneString(doc, 'stages', 's1', 'title', 'Сырьё');
		asOneString(doc, 'indicators', 'i1', 'unit', 't');
		P.updateStage(doc, 's1', { title: { kk: 'Шикізат' } });
		P.updateIndicator(doc, 'i1', { unit: { ru: 'т' } });
		const data = P.snapshot(doc);
		expect(data.map.stages[0]?.title).toEqual({ ru: 'Сырьё', kk: 'Шикізат', en: '' });
		expect(data.indicators[0]?.unit).toEqual({ ru: 'т', kk: '', en: 't' });
		expect(P.checkDocument(doc)).toEqual([]);
	});
});

describe('the layout check of the new keys', () => {
	it('lets a browser write each language and refuses other keys, kinds and lengths', () => {
		const server = plan();
		expect(
			throughDoor(server, (doc) => {
				doc.getMap<Y.Map<unknown>>('stages').get('s1')!.set('title.kk', 'Өңдеу кезеңі');
				doc.getMap<Y.Map<unknown>>('actors').get('a1')!.set('name.kk', '«Иволга» ЖШС');
				doc.getMap<Y.Map<unknown>>('nodes').get('n2')!.set('label.en', 'Export');
				doc.getMap<Y.Map<unknown>>('indicators').get('i1')!.set('unit.kk', 'мың т');
			})
		).toEqual([]);
		expect(
			throughDoor(server, (doc) => {
				doc.getMap<Y.Map<unknown>>('stages').get('s1')!.set('title.de', 'Verarbeitung');
				doc.getMap<Y.Map<unknown>>('actors').get('a1')!.set('name.ru', 42);
				doc.getMap<Y.Map<unknown>>('indicators').get('i1')!.set('unit.en', 'x'.repeat(501));
				doc.getMap<Y.Map<unknown>>('stages').get('s1')!.delete('title.kk');
			}).sort()
		).toEqual([
			'actors/a1/name.ru invalid_value',
			'indicators/i1/unit.en too_long',
			'stages/s1/title.de unknown_field',
			'stages/s1/title.kk required'
		]);
	});

	it('wants a new stage named in one language, or by one string as an old document holds it', () => {
		const server = plan();
		const stage = (fields: Record<string, unknown>) => (doc: Y.Doc) => {
			const item = new Y.Map<unknown>();
			for (const [key, value] of Object.entries({ order: 9, ...fields })) item.set(key, value);
			doc.getMap('stages').set('s9', item);
		};
		expect(throughDoor(server, stage({ 'title.ru': '', 'title.kk': '', 'title.en': '' }))).toEqual([
			'stages/s9/title required'
		]);
		expect(throughDoor(server, stage({ title: 'Markets' }))).toEqual([]);
	});
});
