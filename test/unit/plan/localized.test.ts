// Titles and names in Russian, Kazakh and English: what a reader of each language sees, which
// translations are missing, what input is refused, and how two translators at once merge.
import { describe, expect, it } from 'vitest';
import * as P from '../../../src/lib/plan';
import { checkLocalized } from '../../../src/lib/plan/localized';
import { en, exchange, expectRefused, newPlan, peerOf } from './plan-fixture';

const text = (ru: string, kk: string, english: string): P.Localized => ({ ru, kk, en: english });

describe('the text a reader sees', () => {
	it('is their own language when it is written', () => {
		const all = text('Экспорт', 'Экспорт (kk)', 'Exports');
		expect(P.textIn(all, 'ru')).toEqual({ text: 'Экспорт', lang: 'ru', fallback: false });
		expect(P.textIn(all, 'kk')).toEqual({ text: 'Экспорт (kk)', lang: 'kk', fallback: false });
		expect(P.textIn(all, 'en')).toEqual({ text: 'Exports', lang: 'en', fallback: false });
	});

	it('falls back for a Russian reader to English, then Kazakh', () => {
		expect(P.textIn(text('', 'Экспорт', 'Exports'), 'ru')).toEqual({
			text: 'Exports',
			lang: 'en',
			fallback: true
		});
		expect(P.textIn(text('', 'Экспорт', ''), 'ru')).toEqual({ text: 'Экспорт', lang: 'kk', fallback: true });
	});

	it('falls back for a Kazakh reader to Russian, then English', () => {
		expect(P.textIn(text('Экспорт', '', 'Exports'), 'kk')).toEqual({
			text: 'Экспорт',
			lang: 'ru',
			fallback: true
		});
		expect(P.textIn(text('', '', 'Exports'), 'kk')).toEqual({ text: 'Exports', lang: 'en', fallback: true });
	});

	it('falls back for an English reader to Russian, then Kazakh', () => {
		expect(P.textIn(text('Экспорт', 'Экспорт (kk)', ''), 'en')).toEqual({
			text: 'Экспорт',
			lang: 'ru',
			fallback: true
		});
		expect(P.textIn(text('', 'Экспорт (kk)', ''), 'en')).toEqual({
			text: 'Экспорт (kk)',
			lang: 'kk',
			fallback: true
		});
	});

	it('treats a language holding only spaces as not written, and is empty when nothing is', () => {
		expect(P.textIn(text('  ', '', 'Exports'), 'ru')).toMatchObject({ text: 'Exports', fallback: true });
		expect(P.textIn(text('', '', ''), 'kk')).toEqual({ text: '', lang: 'kk', fallback: false });
		expect(P.anyText(text('Экспорт', '', ''))).toBe('Экспорт');
	});
});

describe('missing translations', () => {
	it('are the languages not written yet, while at least one is', () => {
		expect(P.missingLangs(text('', '', 'Exports'))).toEqual(['ru', 'kk']);
		expect(P.missingLangs(text('Экспорт', ' ', ''))).toEqual(['kk', 'en']);
		expect(P.missingLangs(text('a', 'b', 'c'))).toEqual([]);
		expect(P.missingLangs(text('', '', ''))).toEqual([]);
		expect(P.isBlank(text(' ', '', '\n'))).toBe(true);
		expect(P.isBlank(text('', '', 'x'))).toBe(false);
	});
});

