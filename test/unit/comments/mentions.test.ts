import { describe, expect, it } from 'vitest';
import { mentionParts, mentionsIn } from '$lib/plan/mentions';

const members = ['marat', 'mira', 'mira.k', 'a_b-c'];

describe('mentions in comment text', () => {
	it('finds the members a text names, once each, in order', () => {
		expect(mentionsIn('@mira please ask @marat, and @mira again', members)).toEqual(['mira', 'marat']);
	});

	it('leaves unknown @words as plain text', () => {
		expect(mentionsIn('@nobody and @maratt are not members', members)).toEqual([]);
	});

	it('takes the longest username that is a member, and drops sentence punctuation after a name', () => {
		expect(mentionsIn('ask @mira.k today', members)).toEqual(['mira.k']);
		expect(mentionsIn('thanks, @marat.', members)).toEqual(['marat']);
		expect(mentionsIn('see @a_b-c-', members)).toEqual(['a_b-c']);
	});

	it('matches usernames whatever the case typed', () => {
		expect(mentionsIn('@Marat', members)).toEqual(['marat']);
	});

	it('does not read an e-mail address as a mention', () => {
		expect(mentionsIn('write to office@marat.kz', members)).toEqual([]);
	});

	it('splits text into plain runs and highlighted mentions that join back into the text', () => {
		const text = 'Hi @marat, see (@mira.)';
		const parts = mentionParts(text, ['marat', 'mira']);
		expect(parts).toEqual([
			{ text: 'Hi ' },
			{ text: '@marat', mention: 'marat' },
			{ text: ', see (' },
			{ text: '@mira', mention: 'mira' },
			{ text: '.)' }
		]);
		expect(parts.map((p) => p.text).join('')).toBe(text);
	});

	it('gives text without mentions back as one run', () => {
		expect(mentionParts('no one @here', ['marat'])).toEqual([{ text: 'no one @here' }]);
		expect(mentionParts('', ['marat'])).toEqual([{ text: '' }]);
	});
});
