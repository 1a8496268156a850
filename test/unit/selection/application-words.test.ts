// An application's states and fields in words: each state its own words in every language, and a
// field a refusal names found by its row's place in the form now and its criterion's title.
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { APPLICATION_STATES } from '$lib/selection/application';
import { formOf } from '$lib/selection/application-form';
import {
	applicationFieldName,
	applicationStateName,
	applicationStateTone
} from '$lib/selection/application-words';
import { aCall, anApplication } from './call-2017';

afterEach(() => overwriteGetLocale(() => 'en'));

const call = aCall('open');
let n = 0;
const form = formOf(anApplication('a1'), ['potential'], () => `row${++n}`);

describe('an application’s words', () => {
	it('names each state in its own words, in Russian, Kazakh and English', () => {
		for (const lang of ['ru', 'kk', 'en'] as const) {
			overwriteGetLocale(() => lang);
			const names = APPLICATION_STATES.map(applicationStateName);
			expect(new Set(names).size, lang).toBe(APPLICATION_STATES.length);
		}
		overwriteGetLocale(() => 'ru');
		expect(applicationStateName('submitted')).toBe('Отправлена');
		expect(applicationStateName('draft')).toBe('Черновик');
		expect(applicationStateName('archived')).toBe('archived');
	});

	it('tells a settled state from one still on its way', () => {
		expect(applicationStateTone('chosen')).toBe('good');
		expect(applicationStateTone('rejected')).toBe('bad');
		expect(applicationStateTone('submitted')).toBe('waiting');
	});

	it('names a field by its row’s place now and its part', () => {
		const [first, second] = form.enterprises;
		expect(applicationFieldName(`enterprises.${second!.key}.bin`, form, call.criteria, 'en')).toBe(
			'Enterprise 2: BIN'
		);
		// With the first row gone, the same row is the first.
		const fewer = { ...form, enterprises: [second!] };
		expect(applicationFieldName(`enterprises.${second!.key}.kind`, fewer, call.criteria, 'en')).toBe(
			'Enterprise 1: Kind'
		);
		expect(applicationFieldName(`enterprises.${first!.key}`, form, call.criteria, 'en')).toBe('Enterprise 1');
		expect(applicationFieldName('stages.processing.title', form, call.criteria, 'en')).toBe('Stage 2');
		expect(applicationFieldName(`firms.${form.firms[0]!.key}.stageId`, form, call.criteria, 'en')).toBe(
			'Value chain firm 1: Stage'
		);
	});

	it('names an answer by its criterion in the reader’s language, and the form’s own fields', () => {
		overwriteGetLocale(() => 'kk');
		expect(applicationFieldName('answers.potential', form, call.criteria, 'kk')).toBe(
			'Жауап: Potential (kk)'
		);
		expect(applicationFieldName('coordinator', form, call.criteria, 'kk')).toBe('Ұсынылған үйлестіруші');
		expect(applicationFieldName('somewhere.else', form, call.criteria, 'kk')).toBe('somewhere.else');
	});
});
