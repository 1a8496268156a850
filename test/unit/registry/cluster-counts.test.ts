// The cluster page's counts on a day, and the day a page counts on.
import { describe, expect, it } from 'vitest';
import { isRefusal } from '$lib/refusal';
import { asOfDay, today } from '$lib/registry/as-of';
import { clusterCounts, newestParticipants } from '$lib/registry/cluster-counts';
import type { CountedParticipant } from '$lib/registry/counts';

const member = (fields: Partial<CountedParticipant>): CountedParticipant => ({
	clusterId: 'flour',
	kind: 'sme',
	employees: 10,
	joinedAt: '2017-06-05',
	leftAt: null,
	...fields
});

describe('the counts on the cluster page', () => {
	const list = [
		member({ kind: 'large', employees: 300 }),
		member({ joinedAt: '2019-02-01', employees: null }),
		member({ joinedAt: '2019-03-01', leftAt: '2019-05-01' }),
		member({ joinedAt: '2019-09-01', kind: 'research' })
	];

	it('count the participants of the day by kind, with their employees', () => {
		const counts = clusterCounts(list, '2019-06-30');
		expect(counts.total).toBe(2);
		expect(counts.byKind).toMatchObject({ large: 1, sme: 1, research: 0 });
		expect(counts.employees).toBe(300);
	});

	it('count who joined in the day’s year up to that day, those who left since included', () => {
		expect(clusterCounts(list, '2019-06-30')).toMatchObject({ year: 2019, joined: 2 });
		expect(clusterCounts(list, '2019-12-31')).toMatchObject({ year: 2019, joined: 3 });
		expect(clusterCounts(list, '2020-01-01')).toMatchObject({ year: 2020, joined: 0 });
	});

	it('refuse a day that is no date', () => {
		expect(() => clusterCounts(list, '2019-02-30')).toThrow(
			expect.objectContaining({ code: 'invalid_date' })
		);
		try {
			clusterCounts(list, 'today');
		} catch (error) {
			expect(isRefusal(error, 'invalid_date')).toBe(true);
		}
	});
});

describe('the day a page counts on', () => {
	it('is the day the address asks when it is a real date, else today', () => {
		expect(asOfDay('2019-01-01', '2025-05-05')).toBe('2019-01-01');
		expect(asOfDay('2019-02-30', '2025-05-05')).toBe('2025-05-05');
		expect(asOfDay(null, '2025-05-05')).toBe('2025-05-05');
		expect(asOfDay('', '2025-05-05')).toBe('2025-05-05');
	});

	it('is reckoned today as the server writes a day: the UTC date', () => {
		expect(today(Date.UTC(2025, 0, 31, 23, 30))).toBe('2025-01-31');
		expect(asOfDay(undefined)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});

describe('the newest participants on the cluster page', () => {
	const named = (id: string, joinedAt: string, leftAt: string | null = null) => ({
		id,
		name: { ru: id, kk: '', en: '' },
		joinedAt,
		leftAt
	});
	const list = [
		named('b', '2019-02-01'),
		named('a', '2019-02-01'),
		named('c', '2018-01-01'),
		named('gone', '2019-03-01', '2019-04-01'),
		named('later', '2020-01-01')
	];

	it('are those of the day who joined last, ties by id, at most the limit', () => {
		expect(newestParticipants(list, '2019-06-30').map((p) => p.id)).toEqual(['a', 'b', 'c']);
		expect(newestParticipants(list, '2019-03-15').map((p) => p.id)).toEqual(['gone', 'a', 'b', 'c']);
		expect(newestParticipants(list, '2020-06-30', 2).map((p) => p.id)).toEqual(['later', 'a']);
	});
});
