// Every refusal of closing a vote or undoing its priorities is said in its own words, in the
// reader's language, not as the generic "that did not work".
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { refusalText } from '$lib/refusal-text';

afterEach(() => overwriteGetLocale(() => 'en'));

describe('what a refused close or undo says', () => {
	it('names each refusal of closing and undoing in the reader’s language', () => {
		const codes = ['vote_changed', 'vote_open', 'vote_undone', 'nothing_to_undo'];
		const failed = refusalText({ status: 500, code: 'unknown' }, 'workshop');
		const said = codes.map((code) => refusalText({ status: 409, code }, 'workshop'));
		expect(new Set([...said, failed]).size).toBe(codes.length + 1);
		expect(said[0]).toBe('The votes changed while you looked: check the table and confirm again.');
		overwriteGetLocale(() => 'kk');
		expect(refusalText({ status: 409, code: 'vote_changed' }, 'workshop')).toBe(
			'Сіз қарап тұрғанда дауыстар өзгерді: кестені тексеріп, қайта растаңыз.'
		);
	});
});
