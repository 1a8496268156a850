// The one place a refusal's code becomes words: every code a service or door answers with has its
// own words where it is shown, in Russian, Kazakh and English, never the topic's "that did not work".
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { refusalText, type Topic } from '$lib/refusal-text';

afterEach(() => overwriteGetLocale(() => 'en'));

const LANGS = ['ru', 'kk', 'en'] as const;

/** The words for `code` in each language. */
function inEachLanguage(code: string, topic: Topic, field?: string): string[] {
	return LANGS.map((lang) => {
		overwriteGetLocale(() => lang);
		return refusalText({ code, field }, topic);
	});
}

// What each place shows, by the codes its services and its door can answer.
const codesOf: Record<Topic, string[]> = {
	account: ['username', 'username_taken', 'password', 'display_name'],
	calendar: ['invalid_date', 'invalid_period'],
	cluster: ['name', 'region', 'sector', 'title', 'role', 'role_needs_admin', 'id_taken', 'unknown_user'],
	comments: ['required', 'dangling_link', 'too_long', 'not_author', 'deleted'],
	login: ['missing_credentials', 'invalid_login', 'throttled'],
	measures: [
		'required',
		'invalid_value',
		'too_long',
		'invalid_date',
		'date_order',
		'id_taken',
		'unknown_field',
		'invalid_body',
		'not_found'
	],
	monitoring: [
		'invalid_period',
		'invalid_number',
		'period_locked',
		'computed_indicator',
		'illegal_transition'
	],
	notify: ['invalid_email', 'email_required', 'invalid_value'],
	pdf: ['pdf_unavailable', 'busy'],
	registry: [
		'bin_not_digits',
		'bin_wrong_length',
		'bin_check_digit',
		'duplicate_bin',
		'already_left',
		'unknown_field',
		'invalid_date',
		'invalid_rows',
		'required',
		'invalid_value',
		'too_long',
		'no_header',
		'no_rows',
		'too_many_rows',
		'file_unreadable'
	],
	selection: [
		'duplicate_id',
		'duplicate_bin',
		'too_many',
		'too_few',
		'invalid_timestamp',
		'date_order',
		'not_pdf',
		'too_large',
		'unknown_stage',
		'unknown_criterion',
		'unknown_requirement',
		'missing_requirement',
		'missing_score',
		'invalid_state',
		'call_incomplete',
		'not_yet_closed',
		'call_not_open',
		'call_not_closed',
		'call_not_scoring',
		'already_submitted',
		'not_checked',
		'not_declared',
		'already_declared',
		'already_scored',
		'not_scored',
		'not_assigned',
		'conflict_declared',
		'bin_not_digits',
		'bin_wrong_length',
		'bin_check_digit',
		'required',
		'invalid_value',
		'too_long',
		'unknown_field',
		'invalid_body',
		'not_found'
	],
	sheet: [
		'file_unpacks_too_large',
		'too_many_rows',
		'too_many_cells',
		'file_unreadable',
		'no_header',
		'no_rows'
	],
	title: ['title'],
	transfer: [
		'not_json',
		'wrong_format',
		'unsupported_version',
		'bad_base64',
		'invalid_document',
		'cluster_exists'
	],
	versions: ['invalid_label', 'invalid_note', 'comment_required', 'illegal_transition'],
	workshop: [
		'per_person_limit',
		'time_up',
		'vote_closed',
		'vote_changed',
		'workshop_ended',
		'workshop_running'
	]
};

// What can happen to any request, wherever it is shown.
const anywhere = ['offline', 'signed_out', 'forbidden', 'throttled', 'unavailable'];

