// What the cluster organisation's profile must be when it is written whole.
import { describe, expect, it } from 'vitest';
import { isRefusal } from '$lib/refusal';
import { checkProfile, EMPTY_PROFILE, PROGRAMME_STAGES, type ClusterProfile } from '$lib/registry/profile';

const full: ClusterProfile = {
	hasOrganisation: true,
	since: '2021-05-17',
	legalForm: 'Association (ОЮЛ)',
	name: { ru: 'Ассоциация «Туризм Алатау»', kk: '', en: 'Alatau Tourism Association' },
	bin: '123456789013',
	coordinator: 'Aigerim Nurlanovna',
	programmeCoordinatorId: '3f9c1e2a-7b4d-4c55-9a1e-0d2b6c8e4f11',
	staffFte: 2.5,
	website: 'https://alatau-tourism.kz/about',
	funding: { fees: 40, public: 35.5, other: 24.5 },
	strategyDate: '2023-11-30',
	stage: 'plan_drafted'
};

/** The refusal `checkProfile(body)` throws, as `[status, code, field]`. */
function refusal(body: unknown): [number, string, string | null] {
	try {
		checkProfile(body);
	} catch (error) {
		if (isRefusal(error)) return [error.status, error.code, error.field];
		throw error;
	}
	throw new Error('the profile was accepted');
}

const changed = (change: Record<string, unknown>) => refusal({ ...full, ...change });

describe('the empty profile', () => {
	it('has no organisation, no dates or numbers, no shares, and the first stage', () => {
		expect(EMPTY_PROFILE).toEqual({
			hasOrganisation: false,
			since: null,
			legalForm: '',
			name: { ru: '', kk: '', en: '' },
			bin: null,
			coordinator: '',
			programmeCoordinatorId: null,
			staffFte: null,
			website: '',
			funding: { fees: 0, public: 0, other: 0 },
			strategyDate: null,
			stage: 'selected'
		});
	});

	it('passes its own check, so a stored empty profile reads back the same', () => {
		expect(checkProfile(EMPTY_PROFILE)).toEqual(EMPTY_PROFILE);
	});

	it('cannot be changed by accident, shared as it is by every request', () => {
		expect(() => {
			(EMPTY_PROFILE as { stage: string }).stage = 'implementing';
		}).toThrow(TypeError);
		expect(() => {
			EMPTY_PROFILE.funding.fees = 50;
		}).toThrow(TypeError);
		expect(EMPTY_PROFILE.stage).toBe('selected');
	});
});

