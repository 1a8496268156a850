// A translation revised in one language marks the others as possibly outdated until they are
// written or confirmed; the marks merge when two people revise two languages at once, and the
// door accepts them as the layout declares them and refuses anything else under their keys.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { exchange, newPlan, peerOf } from './plan-fixture';

/** A plan with one objective titled in all three languages. */
function plan(): Y.Doc {
	const doc = newPlan();
	P.addLine(doc, { id: 'l1', title: { ru: 'Рынки', en: 'Markets' } });
	P.addObjective(doc, {
		id: 'o1',
		lineId: 'l1',
		title: { ru: 'Экспорт муки', kk: 'Ұн экспорты', en: 'Flour exports' }
	});
	return doc;
}

const objective = (doc: Y.Doc) => P.snapshot(doc).strategy.lines[0]!.objectives[0]!;

describe('a revised translation', () => {
	it('marks the other languages holding text as possibly outdated by the one revised', () => {
		const doc = plan();
		expect(objective(doc).outdated).toBeUndefined();
		P.updateObjective(doc, 'o1', { title: { en: 'Flour and bran exports' } });
		expect(objective(doc).outdated).toEqual({ title: { ru: 'en', kk: 'en' } });
		// The line's Kazakh title is empty: nothing there to be outdated.
		P.updateLine(doc, 'l1', { title: { en: 'Export markets' } });
		expect(P.snapshot(doc).strategy.lines[0]!.outdated).toEqual({ title: { ru: 'en' } });
	});

	it('outdates nothing when a language is written for the first time or cleared', () => {
		const doc = plan();
		P.updateLine(doc, 'l1', { title: { kk: 'Нарықтар' } });
		P.updateObjective(doc, 'o1', { title: { kk: '' } });
		expect(P.snapshot(doc).strategy.lines[0]!.outdated).toBeUndefined();
		expect(objective(doc).outdated).toBeUndefined();
	});

	it('is cleared in a language when that language is written', () => {
		const doc = plan();
		P.updateObjective(doc, 'o1', { title: { en: 'Flour and bran exports' } });
		P.updateObjective(doc, 'o1', { title: { ru: 'Экспорт муки и отрубей' } });
		// Russian is now the newest: Kazakh and English are marked by it.
		expect(objective(doc).outdated).toEqual({ title: { kk: 'ru', en: 'ru' } });
		P.updateObjective(doc, 'o1', {
			title: { kk: 'Ұн мен кебек экспорты', en: 'Flour and bran exports, 2025' }
		});
		expect(objective(doc).outdated).toEqual({ title: { ru: 'kk' } });
	});

	it('is cleared for everyone when someone confirms it still correct', () => {
		const doc = plan();
		const peer = peerOf(doc);
		P.updateObjective(doc, 'o1', { title: { en: 'Flour and bran exports' } });
		exchange(doc, peer);
		P.confirmTranslation(peer, { collection: 'objectives', id: 'o1', field: 'title' }, 'ru');
		exchange(doc, peer);
		expect(objective(doc).outdated).toEqual({ title: { kk: 'en' } });
		expect(objective(doc).title.ru).toBe('Экспорт муки');
	});

	it('marks the vision, indicator names, project titles and descriptions alike, by field name', () => {
		const doc = plan();
		P.updateStrategy(doc, { vision: { ru: 'Лидер', en: 'Leader' } });
		P.updateStrategy(doc, { vision: { ru: 'Лидер региона' } });
		expect(P.snapshot(doc).strategy.outdated).toEqual({ vision: { en: 'ru' } });
		P.confirmTranslation(doc, { collection: 'strategy', field: 'vision' }, 'en');
		expect(P.snapshot(doc).strategy.outdated).toBeUndefined();

		P.addProject(doc, {
			id: 'p1',
			title: { ru: 'Лаборатория', en: 'Lab' },
			description: { ru: 'Одна', en: 'One' }
		});
		P.updateProject(doc, 'p1', { description: { ru: 'Две' } });
		expect(P.snapshot(doc).projects[0]!.outdated).toEqual({ description: { en: 'ru' } });
		P.addIndicator(doc, { id: 'i1', code: 'EXP1', name: { ru: 'Экспорт', kk: 'Экспорт' } });
		P.updateIndicator(doc, 'i1', { name: { kk: 'Экспорт көлемі' } });
		expect(P.snapshot(doc).indicators[0]!.outdated).toEqual({ name: { ru: 'kk' } });
	});

	it('marks after a description typed into in place, as its editor closes', () => {
		const doc = plan();
		P.updateObjective(doc, 'o1', { description: { ru: 'Мука', en: 'Flour' } });
		const place = { collection: 'objectives', id: 'o1', field: 'description' } as const;
		// The editor writes characters into the fragment, not an operation.
		const english = P.descriptionFragment(doc, 'objectives', 'o1', 'en')!;
		const paragraph = english.get(0) as Y.XmlElement;
		(paragraph.get(0) as Y.XmlText).insert(5, ' and bran');
		P.noteRevision(doc, place, 'en', 'Flour');
		expect(objective(doc).outdated).toEqual({ description: { ru: 'en' } });
		// Opening and closing the editor without a change marks nothing more.
		P.noteRevision(doc, place, 'ru', 'Мука');
		expect(objective(doc).outdated).toEqual({ description: { ru: 'en' } });
	});

	it('refuses to confirm a field that has no languages', () => {
		const doc = plan();
		expect(() =>
			P.confirmTranslation(doc, { collection: 'objectives', id: 'o1', field: 'lineId' }, 'ru')
		).toThrow(P.PlanError);
		expect(() =>
			P.confirmTranslation(doc, { collection: 'objectives', id: 'gone', field: 'title' }, 'ru')
		).toThrow(P.PlanError);
	});
});

