// The bell's pure parts: the count it shows and the query that keeps the list's filters.
import { describe, expect, it } from 'vitest';
import { countShown, filterQuery } from '../../../src/lib/notifications/shown';

describe('the bell’s count', () => {
	it('shows the number up to 99 and 99+ past it, never below nought', () => {
		expect(countShown(0)).toBe('0');
		expect(countShown(7)).toBe('7');
		expect(countShown(99)).toBe('99');
		expect(countShown(100)).toBe('99+');
		expect(countShown(-2)).toBe('0');
	});
});

describe('the list’s query', () => {
	it('keeps only the filters that are set, unread as 1', () => {
		expect(filterQuery({ unread: true, topic: 'review', cluster: '', before: 42 })).toBe(
			'?unread=1&topic=review&before=42'
		);
		expect(filterQuery({ unread: false, topic: '', cluster: undefined, before: null })).toBe('');
		expect(filterQuery({ cluster: 'milk-akmola' })).toBe('?cluster=milk-akmola');
	});
});
