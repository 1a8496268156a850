// What a support measure's body must be: each wrong field refused with its own code and naming
// itself, a good body taken as meant, a patch that keeps what it does not send, and ids made from
// a name in any of the three languages.
import { describe, expect, it } from 'vitest';
import { isRefusal } from '$lib/refusal';
import { checkMeasurePatch, checkNewMeasure, measureSlug } from '$lib/measures/measure-form';

const guarantee = {
	name: { ru: 'Гарантирование кредитов', kk: 'Кредиттерге кепілдік беру', en: 'Loan guarantee' },
	operator: { ru: 'Фонд «Даму»', kk: '«Даму» қоры', en: 'Damu Fund' },
	instrument: 'loan_guarantee',
	recipients: { en: 'SMEs whose collateral falls short' },
	maxPerProject: 3_000_000_000,
	ownShare: 15,
	legalAct: { ru: 'Предпринимательский кодекс РК' },
	legalArticle: 'ст. 94',
	inForceFrom: '2010-03-31',
	inForceTo: null,
	status: 'in_force'
};

function refusal(act: () => unknown): [number, string, string | null] {
	try {
		act();
	} catch (error) {
		if (isRefusal(error)) return [error.status, error.code, error.field];
		throw error;
	}
	throw new Error('it was not refused');
}

const refused = (change: Record<string, unknown>) =>
	refusal(() => checkNewMeasure({ ...guarantee, ...change }));

describe('the body of a new measure', () => {
	it('is taken with every language of its texts, blanks as empty', () => {
		const { id, input } = checkNewMeasure(guarantee);
		expect(id).toBeNull();
		expect(input.name.en).toBe('Loan guarantee');
		expect(input.recipients).toEqual({ ru: '', kk: '', en: 'SMEs whose collateral falls short' });
		expect(input).toMatchObject({ maxPerProject: 3_000_000_000, ownShare: 15, inForceTo: null });
	});

	it('keeps an id it is given, in lower case', () => {
		expect(checkNewMeasure({ ...guarantee, id: 'Damu-Guarantee' }).id).toBe('damu-guarantee');
	});

	it('needs only a name in one language, an instrument and a status', () => {
		const { input } = checkNewMeasure({ name: { kk: 'Грант' }, instrument: 'grant', status: 'proposed' });
		expect(input).toMatchObject({ maxPerProject: null, ownShare: 0, inForceFrom: null, legalArticle: '' });
	});

	it('takes a share of 0 and of 100, and a ceiling of 0', () => {
		expect(checkNewMeasure({ ...guarantee, ownShare: 100, maxPerProject: 0 }).input.ownShare).toBe(100);
		expect(checkNewMeasure({ ...guarantee, ownShare: 0 }).input.ownShare).toBe(0);
	});

	it('takes a term of one day', () => {
		const { input } = checkNewMeasure({ ...guarantee, inForceFrom: '2020-01-01', inForceTo: '2020-01-01' });
		expect(input.inForceTo).toBe('2020-01-01');
	});

	it('refuses a name blank in every language', () => {
		expect(refused({ name: { ru: ' ', kk: '', en: '' } })).toEqual([400, 'required', 'name']);
		expect(refused({ name: undefined })).toEqual([400, 'required', 'name']);
	});

	it('refuses a name as plain text or in a language it does not know', () => {
		expect(refused({ name: 'Loan guarantee' })).toEqual([400, 'invalid_value', 'name']);
		expect(refused({ name: { de: 'Bürgschaft' } })).toEqual([400, 'unknown_field', 'name.de']);
	});

	it('refuses text past its bound, naming the language', () => {
		expect(refused({ operator: { ru: 'Ф'.repeat(301) } })).toEqual([400, 'too_long', 'operator.ru']);
		expect(refused({ legalArticle: '1'.repeat(201) })).toEqual([400, 'too_long', 'legalArticle']);
	});

	it('refuses an instrument or a status it does not list, or none', () => {
		expect(refused({ instrument: 'loan' })).toEqual([400, 'invalid_value', 'instrument']);
		expect(refused({ instrument: undefined })).toEqual([400, 'required', 'instrument']);
		expect(refused({ status: 'active' })).toEqual([400, 'invalid_value', 'status']);
		expect(refused({ status: '' })).toEqual([400, 'required', 'status']);
	});

	it('refuses a ceiling below 0, a part of a tenge or text', () => {
		expect(refused({ maxPerProject: -1 })).toEqual([400, 'invalid_value', 'maxPerProject']);
		expect(refused({ maxPerProject: 10.5 })).toEqual([400, 'invalid_value', 'maxPerProject']);
		expect(refused({ maxPerProject: '100' })).toEqual([400, 'invalid_value', 'maxPerProject']);
	});

	it('refuses an own share outside 0–100', () => {
		expect(refused({ ownShare: -5 })).toEqual([400, 'invalid_value', 'ownShare']);
		expect(refused({ ownShare: 100.5 })).toEqual([400, 'invalid_value', 'ownShare']);
	});

	it('refuses a date that is no real day, and a term that ends before it starts', () => {
		expect(refused({ inForceFrom: '2021-02-29' })).toEqual([400, 'invalid_date', 'inForceFrom']);
		expect(refused({ inForceTo: '31.12.2025' })).toEqual([400, 'invalid_date', 'inForceTo']);
		expect(refused({ inForceFrom: '2020-01-02', inForceTo: '2020-01-01' })).toEqual([
			400,
			'date_order',
			'inForceTo'
		]);
	});

	it('refuses a field it does not have, an id of other characters, and a body that is no object', () => {
		expect(refused({ budget: 1 })).toEqual([400, 'unknown_field', 'budget']);
		expect(refused({ id: 'damu guarantee' })).toEqual([400, 'invalid_value', 'id']);
		expect(refusal(() => checkNewMeasure([guarantee]))).toEqual([400, 'invalid_body', 'body']);
	});
});

