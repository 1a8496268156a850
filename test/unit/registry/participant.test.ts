// What a new participant and a change to one must be, and which field each refusal names.
import { describe, expect, it } from 'vitest';
import { isRefusal } from '$lib/refusal';
import {
	checkParticipant,
	checkParticipantChange,
	isDate,
	PARTICIPANT_KINDS,
	type ParticipantInput
} from '$lib/registry/participant';

const valid = {
	bin: '940440000019',
	name: { ru: 'ТОО «Агро»', kk: 'Агро ЖШС', en: 'Agro LLP' },
	kind: 'sme',
	employees: 40,
	region: 'Almaty region',
	locality: 'Talgar',
	stageId: 'processing-1',
	joinedAt: '2024-02-29',
	contact: '+7 701 000 00 00',
	inOrganisation: true
};

/** The refusal `check` throws, as `[status, code, field]`. */
function refusal(check: () => unknown): [number, string, string | null] {
	try {
		check();
	} catch (error) {
		if (isRefusal(error)) return [error.status, error.code, error.field];
		throw error;
	}
	throw new Error('the input was accepted');
}

/** `valid` without the fields named. */
const without = (...fields: string[]) =>
	Object.fromEntries(Object.entries(valid).filter(([key]) => !fields.includes(key)));

const created = (change: Record<string, unknown>) => refusal(() => checkParticipant({ ...valid, ...change }));

describe('a new participant', () => {
	it('is taken whole when every field is right', () => {
		const input: ParticipantInput = checkParticipant(valid);
		expect(input).toEqual(valid);
	});

	it('is trimmed, its BIN stored without spaces, and missing languages are empty', () => {
		const input = checkParticipant({
			...valid,
			bin: ' 9404 4000 0019 ',
			name: { ru: '  Агро  ' },
			region: ' Almaty region ',
			contact: ' a@b.kz '
		});
		expect(input).toMatchObject({
			bin: '940440000019',
			name: { ru: 'Агро', kk: '', en: '' },
			region: 'Almaty region',
			contact: 'a@b.kz'
		});
	});

	it('may leave out employees, locality, contact and stage', () => {
		const required = without('employees', 'locality', 'contact', 'stageId');
		expect(checkParticipant(required)).toEqual({
			...required,
			employees: null,
			locality: '',
			contact: '',
			stageId: null
		});
		expect(checkParticipant({ ...valid, employees: null, stageId: '' })).toMatchObject({
			employees: null,
			stageId: null
		});
	});

	it('takes every kind of participant', () => {
		for (const kind of PARTICIPANT_KINDS) expect(checkParticipant({ ...valid, kind }).kind).toBe(kind);
	});

	it('takes the bounds themselves', () => {
		const input = checkParticipant({
			...valid,
			employees: 1_000_000,
			name: { ru: 'я'.repeat(300), kk: '', en: '' },
			region: 'r'.repeat(120),
			stageId: 's'.repeat(100)
		});
		expect(input.employees).toBe(1_000_000);
		expect(input.name.ru).toHaveLength(300);
		expect(checkParticipant({ ...valid, employees: 0 }).employees).toBe(0);
	});

	it('is refused when the body is not an object', () => {
		for (const body of [null, undefined, 'text', 42, [valid]]) {
			expect(refusal(() => checkParticipant(body))).toEqual([400, 'invalid_body', 'body']);
		}
	});

	it('is refused with a key it does not have', () => {
		expect(created({ leftAt: '2025-01-01' })).toEqual([400, 'unknown_field', 'leftAt']);
		expect(created({ id: 'x' })).toEqual([400, 'unknown_field', 'id']);
	});

	it('is refused when a required field is missing or blank', () => {
		for (const field of ['bin', 'name', 'kind', 'region', 'joinedAt', 'inOrganisation']) {
			expect(refusal(() => checkParticipant(without(field)))).toEqual([400, 'required', field]);
		}
		expect(created({ region: '   ' })).toEqual([400, 'required', 'region']);
		expect(created({ bin: '' })).toEqual([400, 'required', 'bin']);
		expect(created({ inOrganisation: null })).toEqual([400, 'required', 'inOrganisation']);
	});

	it('is refused without a name in any language', () => {
		expect(created({ name: { ru: ' ', kk: '', en: '' } })).toEqual([400, 'required', 'name']);
		expect(created({ name: {} })).toEqual([400, 'required', 'name']);
	});

	it('is refused with a name that is not one text per language, naming the language at fault', () => {
		expect(created({ name: 'Agro' })).toEqual([400, 'invalid_value', 'name']);
		expect(created({ name: ['Agro'] })).toEqual([400, 'invalid_value', 'name']);
		expect(created({ name: { ru: 'Агро', kk: 5 } })).toEqual([400, 'invalid_value', 'name.kk']);
		expect(created({ name: { ru: 'Агро', de: 'Agro' } })).toEqual([400, 'unknown_field', 'name.de']);
		expect(created({ name: { en: 'a'.repeat(301) } })).toEqual([400, 'too_long', 'name.en']);
	});

	it('is refused with a BIN that is not one, saying why', () => {
		expect(created({ bin: '94044000001X' })).toEqual([400, 'bin_not_digits', 'bin']);
		expect(created({ bin: '9404400000' })).toEqual([400, 'bin_wrong_length', 'bin']);
		expect(created({ bin: '940440000018' })).toEqual([400, 'bin_check_digit', 'bin']);
		expect(created({ bin: 940440000019 })).toEqual([400, 'invalid_value', 'bin']);
	});

	it('is refused with a kind not on the list', () => {
		expect(created({ kind: 'startup' })).toEqual([400, 'invalid_value', 'kind']);
		expect(created({ kind: 'SME' })).toEqual([400, 'invalid_value', 'kind']);
	});

	it('is refused with employees that are not a whole number from 0 to a million', () => {
		for (const employees of [-1, 2.5, 1_000_001, Number.NaN, Infinity, '40', true]) {
			expect(created({ employees })).toEqual([400, 'invalid_value', 'employees']);
		}
	});

	it('is refused with text past its bound', () => {
		expect(created({ region: 'r'.repeat(121) })).toEqual([400, 'too_long', 'region']);
		expect(created({ locality: 'l'.repeat(121) })).toEqual([400, 'too_long', 'locality']);
		expect(created({ contact: 'c'.repeat(301) })).toEqual([400, 'too_long', 'contact']);
		expect(created({ stageId: 's'.repeat(101) })).toEqual([400, 'too_long', 'stageId']);
	});

	it('is refused with a value of the wrong type', () => {
		expect(created({ region: 7 })).toEqual([400, 'invalid_value', 'region']);
		expect(created({ contact: { phone: '1' } })).toEqual([400, 'invalid_value', 'contact']);
		expect(created({ inOrganisation: 'yes' })).toEqual([400, 'invalid_value', 'inOrganisation']);
		expect(created({ stageId: 'stage one' })).toEqual([400, 'invalid_value', 'stageId']);
		expect(created({ stageId: 12 })).toEqual([400, 'invalid_value', 'stageId']);
	});

	it('is refused with a joining date that is not a calendar day', () => {
		for (const joinedAt of ['2025-02-29', '2024-02-30', '2025-13-01', '2025-1-5', '05.01.2025', 20250105]) {
			expect(created({ joinedAt })).toEqual([400, 'invalid_date', 'joinedAt']);
		}
	});

	it('names the first field at fault in the order of the input, whatever the body’s order', () => {
		const body = { kind: 'y', region: 7, ...without('kind', 'region', 'bin'), bin: 'x' };
		expect(Object.keys(body)[0]).toBe('kind');
		expect(refusal(() => checkParticipant(body))).toEqual([400, 'bin_not_digits', 'bin']);
	});
});