describe('a profile written whole', () => {
	it('is taken as it is when every field is right', () => {
		expect(checkProfile(full)).toEqual(full);
	});

	it('is trimmed, and its BIN stored without spaces', () => {
		expect(checkProfile({ ...full, bin: '1234 5678 9013', coordinator: ' Aigerim ' })).toMatchObject({
			bin: '123456789013',
			coordinator: 'Aigerim'
		});
	});

	it('may leave every field of the organisation empty while there is none', () => {
		expect(checkProfile({ hasOrganisation: false, stage: 'diagnosis' })).toEqual({
			...EMPTY_PROFILE,
			stage: 'diagnosis'
		});
		expect(
			checkProfile({ ...EMPTY_PROFILE, bin: '', since: '', staffFte: '', website: ' ', funding: null })
		).toEqual(EMPTY_PROFILE);
	});

	it('keeps what is written about an organisation while there is none, checked', () => {
		expect(checkProfile({ ...full, hasOrganisation: false })).toEqual({ ...full, hasOrganisation: false });
		expect(changed({ hasOrganisation: false, bin: '123456789012' })).toEqual([400, 'bin_check_digit', 'bin']);
	});

	it('needs a name in some language once there is an organisation', () => {
		expect(changed({ name: { ru: '', kk: ' ', en: '' } })).toEqual([400, 'required', 'name']);
		expect(changed({ name: undefined })).toEqual([400, 'required', 'name']);
		expect(checkProfile({ ...full, name: { kk: 'Алатау' } }).name).toEqual({ ru: '', kk: 'Алатау', en: '' });
	});

	it('takes every stage of the programme and refuses any other', () => {
		for (const stage of PROGRAMME_STAGES) expect(checkProfile({ ...full, stage }).stage).toBe(stage);
		expect(changed({ stage: 'finished' })).toEqual([400, 'invalid_value', 'stage']);
		expect(changed({ stage: undefined })).toEqual([400, 'required', 'stage']);
	});

	it('says whether there is an organisation, as true or false', () => {
		expect(changed({ hasOrganisation: undefined })).toEqual([400, 'required', 'hasOrganisation']);
		expect(changed({ hasOrganisation: 'on' })).toEqual([400, 'invalid_value', 'hasOrganisation']);
	});

	it('is refused when it is not an object or has a key the profile does not have', () => {
		expect(refusal([full])).toEqual([400, 'invalid_body', 'body']);
		expect(refusal(null)).toEqual([400, 'invalid_body', 'body']);
		expect(changed({ members: 12 })).toEqual([400, 'unknown_field', 'members']);
		expect(changed({ funding: { fees: 10, grants: 5 } })).toEqual([400, 'unknown_field', 'funding.grants']);
		expect(changed({ name: { ru: 'А', fr: 'A' } })).toEqual([400, 'unknown_field', 'name.fr']);
	});

	it('is refused with a BIN that is not one', () => {
		expect(changed({ bin: '12345678901X' })).toEqual([400, 'bin_not_digits', 'bin']);
		expect(changed({ bin: '1234567890' })).toEqual([400, 'bin_wrong_length', 'bin']);
		expect(changed({ bin: '123456789012' })).toEqual([400, 'bin_check_digit', 'bin']);
		expect(checkProfile({ ...full, bin: null }).bin).toBeNull();
	});

	it('is refused with dates that are not calendar days', () => {
		expect(changed({ since: '2021-02-29' })).toEqual([400, 'invalid_date', 'since']);
		expect(changed({ strategyDate: '30.11.2023' })).toEqual([400, 'invalid_date', 'strategyDate']);
		expect(checkProfile({ ...full, since: null, strategyDate: '' })).toMatchObject({
			since: null,
			strategyDate: null
		});
	});

	it('takes staff as a number of full-time posts from 0 to 10,000', () => {
		expect(checkProfile({ ...full, staffFte: 0 }).staffFte).toBe(0);
		expect(checkProfile({ ...full, staffFte: 10_000 }).staffFte).toBe(10_000);
		expect(checkProfile({ ...full, staffFte: null }).staffFte).toBeNull();
		for (const staffFte of [-0.5, 10_000.5, Number.NaN, '2']) {
			expect(changed({ staffFte })).toEqual([400, 'invalid_value', 'staffFte']);
		}
	});

	it('takes a website only as an http or https address', () => {
		expect(checkProfile({ ...full, website: 'http://cluster.kz' }).website).toBe('http://cluster.kz');
		expect(checkProfile({ ...full, website: '' }).website).toBe('');
		for (const website of ['cluster.kz', 'ftp://cluster.kz', 'javascript:alert(1)', 'https://', 42]) {
			expect(changed({ website })).toEqual([400, 'invalid_value', 'website']);
		}
		expect(changed({ website: `https://cluster.kz/${'a'.repeat(500)}` })).toEqual([
			400,
			'too_long',
			'website'
		]);
	});

	it('takes funding shares from 0 to 100 percent that add up to at most 100', () => {
		expect(checkProfile({ ...full, funding: { fees: 100 } }).funding).toEqual({
			fees: 100,
			public: 0,
			other: 0
		});
		expect(checkProfile({ ...full, funding: { fees: 33.3, public: 33.3, other: 33.4 } }).funding.other).toBe(
			33.4
		);
		expect(changed({ funding: { fees: 101 } })).toEqual([400, 'invalid_value', 'funding.fees']);
		expect(changed({ funding: { public: -1 } })).toEqual([400, 'invalid_value', 'funding.public']);
		expect(changed({ funding: { other: '20' } })).toEqual([400, 'invalid_value', 'funding.other']);
		expect(changed({ funding: { fees: 60, public: 30, other: 10.5 } })).toEqual([
			400,
			'invalid_value',
			'funding'
		]);
		expect(changed({ funding: [40, 60] })).toEqual([400, 'invalid_value', 'funding']);
	});

	it('is refused with text past its bound or an id of the wrong shape', () => {
		expect(changed({ legalForm: 'x'.repeat(121) })).toEqual([400, 'too_long', 'legalForm']);
		expect(changed({ coordinator: 'x'.repeat(301) })).toEqual([400, 'too_long', 'coordinator']);
		expect(changed({ name: { en: 'x'.repeat(301) } })).toEqual([400, 'too_long', 'name.en']);
		expect(changed({ programmeCoordinatorId: 'user 1' })).toEqual([
			400,
			'invalid_value',
			'programmeCoordinatorId'
		]);
		expect(changed({ programmeCoordinatorId: 'u'.repeat(101) })).toEqual([
			400,
			'too_long',
			'programmeCoordinatorId'
		]);
		expect(checkProfile({ ...full, programmeCoordinatorId: null }).programmeCoordinatorId).toBeNull();
	});
});