describe('two people revising two languages at once', () => {
	it('each mark the other, and both marks stay until each is settled', () => {
		const a = plan();
		const b = peerOf(a);
		P.updateObjective(a, 'o1', { title: { en: 'Flour and bran exports' } });
		P.updateObjective(b, 'o1', { title: { ru: 'Экспорт муки и отрубей' } });
		exchange(a, b);
		const merged = objective(a);
		expect(objective(b)).toEqual(merged);
		// Each wrote without seeing the other's change, so each translation may be behind the other.
		expect(merged.outdated?.title?.ru).toBe('en');
		expect(merged.outdated?.title?.en).toBe('ru');
		expect(merged.outdated?.title?.kk).toMatch(/^(ru|en)$/);
		expect(merged.title).toEqual({
			ru: 'Экспорт муки и отрубей',
			kk: 'Ұн экспорты',
			en: 'Flour and bran exports'
		});
	});

	it('a translator writing Russian while another confirms Kazakh keeps both', () => {
		const a = plan();
		P.updateObjective(a, 'o1', { title: { en: 'Flour and bran exports' } });
		const b = peerOf(a);
		P.updateObjective(a, 'o1', { title: { ru: 'Экспорт муки и отрубей' } });
		P.confirmTranslation(b, { collection: 'objectives', id: 'o1', field: 'title' }, 'kk');
		exchange(a, b);
		// Russian was revised after English: English and Kazakh are marked by it on a; b's confirm
		// removed the older Kazakh mark only, which a had already replaced.
		expect(objective(a)).toEqual(objective(b));
		expect(objective(a).outdated).toEqual({ title: { kk: 'ru', en: 'ru' } });
	});
});

/** A browser's copy of `server` whose next write goes through the door's check. */
function door(server: Y.Doc) {
	const doc = peerOf(server);
	return (write: (doc: Y.Doc) => void): string[] => {
		const vector = Y.encodeStateVector(doc);
		write(doc);
		const found: string[] = [];
		const inspect = (tr: Y.Transaction) => {
			if (tr.origin === 'client')
				for (const problem of P.checkWrite(server, tr).problems)
					found.push(`${problem.path} ${problem.code}`);
		};
		server.on('afterTransaction', inspect);
		Y.applyUpdate(server, Y.encodeStateAsUpdate(doc, vector), 'client');
		server.off('afterTransaction', inspect);
		return found;
	};
}

describe('the door', () => {
	const item = (doc: Y.Doc) => doc.getMap('objectives').get('o1') as Y.Map<unknown>;

	it('accepts marks set by a revision and removed by a confirm', () => {
		const server = plan();
		const send = door(server);
		expect(send((doc) => P.updateObjective(doc, 'o1', { title: { en: 'Flour and bran exports' } }))).toEqual(
			[]
		);
		expect(
			send((doc) => P.confirmTranslation(doc, { collection: 'objectives', id: 'o1', field: 'title' }, 'ru'))
		).toEqual([]);
		expect(objective(server).outdated).toEqual({ title: { kk: 'en' } });
		expect(P.checkDocument(server)).toEqual([]);
	});

	it('refuses junk under a mark key and marks of fields the layout has not', () => {
		const send = door(plan());
		expect(send((doc) => item(doc).set('title.ru.outdated', 'fr'))).toEqual([
			'objectives/o1/title.ru.outdated invalid_value'
		]);
		expect(send((doc) => item(doc).set('title.ru.outdated', true))).toEqual([
			'objectives/o1/title.ru.outdated invalid_value'
		]);
		expect(send((doc) => item(doc).set('owner.ru.outdated', 'en'))).toEqual([
			'objectives/o1/owner.ru.outdated unknown_field'
		]);
		expect(send((doc) => item(doc).set('title.fr.outdated', 'en'))).toEqual([
			'objectives/o1/title.fr.outdated unknown_field'
		]);
	});
});
