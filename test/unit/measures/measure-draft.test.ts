// What the measures page sends from what was typed (which the server's check takes as meant), where
// it shows a refusal, and the order and filters of its table.
import { describe, expect, it } from 'vitest';
import type { Measure } from '$lib/measures/measure';
import { checkNewMeasure } from '$lib/measures/measure-form';
import { measureBody, placeOfRefusal, shownMeasures, typedNumber } from '$lib/measures/measure-draft';
import { demoMeasures } from '$lib/server/demo/measures';

const typed: Record<string, string> = {
	id: ' ',
	'name.ru': 'Грант',
	'name.kk': '',
	'name.en': 'Grant',
	'operator.ru': 'QazTech Ventures',
	instrument: 'grant',
	status: 'in_force',
	maxPerProject: '200 000 000',
	ownShare: '12,5',
	inForceFrom: '2016-01-01',
	inForceTo: '',
	legalArticle: 'ст. 247'
};
const read = (name: string) => typed[name] ?? '';

describe('the body the form sends', () => {
	it('is taken by the server’s check as typed: spaces in amounts, a comma in a share, blank dates as none', () => {
		const body = measureBody(read, true);
		expect(body).not.toHaveProperty('id');
		const { input } = checkNewMeasure(body);
		expect(input).toMatchObject({ maxPerProject: 200_000_000, ownShare: 12.5, inForceTo: null });
		expect(input.operator).toEqual({ ru: 'QazTech Ventures', kk: '', en: '' });
	});

	it('sends an id typed for a new measure, and never one for a change', () => {
		const withId = (name: string) => (name === 'id' ? 'qaz-grant' : read(name));
		expect(measureBody(withId, true).id).toBe('qaz-grant');
		expect(measureBody(withId, false)).not.toHaveProperty('id');
	});

	it('sends a number it cannot read as typed, for the server to refuse at its field', () => {
		expect(typedNumber('about 5')).toBe('about 5');
		expect(typedNumber('')).toBeNull();
		expect(typedNumber('1\u00a0500')).toBe(1500);
	});
});

describe('where a refusal is shown', () => {
	it('is the field, or the text a language of it belongs to', () => {
		expect(placeOfRefusal('name.ru')).toBe('name');
		expect(placeOfRefusal('ownShare')).toBe('ownShare');
		expect(placeOfRefusal('body')).toBeNull();
		expect(placeOfRefusal(null)).toBeNull();
	});
});

describe('the table of measures', () => {
	const measures: Measure[] = demoMeasures('2025-01-15T00:00:00.000Z');

	it('shows those in force first, then drafted, then proposed, each by name in the reader’s language', () => {
		const shown = shownMeasures(measures, { status: null, instrument: null }, 'en');
		expect(shown.map((measure) => measure.status)).toEqual([
			...Array(8).fill('in_force'),
			'drafted',
			'drafted',
			'proposed',
			'proposed'
		]);
		expect(shown.slice(8, 10).map((measure) => measure.id)).toEqual([
			'cluster-organisation-cofinancing',
			'cluster-training-service'
		]);
	});

	it('filters by status and by instrument together', () => {
		const grants = shownMeasures(measures, { status: null, instrument: 'grant' }, 'ru');
		expect(grants.map((measure) => measure.id).sort()).toEqual([
			'cluster-joint-project-grant',
			'innovation-grant'
		]);
		const inForce = shownMeasures(measures, { status: 'in_force', instrument: 'co_financing' }, 'kk');
		expect(inForce.map((measure) => measure.id).sort()).toEqual([
			'agro-investment-subsidy',
			'export-promotion-reimbursement'
		]);
	});
});