describe('the words for a refusal', () => {
	for (const [topic, codes] of Object.entries(codesOf) as [Topic, string[]][]) {
		it(`words each code of ${topic}, and anything that can happen to any request, in three languages`, () => {
			const otherwise = inEachLanguage('no_such_code', topic);
			for (const code of [...codes, ...anywhere]) {
				const words = inEachLanguage(code, topic);
				// Its own words in each language, not the topic's general failure.
				expect(
					words.map((text, i) => text === otherwise[i]),
					`${topic}/${code}`
				).toEqual([false, false, false]);
				expect(new Set(words).size, `${topic}/${code} in three languages`).toBe(3);
			}
		});
	}

	it('says more where the field tells more', () => {
		expect(refusalText({ code: 'invalid_period', field: 'year' }, 'monitoring')).not.toBe(
			refusalText({ code: 'invalid_period', field: 'period' }, 'monitoring')
		);
		expect(refusalText({ code: 'per_person_limit' }, 'workshop', { perPerson: 5, perItem: 2 })).toMatch(/5/);
		expect(refusalText({ code: 'invalid_value', field: 'employees' }, 'registry')).not.toBe(
			refusalText({ code: 'invalid_value', field: 'kind' }, 'registry')
		);
		expect(refusalText({ code: 'required', field: 'name' }, 'registry')).not.toBe(
			refusalText({ code: 'required', field: 'region' }, 'registry')
		);
	});

	it('words every code the selection lists, so a code added there is not left to the general failure', () => {
		const source = readFileSync(new URL('../../../src/lib/selection/refusals.ts', import.meta.url), 'utf8');
		const listed = [...source.matchAll(/^\s*\| '([a-z_]+)'/gm)].map(([, code]) => code!);
		expect(listed.length).toBeGreaterThan(20);
		expect(listed.filter((code) => !codesOf.selection.includes(code))).toEqual([]);
	});

	it('says in the selection what each blank or wrong field of an application, a check or a sheet needs', () => {
		const required = [
			'name',
			'enterprises.0.bin',
			'answers.potential',
			'requirements.1.reason',
			'requirements.0.met',
			'scores.potential.score',
			'scores.potential.comment',
			'conflict',
			'fileName'
		].map((field) => refusalText({ code: 'required', field }, 'selection'));
		expect(new Set(required).size).toBe(required.length);
		const invalid = ['enterprises.1.employees', 'enterprises.1.kind', 'scores.potential.score', 'region'].map(
			(field) => refusalText({ code: 'invalid_value', field }, 'selection')
		);
		expect(new Set(invalid).size).toBe(invalid.length);
		expect(refusalText({ code: 'too_few', field: 'enterprises' }, 'selection')).not.toBe(
			refusalText({ code: 'too_few', field: 'valueChain.stages' }, 'selection')
		);
		expect(refusalText({ code: 'too_many', field: 'attachments' }, 'selection')).toMatch(/10/);
		// A BIN is refused in the words the registry uses for it.
		expect(refusalText({ code: 'bin_check_digit', field: 'enterprises.0.bin' }, 'selection')).toBe(
			refusalText({ code: 'bin_check_digit', field: 'bin' }, 'registry')
		);
	});

	it('words every code a measure can be refused with, and each field of a measure that can be wrong', () => {
		const source = readFileSync(
			new URL('../../../src/lib/measures/measure-form.ts', import.meta.url),
			'utf8'
		);
		const listed = [...source.matchAll(/^\s*\| '([a-z_]+)'/gm)].map(([, code]) => code!);
		expect(listed).toEqual(['date_order', 'id_taken']);
		expect(listed.filter((code) => !codesOf.measures.includes(code))).toEqual([]);
		const invalid = ['instrument', 'status', 'maxPerProject', 'ownShare', 'id', 'legalArticle'].map((field) =>
			refusalText({ code: 'invalid_value', field }, 'measures')
		);
		expect(new Set(invalid).size).toBe(invalid.length);
		expect(refusalText({ code: 'required', field: 'name' }, 'measures')).not.toBe(
			refusalText({ code: 'required', field: 'status' }, 'measures')
		);
	});

	it('gives the minutes to wait from the seconds a refusal asks', () => {
		overwriteGetLocale(() => 'ru');
		expect(refusalText({ code: 'throttled', retryAfter: 290 }, 'login')).toMatch(/5/);
	});
});
