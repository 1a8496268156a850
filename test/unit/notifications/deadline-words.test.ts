import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { deadlineWords } from '$lib/components/calendar/deadline-words';

afterEach(() => overwriteGetLocale(() => 'en'));

describe('where a year’s report stands, in words', () => {
	const today = '2024-02-10';
	it('counts the days left while it is soon, and the days late once overdue', () => {
		expect(deadlineWords({ dueOn: '2024-02-20', state: 'soon' }, today)).toBe('Due soon: 10 days left');
		expect(deadlineWords({ dueOn: '2024-02-01', state: 'overdue' }, today)).toBe('Overdue by 9 days');
	});

	it('has words for every state in each language, never the same in two', () => {
		for (const state of ['later', 'soon', 'due_today', 'overdue', 'done'] as const) {
			const words = (['ru', 'kk', 'en'] as const).map((lang) => {
				overwriteGetLocale(() => lang);
				return deadlineWords({ dueOn: '2024-02-20', state }, today);
			});
			expect(new Set(words).size, state).toBe(3);
		}
	});
});