describe('text input', () => {
	it('sets English from a plain string and the named languages from an object, trimmed', () => {
		expect(checkLocalized(' Exports ', 'title', true)).toEqual({ en: 'Exports' });
		expect(checkLocalized({ ru: ' Экспорт', kk: undefined }, 'title', true)).toEqual({ ru: 'Экспорт' });
		expect(P.isLang('kk')).toBe(true);
		expect(P.isLang('de')).toBe(false);
	});

	it('refuses unknown languages and values that are not text', () => {
		const refused = (value: unknown) => {
			try {
				checkLocalized(value, 'title', false);
			} catch (error) {
				return P.isPlanError(error, 'invalid_value') ? error.field : 'other error';
			}
			return 'accepted';
		};
		expect(refused({ de: 'Export' })).toBe('title');
		expect(refused({ en: 'Exports', fr: 'Export' })).toBe('title');
		expect(refused({ ru: 3 })).toBe('title');
		expect(refused({ en: null })).toBe('title');
		expect(refused(3)).toBe('title');
		expect(refused(null)).toBe('title');
		expect(refused(['Exports'])).toBe('title');
	});

	it('refuses a required text left blank in every language once merged with what is stored', () => {
		const stored = text('Экспорт', '', 'Exports');
		expect(() => checkLocalized({ ru: '' }, 'title', true, stored)).not.toThrow();
		expect(() => checkLocalized({ ru: '', en: ' ' }, 'title', true, stored)).toThrow(
			expect.objectContaining({ code: 'required', field: 'title' })
		);
		expect(() => checkLocalized('', 'title', true)).toThrow(expect.objectContaining({ code: 'required' }));
		expect(checkLocalized({ ru: '', en: ' ' }, 'vision', false, stored)).toEqual({ ru: '', en: '' });
	});

	it('lets an editor clear one translation of a title but not the last one', () => {
		const doc = newPlan();
		P.addLine(doc, { id: 'l1', title: { ru: 'Рынки', en: 'Markets' } });
		P.updateLine(doc, 'l1', { title: { en: '' } });
		expect(P.snapshot(doc).strategy.lines[0]?.title).toEqual(text('Рынки', '', ''));
		expectRefused(doc, () => P.updateLine(doc, 'l1', { title: { ru: ' ' } }), 'required', 'title');
		expectRefused(doc, () => P.updateLine(doc, 'l1', { title: { de: 'Märkte' } as never }), 'invalid_value');
	});
});

describe('two translators at once', () => {
	it('both keep the language each wrote into one title', () => {
		const a = newPlan();
		P.addLine(a, { id: 'l1', title: 'Markets' });
		P.addIndicator(a, { id: 'i1', name: 'Exports' });
		const b = peerOf(a);
		P.updateLine(a, 'l1', { title: { ru: 'Рынки' } });
		P.updateLine(b, 'l1', { title: { kk: 'Нарықтар' } });
		P.updateIndicator(a, 'i1', { name: { kk: 'Экспорт' } });
		P.updateIndicator(b, 'i1', { name: { ru: 'Экспорт' } });
		P.updateStrategy(a, { vision: { en: 'Leader' } });
		P.updateStrategy(b, { vision: { ru: 'Лидер' } });
		exchange(a, b);
		const data = P.snapshot(a);
		expect(P.snapshot(b)).toEqual(data);
		expect(data.strategy.lines[0]?.title).toEqual(text('Рынки', 'Нарықтар', 'Markets'));
		expect(data.indicators[0]?.name).toEqual(text('Экспорт', 'Экспорт', 'Exports'));
		expect(data.strategy.vision).toEqual(text('Лидер', '', 'Leader'));
		expect(P.validatePlan(data)).toEqual([]);
	});

	it('can leave a title empty by each clearing a different language, which validation reports', () => {
		// Each peer alone keeps one language, so each operation is allowed; the merge keeps neither.
		// This is by design: the plan shows the item as untitled and validatePlan names it.
		const a = newPlan();
		P.addLine(a, { id: 'l1', title: { ru: 'Рынки', en: 'Markets' } });
		const b = peerOf(a);
		P.updateLine(a, 'l1', { title: { ru: '' } });
		P.updateLine(b, 'l1', { title: { en: '' } });
		exchange(a, b);
		const data = P.snapshot(a);
		expect(data.strategy.lines[0]?.title).toEqual(en(''));
		expect(P.validatePlan(data)).toEqual(['line l1 title: empty in every language']);
	});
});
