// The participants page's list on a day, what a new participant starts with, and what the form sends.
import { describe, expect, it } from 'vitest';
import type { Participant } from '$lib/registry/participant';
import { participantBody, participantChange, shownParticipants, usualRegion } from '$lib/registry/roster';

const participant = (fields: Partial<Participant> = {}): Participant => ({
	id: 'p1',
	clusterId: 'flour',
	bin: '090340789320',
	name: { ru: 'ТОО «Алтын Дан»', kk: '', en: 'Altyn Dan LLP' },
	kind: 'large',
	employees: 310,
	region: 'Kostanay Region',
	locality: 'Kostanay',
	stageId: 's-milling',
	joinedAt: '2017-06-05',
	leftAt: null,
	contact: 'Директор',
	inOrganisation: false,
	...fields
});

function formOf(fields: Record<string, string>): FormData {
	const form = new FormData();
	for (const [key, value] of Object.entries(fields)) form.set(key, value);
	return form;
}

const typed = {
	'name.ru': 'ТОО «Алтын Дан»',
	'name.kk': '',
	'name.en': 'Altyn Dan LLP',
	bin: '090340789320',
	kind: 'large',
	employees: '310',
	region: 'Kostanay Region',
	locality: 'Kostanay',
	stageId: 's-milling',
	joinedAt: '2017-06-05',
	contact: 'Директор'
};

describe('the participants shown on a day', () => {
	const stays = participant({ id: 'stays' });
	const left = participant({ id: 'left', leftAt: '2020-03-01' });
	const later = participant({ id: 'later', joinedAt: '2021-01-01' });
	const list = [stays, left, later];

	it('are those in the cluster that day', () => {
		expect(shownParticipants(list, '2019-01-01', false)).toEqual([stays, left]);
		expect(shownParticipants(list, '2020-03-01', false)).toEqual([stays]);
		expect(shownParticipants(list, '2022-01-01', false)).toEqual([stays, later]);
	});

	it('add those who had left by then when asked, never those who had not joined yet', () => {
		expect(shownParticipants(list, '2020-03-01', true)).toEqual([stays, left]);
		expect(shownParticipants(list, '2019-01-01', true)).toEqual([stays, left]);
		expect(shownParticipants(list, '2016-01-01', true)).toEqual([]);
	});
});

describe('the region a new participant starts with', () => {
	it('is the one most participants are in', () => {
		const list = [{ region: 'Almaty' }, { region: 'Almaty Region' }, { region: 'Almaty Region' }];
		expect(usualRegion(list, 'Kazakhstan')).toBe('Almaty Region');
	});

	it('is the cluster’s region when no participant has one', () => {
		expect(usualRegion([], 'Kostanay Region')).toBe('Kostanay Region');
		expect(usualRegion([{ region: ' ' }], 'Kostanay Region')).toBe('Kostanay Region');
	});
});

describe('what the participant form sends', () => {
	it('reads every field by its API name, blanks as null where the API takes null', () => {
		expect(participantBody(formOf({ ...typed, employees: '', stageId: '' }))).toEqual({
			bin: '090340789320',
			name: { ru: 'ТОО «Алтын Дан»', kk: '', en: 'Altyn Dan LLP' },
			kind: 'large',
			employees: null,
			region: 'Kostanay Region',
			locality: 'Kostanay',
			stageId: null,
			joinedAt: '2017-06-05',
			contact: 'Директор',
			inOrganisation: false
		});
	});

	it('sends employees as a number, and text that is no number as typed for the server to refuse', () => {
		expect(participantBody(formOf({ ...typed, employees: ' 42 ' })).employees).toBe(42);
		expect(participantBody(formOf({ ...typed, employees: 'many' })).employees).toBe('many');
	});

	it('reads a ticked box as a member of the cluster organisation', () => {
		expect(participantBody(formOf({ ...typed, inOrganisation: 'on' })).inOrganisation).toBe(true);
	});

	it('changes nothing when nothing was changed, spaces and a spaced BIN included', () => {
		const body = participantBody(formOf({ ...typed, bin: '0903 4078 9320', region: ' Kostanay Region ' }));
		expect(participantChange(participant(), body)).toEqual({});
	});

	it('sends only what changed, and a changed name whole', () => {
		const body = participantBody(
			formOf({ ...typed, 'name.kk': '«Алтын Дән» ЖШС', employees: '320', stageId: '', inOrganisation: 'on' })
		);
		expect(participantChange(participant(), body)).toEqual({
			name: { ru: 'ТОО «Алтын Дан»', kk: '«Алтын Дән» ЖШС', en: 'Altyn Dan LLP' },
			employees: 320,
			stageId: null,
			inOrganisation: true
		});
	});
});