describe('a patch of a measure', () => {
	const current = checkNewMeasure(guarantee).input;

	it('keeps what it does not send, and a language of a text it does not send', () => {
		const changed = checkMeasurePatch({ name: { kk: 'Кепілдік' }, ownShare: 20 }, current);
		expect(changed.name).toEqual({ ru: 'Гарантирование кредитов', kk: 'Кепілдік', en: 'Loan guarantee' });
		expect(changed.ownShare).toBe(20);
		expect(changed.operator).toEqual(current.operator);
	});

	it('clears a field sent as null', () => {
		expect(checkMeasurePatch({ maxPerProject: null, inForceFrom: null }, current)).toMatchObject({
			maxPerProject: null,
			inForceFrom: null
		});
	});

	it('refuses a patch that would leave the measure wrong', () => {
		expect(refusal(() => checkMeasurePatch({ inForceTo: '2009-12-31' }, current))).toEqual([
			400,
			'date_order',
			'inForceTo'
		]);
		expect(refusal(() => checkMeasurePatch({ name: { ru: '', kk: '', en: '' } }, current))).toEqual([
			400,
			'required',
			'name'
		]);
	});

	it('refuses an id, which a patch cannot change, as a field it does not have', () => {
		expect(refusal(() => checkMeasurePatch({ id: 'other' }, current))).toEqual([400, 'unknown_field', 'id']);
	});
});

describe('the id made from a name', () => {
	it('is the English name in lower case with hyphens', () => {
		expect(measureSlug({ ru: 'Грант', kk: '', en: 'Innovation grant (QazTech)' })).toBe(
			'innovation-grant-qaztech'
		);
	});

	it('is the Russian or Kazakh name in Latin letters when English is blank', () => {
		expect(measureSlug({ ru: 'Субсидирование ставки', kk: '', en: '' })).toBe('subsidirovanie-stavki');
		expect(measureSlug({ ru: '', kk: 'Қолдау шарасы', en: '' })).toBe('qoldau-sharasy');
	});

	it('is never blank', () => {
		expect(measureSlug({ ru: '', kk: '', en: '«»' })).toBe('measure');
	});
});