describe('a change to a participant', () => {
	it('holds only the fields it names, checked', () => {
		expect(checkParticipantChange({ employees: 55, region: ' Zhetysu ' })).toEqual({
			employees: 55,
			region: 'Zhetysu'
		});
		expect(checkParticipantChange({ bin: '1234 5678 9013' })).toEqual({ bin: '123456789013' });
		expect(checkParticipantChange({ inOrganisation: false })).toEqual({ inOrganisation: false });
		expect(checkParticipantChange({})).toEqual({});
	});

	it('replaces the whole name: languages left out become empty', () => {
		expect(checkParticipantChange({ name: { kk: 'Агро' } })).toEqual({
			name: { ru: '', kk: 'Агро', en: '' }
		});
	});

	it('can clear the optional fields', () => {
		expect(checkParticipantChange({ employees: null, stageId: null, locality: '', contact: null })).toEqual({
			employees: null,
			stageId: null,
			locality: '',
			contact: ''
		});
	});

	it('ignores a key whose value is undefined', () => {
		expect(checkParticipantChange({ region: undefined, kind: 'large' })).toEqual({ kind: 'large' });
	});

	it('is refused as a new participant would be, field by field', () => {
		const changed = (body: unknown) => refusal(() => checkParticipantChange(body));
		expect(changed('employees=4')).toEqual([400, 'invalid_body', 'body']);
		expect(changed({ leftAt: '2025-01-01' })).toEqual([400, 'unknown_field', 'leftAt']);
		expect(changed({ region: null })).toEqual([400, 'required', 'region']);
		expect(changed({ name: { ru: '' } })).toEqual([400, 'required', 'name']);
		expect(changed({ kind: 'startup' })).toEqual([400, 'invalid_value', 'kind']);
		expect(changed({ contact: 'c'.repeat(301) })).toEqual([400, 'too_long', 'contact']);
		expect(changed({ bin: '940440000018' })).toEqual([400, 'bin_check_digit', 'bin']);
		expect(changed({ joinedAt: '2023-02-29' })).toEqual([400, 'invalid_date', 'joinedAt']);
	});
});

describe('a date', () => {
	it('is a real calendar day written YYYY-MM-DD', () => {
		expect(isDate('2024-02-29')).toBe(true);
		expect(isDate('2000-02-29')).toBe(true);
		expect(isDate('2025-12-31')).toBe(true);
		expect(isDate('1900-02-29')).toBe(false);
		expect(isDate('2025-04-31')).toBe(false);
		expect(isDate('2025-00-10')).toBe(false);
		expect(isDate('2025-01-00')).toBe(false);
		expect(isDate('2025-01-01T00:00:00Z')).toBe(false);
		expect(isDate(' 2025-01-01')).toBe(false);
		expect(isDate(null)).toBe(false);
	});
});
