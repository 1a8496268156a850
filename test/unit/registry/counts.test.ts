// Who counts as a participant on a day, and how the counts on a day add up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRefusal } from '$lib/refusal';
import { countsAsOf, isParticipantOn, joinedIn, type CountedParticipant } from '$lib/registry/counts';
import { PARTICIPANT_KINDS } from '$lib/registry/participant';

const member = (fields: Partial<CountedParticipant> = {}): CountedParticipant => ({
	clusterId: 'tourism',
	kind: 'sme',
	employees: 10,
	joinedAt: '2024-03-01',
	leftAt: null,
	...fields
});

describe('a participant on a day', () => {
	it('counts from the day it joined', () => {
		expect(isParticipantOn(member(), '2024-02-29')).toBe(false);
		expect(isParticipantOn(member(), '2024-03-01')).toBe(true);
		expect(isParticipantOn(member(), '2030-01-01')).toBe(true);
	});

	it('no longer counts on the day it left, but does the day before', () => {
		const left = member({ leftAt: '2025-06-30' });
		expect(isParticipantOn(left, '2025-06-29')).toBe(true);
		expect(isParticipantOn(left, '2025-06-30')).toBe(false);
		expect(isParticipantOn(left, '2025-07-01')).toBe(false);
	});

	it('compares dates as days across months and years', () => {
		const left = member({ joinedAt: '2019-12-31', leftAt: '2020-01-10' });
		expect(isParticipantOn(left, '2019-12-30')).toBe(false);
		expect(isParticipantOn(left, '2020-01-09')).toBe(true);
		expect(isParticipantOn(left, '2020-01-10')).toBe(false);
	});
});

describe('the counts on a day', () => {
	const day = '2025-01-01';
	const participants = [
		member({ clusterId: 'textiles', kind: 'large', employees: 500, joinedAt: day }),
		member({ clusterId: 'agro', kind: 'research', employees: null }),
		member({ clusterId: 'agro', kind: 'sme', employees: 12, leftAt: '2025-03-01' }),
		member({ clusterId: 'agro', kind: 'sme', employees: 7, leftAt: day }),
		member({ clusterId: 'tourism', kind: 'finance', employees: 30, joinedAt: '2025-01-02' }),
		member({ clusterId: 'Zhetysu', kind: 'other', employees: 3 })
	];

	it('count who joined that day and who leaves later, not who left that day or joins later', () => {
		const counts = countsAsOf(participants, day);
		expect(counts.total).toBe(4);
		expect(counts.employees).toBe(500 + 12 + 3);
	});

	it('list each cluster with participants that day, by id in code-point order', () => {
		expect(countsAsOf(participants, day).byCluster).toEqual([
			{ clusterId: 'Zhetysu', count: 1 },
			{ clusterId: 'agro', count: 2 },
			{ clusterId: 'textiles', count: 1 }
		]);
	});

	it('hold every kind, 0 where there is none', () => {
		expect(countsAsOf(participants, day).byKind).toEqual({
			sme: 1,
			large: 1,
			research: 1,
			public: 0,
			association: 0,
			finance: 0,
			other: 1
		});
		const none = countsAsOf([], day);
		expect(none).toEqual({ total: 0, byCluster: [], byKind: expect.any(Object), employees: 0 });
		expect(Object.keys(none.byKind)).toEqual([...PARTICIPANT_KINDS]);
		expect(Object.values(none.byKind).every((count) => count === 0)).toBe(true);
	});

	it('put a kind this code does not know under other, so the total still adds up', () => {
		const old = member({ kind: 'cooperative' as CountedParticipant['kind'] });
		expect(countsAsOf([old], day).byKind).toMatchObject({ other: 1, sme: 0 });
		expect(countsAsOf([old], day).byKind).not.toHaveProperty('cooperative');
	});

	it('refuse a day that is not a date', () => {
		for (const bad of ['2025-02-30', '1 January 2025', '']) {
			expect(() => countsAsOf(participants, bad)).toThrow(
				expect.objectContaining({ status: 400, code: 'invalid_date', field: 'date' })
			);
		}
	});

	it('add up: the total is the sum over clusters and the sum over kinds', () => {
		const date = fc
			.date({ min: new Date('2018-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
			.map((d) => d.toISOString().slice(0, 10));
		const participant = fc
			.record({
				clusterId: fc.constantFrom('agro', 'tourism', 'textiles', 'it'),
				kind: fc.constantFrom(...PARTICIPANT_KINDS),
				employees: fc.option(fc.integer({ min: 0, max: 1000 })),
				joinedAt: date,
				leftAt: fc.option(date)
			})
			.filter((p) => p.leftAt === null || p.leftAt >= p.joinedAt);
		fc.assert(
			fc.property(fc.array(participant, { maxLength: 40 }), date, (all, asOf) => {
				const counts = countsAsOf(all, asOf);
				const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0);
				expect(sum(counts.byCluster.map((cluster) => cluster.count))).toBe(counts.total);
				expect(sum(Object.values(counts.byKind))).toBe(counts.total);
				expect(counts.total).toBe(all.filter((p) => isParticipantOn(p, asOf)).length);
				expect(counts.byCluster.every((cluster) => cluster.count > 0)).toBe(true);
				const ids = counts.byCluster.map((cluster) => cluster.clusterId);
				expect(ids).toEqual([...ids].sort());
			})
		);
	});
});

describe('who joined in a year', () => {
	const participants = [
		member({ joinedAt: '2024-01-01' }),
		member({ joinedAt: '2024-12-31', leftAt: '2025-02-01' }),
		member({ joinedAt: '2025-01-01' })
	];

	it('counts those who joined in it, those who left since too', () => {
		expect(joinedIn(participants, 2024)).toBe(2);
		expect(joinedIn(participants, 2025)).toBe(1);
		expect(joinedIn(participants, 2023)).toBe(0);
	});

	it('refuses a year that is not a whole number', () => {
		let thrown: unknown;
		try {
			joinedIn(participants, 2024.5);
		} catch (error) {
			thrown = error;
		}
		expect(isRefusal(thrown, 'invalid_value')).toBe(true);
	});
});
