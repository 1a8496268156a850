// What the call form starts with, the ids of the rows it adds, what it sends (which the call's own
// check takes as it was meant), and where it shows a refusal.
import { describe, expect, it } from 'vitest';
import { checkCall } from '$lib/selection/call';
import {
	callBody,
	draftOf,
	newCriterion,
	newRequirement,
	nextRowId,
	numberOrTyped,
	placeOf,
	type CallDraft
} from '$lib/selection/call-form';
import { callBody as call2017 } from './call-2017';

const words = (en: string) => ({ ru: `${en} (ru)`, kk: `${en} (kk)`, en });

describe('the form of a new call', () => {
	it('starts empty, with no rows and no evaluators', () => {
		const draft = draftOf(null);
		expect(draft).toMatchObject({ opensAt: '', closesAt: '', passMark: '', seats: '' });
		expect(draft.title).toEqual({ ru: '', kk: '', en: '' });
		expect(draft.requirements).toEqual([]);
		expect(draft.criteria).toEqual([]);
		expect(draft.evaluators).toEqual([]);
	});

	it('sends blanks as null, which a draft may have', () => {
		const draft: CallDraft = { ...draftOf(null), title: { ru: 'Конкурс', kk: '', en: '' } };
		const body = callBody(draft);
		expect(body).toMatchObject({ opensAt: null, closesAt: null, passMark: null, seats: null });
		expect(checkCall(body)).toMatchObject({ title: { ru: 'Конкурс' }, passMark: null, seats: null });
	});

	it('sends rows as typed, numbers as numbers and moments with Almaty’s offset', () => {
		const start = draftOf(null);
		const requirement = { ...newRequirement([]), text: words('Letters of intent') };
		const criterion = { ...newCriterion([]), title: words('Potential'), weight: '2.5', scale: '10' };
		const draft: CallDraft = {
			...start,
			title: words('Selection 2017'),
			rules: words('Scored under the methodology'),
			opensAt: '2017-04-10T09:00',
			closesAt: '2017-06-08T18:00',
			requirements: [requirement],
			criteria: [criterion],
			passMark: '60',
			seats: '6',
			evaluators: ['eva', 'ivan']
		};
		const body = callBody(draft);
		expect(body.opensAt).toBe('2017-04-10T09:00:00+06:00');
		expect(body.requirements).toEqual([{ id: 'r1', text: words('Letters of intent') }]);
		expect(body.criteria[0]).toMatchObject({ id: 'c1', weight: 2.5, scale: 10 });
		const call = checkCall(body);
		expect(call).toMatchObject({ passMark: 60, seats: 6, evaluators: ['eva', 'ivan'] });
		expect(call.closesAt).toBe('2017-06-08T12:00:00.000Z');
	});

	it('sends a number it cannot read as typed, so the server refuses it at its field', () => {
		const draft: CallDraft = {
			...draftOf(null),
			title: words('x'),
			criteria: [{ ...newCriterion([]), title: words('y'), weight: 'heavy' }]
		};
		expect(callBody(draft).criteria[0]!.weight).toBe('heavy');
		expect(() => checkCall(callBody(draft))).toThrow(expect.objectContaining({ field: 'criteria.0.weight' }));
	});
});

describe('the form of a draft being changed', () => {
	it('starts from the call and sends it back unchanged', () => {
		const call = checkCall(call2017);
		const draft = draftOf(call);
		expect(draft.opensAt).toBe('2017-06-01T09:00');
		expect(draft.criteria[0]).toMatchObject({ id: 'potential', weight: '3', scale: '10' });
		expect(checkCall(callBody(draft))).toEqual(call);
	});

	it('holds copies, so typing does not change the call it started from', () => {
		const call = checkCall(call2017);
		const draft = draftOf(call);
		draft.title.ru = 'Другое';
		draft.criteria[0]!.title.en = 'Other';
		expect(call.title.ru).not.toBe('Другое');
		expect(call.criteria[0]!.title.en).toBe('Potential');
	});
});

describe('a new row', () => {
	it('takes the number after the highest id of its kind', () => {
		expect(nextRowId('r', [])).toBe('r1');
		expect(nextRowId('r', [{ id: 'r1' }, { id: 'r3' }])).toBe('r4');
		expect(nextRowId('c', [{ id: 'potential' }, { id: 'c2' }, { id: 'r9' }])).toBe('c3');
	});

	it('is a requirement or a criterion with an id the call’s check takes', () => {
		const taken = [{ id: 'charter' }, { id: 'r2' }];
		expect(newRequirement(taken)).toEqual({ id: 'r3', text: { ru: '', kk: '', en: '' } });
		expect(newCriterion(taken)).toMatchObject({ id: 'c1', weight: '1', scale: '5' });
	});
});

describe('a number typed', () => {
	it('is a number, null when blank, or the text when it is none', () => {
		expect(numberOrTyped('6')).toBe(6);
		expect(numberOrTyped(' 2,5 ')).toBe(2.5);
		expect(numberOrTyped('')).toBeNull();
		expect(numberOrTyped('six')).toBe('six');
	});
});

describe('where a refusal is shown', () => {
	const places = new Set(['title', 'criteria.2.title', 'criteria.2.weight', 'requirements']);

	it('is the field named when the form has a place for it', () => {
		expect(placeOf('criteria.2.weight', places)).toBe('criteria.2.weight');
	});

	it('is the nearest parent with a place otherwise', () => {
		expect(placeOf('criteria.2.title.ru', places)).toBe('criteria.2.title');
		expect(placeOf('title.kk', places)).toBe('title');
		expect(placeOf('requirements.4.id', places)).toBe('requirements');
	});

	it('is nowhere for a field the form does not have', () => {
		expect(placeOf('state', places)).toBeNull();
		expect(placeOf(null, places)).toBeNull();
		expect(placeOf('', places)).toBeNull();
	});
});
