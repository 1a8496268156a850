import { describe, expect, it } from 'vitest';
import { drawnInOutline, OUTLINE_BELOW_ZOOM, SMALL_MAP } from '$lib/components/map/detail';

describe('how much of the map is drawn', () => {
	const large = SMALL_MAP + 1;

	it('draws a large map seen from far in outline', () => {
		expect(drawnInOutline({ zoom: 0.3, nodes: 500, exporting: false })).toBe(true);
		expect(drawnInOutline({ zoom: OUTLINE_BELOW_ZOOM - 0.01, nodes: large, exporting: false })).toBe(true);
	});

	it('draws a large map in full once zoomed in to where its text reads', () => {
		expect(drawnInOutline({ zoom: OUTLINE_BELOW_ZOOM, nodes: 500, exporting: false })).toBe(false);
		expect(drawnInOutline({ zoom: 1, nodes: 500, exporting: false })).toBe(false);
	});

	it('draws a small map in full at any zoom', () => {
		expect(drawnInOutline({ zoom: 0.1, nodes: SMALL_MAP, exporting: false })).toBe(false);
		expect(drawnInOutline({ zoom: 0.1, nodes: 12, exporting: false })).toBe(false);
	});

	it('draws everything in full for an export, whatever the zoom', () => {
		expect(drawnInOutline({ zoom: 0.1, nodes: 500, exporting: true })).toBe(false);
	});
});
