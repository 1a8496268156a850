// What the profile form sends: the whole profile, as the server checks it on PUT.
import { describe, expect, it } from 'vitest';
import { checkProfile } from '$lib/registry/profile';
import { profileBody } from '$lib/registry/profile-form';

function formOf(fields: Record<string, string>): FormData {
	const form = new FormData();
	for (const [key, value] of Object.entries(fields)) form.set(key, value);
	return form;
}

const typed = {
	hasOrganisation: 'on',
	since: '2019-03-26',
	legalForm: 'Association of legal entities',
	'name.ru': 'ОЮЛ «Молочный кластер Акмолинской области»',
	'name.kk': '',
	'name.en': 'Akmola Region Milk Cluster Association',
	bin: '',
	coordinator: 'Executive director',
	programmeCoordinatorId: '',
	staffFte: '1.5',
	website: '',
	'funding.fees': '60',
	'funding.public': '25',
	'funding.other': '',
	strategyDate: '',
	stage: 'implementing'
};

describe('what the profile form sends', () => {
	it('is a whole profile the server takes, blanks as null or no share', () => {
		const body = profileBody(formOf(typed));
		expect(body).toMatchObject({
			hasOrganisation: true,
			bin: null,
			programmeCoordinatorId: null,
			staffFte: 1.5,
			funding: { fees: 60, public: 25, other: null },
			strategyDate: null
		});
		expect(checkProfile(body)).toMatchObject({ staffFte: 1.5, funding: { fees: 60, public: 25, other: 0 } });
	});

	it('reads an unticked box as a cluster without an organisation', () => {
		const form = formOf(typed);
		form.delete('hasOrganisation');
		expect(profileBody(form).hasOrganisation).toBe(false);
	});

	it('leaves a share that is no number as typed, for the server to refuse by its field', () => {
		const body = profileBody(formOf({ ...typed, 'funding.fees': 'half' }));
		expect(() => checkProfile(body)).toThrow(expect.objectContaining({ field: 'funding.fees' }));
	});
});
