import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { checkDocument } from '../../../src/lib/plan/document-check';
import { expectRefused, newPlan } from './plan-fixture';

describe('guessing the language of a text written before it had languages', () => {
	it('takes a text with a Kazakh-specific letter as Kazakh, other Cyrillic as Russian and the rest as English', () => {
		expect(P.guessLang('Қостанай облысының ұн тарту кластері')).toBe('kk');
		// One letter is enough, in either case: і and Ү are not Russian letters.
		expect(P.guessLang('Алматы і')).toBe('kk');
		expect(P.guessLang('ҮЙ')).toBe('kk');
		expect(P.guessLang('Кластер мукомольной отрасли Костанайской области')).toBe('ru');
		expect(P.guessLang('Ёлка')).toBe('ru');
		// A name the two languages spell alike reads as Russian: nothing in it is Kazakh-only.
		expect(P.guessLang('Алматы')).toBe('ru');
		expect(P.guessLang('Flour cluster of Kostanay region')).toBe('en');
		expect(P.guessLang('2019–2025')).toBe('en');
	});

	it('puts one text in its guessed language, trimmed, and nothing anywhere for a blank one', () => {
		expect(P.inGuessedLang(' Мебельный кластер ')).toEqual({ ru: 'Мебельный кластер', kk: '', en: '' });
		expect(P.inGuessedLang('Жиһаз кластері')).toEqual({ ru: '', kk: 'Жиһаз кластері', en: '' });
		expect(P.inGuessedLang('Furniture')).toEqual({ ru: '', kk: '', en: 'Furniture' });
		expect(P.inGuessedLang('   ')).toEqual({ ru: '', kk: '', en: '' });
	});

	it('gives the first language written, in the editors’ order, as the one line', () => {
		expect(P.firstWritten({ ru: '', kk: 'Жоспар', en: 'Plan' })).toBe('Жоспар');
		expect(P.firstWritten({ ru: 'План', kk: 'Жоспар', en: 'Plan' })).toBe('План');
		expect(P.firstWritten({ ru: ' ', kk: '', en: '' })).toBe('');
	});
});

describe('the plan title in the document', () => {
	const russian = 'Стратегический план развития кластера на 2019–2025 годы';
	const kazakh = 'Кластерді дамытудың 2019–2025 жылдарға арналған стратегиялық жоспары';

	it('is laid out in three languages, with the first written as the one line older readers know', () => {
		const doc = new Y.Doc();
		P.initPlan(doc, { id: 'p', title: { ru: russian, en: 'Strategic development plan' } });
		expect(P.snapshot(doc).title).toEqual({ ru: russian, kk: '', en: 'Strategic development plan' });
		const meta = doc.getMap('meta');
		expect(meta.get('title')).toBe(russian);
		expect([meta.get('title.ru'), meta.get('title.kk'), meta.get('title.en')]).toEqual([
			russian,
			'',
			'Strategic development plan'
		]);
		expect(checkDocument(doc, Y.encodeStateAsUpdate(doc).byteLength, 1)).toEqual([]);
	});

	it('reads a title stored as one string in the language its letters tell', () => {
		const doc = new Y.Doc();
		P.initPlan(doc, { id: 'p', title: 'x' });
		const meta = doc.getMap('meta');
		// As a document from before the title had languages holds it.
		doc.transact(() => {
			for (const lang of P.LANGS) meta.delete(`title.${lang}`);
			meta.set('title', kazakh);
		});
		expect(P.snapshot(doc).title).toEqual({ ru: '', kk: kazakh, en: '' });
	});

	it('renames the languages given and keeps the others, adding the languages to an old one-string title', () => {
		const doc = new Y.Doc();
		P.initPlan(doc, { id: 'p', title: 'x' });
		const meta = doc.getMap('meta');
		doc.transact(() => {
			for (const lang of P.LANGS) meta.delete(`title.${lang}`);
			meta.set('title', russian);
		});
		P.renamePlan(doc, { kk: kazakh });
		expect(P.snapshot(doc).title).toEqual({ ru: russian, kk: kazakh, en: '' });
		expect(meta.get('title')).toBe(russian);
		P.renamePlan(doc, { ru: '', en: 'Development plan' });
		expect(P.snapshot(doc).title).toEqual({ ru: '', kk: kazakh, en: 'Development plan' });
		// The one line follows: Russian is gone, Kazakh is now the first written.
		expect(meta.get('title')).toBe(kazakh);
	});

	it('refuses a rename that leaves no language written, or one too long, and writes nothing', () => {
		const doc = newPlan('p', 'Plan');
		expectRefused(doc, () => P.renamePlan(doc, { en: ' ' }), 'required', 'title');
		expectRefused(
			doc,
			() => P.renamePlan(doc, { ru: 'я'.repeat(P.PLAN_BOUNDS.shortText + 1) }),
			'too_long',
			'title'
		);
	});
});
