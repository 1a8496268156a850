import { describe, expect, it } from 'vitest';
import { insertMention, mentionQuery, suggestMembers } from '$lib/components/comments/mention-typing';

const members = [
	{ username: 'mira', name: 'Mira Member' },
	{ username: 'marat', name: 'Marat Akhmetov' },
	{ username: 'aigul', name: 'Aigul Mukanova' },
	{ username: 'demo-facilitator', name: 'Dana Facilitator' }
];

describe('typing a mention', () => {
	it('notices an @ being typed at the caret, with what follows it', () => {
		expect(mentionQuery('ask @Ma', 7)).toEqual({ start: 4, query: 'ma' });
		expect(mentionQuery('@', 1)).toEqual({ start: 0, query: '' });
		expect(mentionQuery('ask @ma later', 7)).toEqual({ start: 4, query: 'ma' });
	});

	it('ignores an @ that is finished, far behind the caret, or inside an e-mail address', () => {
		expect(mentionQuery('ask @ma later', 13)).toBeNull();
		expect(mentionQuery('office@mail', 11)).toBeNull();
		expect(mentionQuery('no at sign', 5)).toBeNull();
	});

	it('suggests members by username first, then by a word of their name', () => {
		expect(suggestMembers(members, 'm').map((m) => m.username)).toEqual(['marat', 'mira', 'aigul']);
		expect(suggestMembers(members, 'fac').map((m) => m.username)).toEqual(['demo-facilitator']);
		expect(suggestMembers(members, '').length).toBe(4);
		expect(suggestMembers(members, '', 2).length).toBe(2);
		expect(suggestMembers(members, 'zz')).toEqual([]);
	});

	it('puts the chosen username in place of what was typed and moves the caret after it', () => {
		expect(insertMention('ask @ma', 4, 7, 'marat')).toEqual({ text: 'ask @marat ', caret: 11 });
		expect(insertMention('ask @ma today', 4, 7, 'marat')).toEqual({ text: 'ask @marat today', caret: 10 });
	});
});
