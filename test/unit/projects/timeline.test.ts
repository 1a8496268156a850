import { describe, expect, it } from 'vitest';
import type { Project } from '$lib/plan';
import {
	barPlacement,
	isDated,
	splitDated,
	timelineScale,
	yearOffset
} from '$lib/components/projects/timeline';

function project(id: string, start: string | null, end: string | null): Project {
	return {
		id,
		title: { en: id, ru: '', kk: '' },
		description: { en: '', ru: '', kk: '' },
		leadActorId: null,
		partnerIds: [],
		budget: 0,
		fundingSource: 'other',
		funding: [],
		start,
		end,
		status: 'proposed',
		priority: 5,
		objectiveIds: []
	};
}

const rows = [
	project('wagons', '2024-03-01', '2026-12-31'),
	project('office', '2025-01-01', '2025-12-31'),
	project('lab', '2023-06-15', '2024-06-14'),
	project('association', null, null),
	project('brand', '2026-01-01', null),
	project('day', '2024-01-01', '2024-01-01')
];
// 2023-01-01 to 2027-01-01: 365 + 366 (2024 is a leap year) + 365 + 365 days.
const DAYS = 1461;

describe('the projects timeline', () => {
	it('draws projects with a start and an end and lists the others apart, in their order', () => {
		const { dated, undated } = splitDated(rows);
		expect(dated.map((p) => p.id)).toEqual(['wagons', 'office', 'lab', 'day']);
		expect(undated.map((p) => p.id)).toEqual(['association', 'brand']);
		expect(isDated(project('odd', '2024', '2025-01-01'))).toBe(false);
	});

	it('spans the whole years of every dated project', () => {
		const scale = timelineScale(rows)!;
		expect(scale.years).toEqual([2023, 2024, 2025, 2026]);
		expect(scale.from).toBe(Date.UTC(2023, 0, 1));
		expect(scale.to).toBe(Date.UTC(2027, 0, 1));
		expect(timelineScale([project('x', null, null)])).toBeNull();
		expect(timelineScale([])).toBeNull();
	});

	it('places a bar from its start day to the end of its end day', () => {
		const scale = timelineScale(rows)!;
		const office = barPlacement(scale, '2025-01-01', '2025-12-31');
		expect(office.left).toBeCloseTo((731 / DAYS) * 100, 10);
		expect(office.width).toBeCloseTo((365 / DAYS) * 100, 10);
		expect(yearOffset(scale, 2025)).toBeCloseTo(office.left, 10);
		expect(barPlacement(scale, '2024-01-01', '2024-01-01').width).toBeCloseTo((1 / DAYS) * 100, 10);
		const whole = barPlacement(scale, '2023-01-01', '2026-12-31');
		expect(whole.left).toBe(0);
		expect(whole.width).toBeCloseTo(100, 10);
	});
});
