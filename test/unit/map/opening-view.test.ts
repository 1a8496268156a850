// Where the map opens: at the chain's start at a zoom labels read at, whole only when it fits so.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, addStage, initPlan, snapshot, STAGE_COLUMN_WIDTH } from '$lib/plan';
import {
	READING_ZOOM,
	chainStart,
	fitsAtReadingZoom,
	mapBounds,
	startViewport
} from '$lib/components/map/opening-view';
import { FlowBuilder } from '$lib/components/map/to-flow';
import { defaultView } from '$lib/components/map/map-view';

function chain(stages: number, nodesPerStage: number) {
	const doc = new Y.Doc();
	initPlan(doc, { id: 'p', title: 'Flour' });
	for (let s = 0; s < stages; s++) {
		addStage(doc, { id: `s${s}`, title: `Stage ${s + 1}` });
		for (let n = 0; n < nodesPerStage; n++)
			addNode(doc, {
				id: `n${s}-${n}`,
				label: `Node ${n}`,
				kind: 'stage',
				stageId: `s${s}`,
				x: s * STAGE_COLUMN_WIDTH,
				y: n * 110
			});
	}
	return snapshot(doc);
}

describe('the opening view', () => {
	it("puts the first stage's lane, title and all, at the canvas's top-left corner", () => {
		const plan = chain(8, 4);
		const lane = new FlowBuilder()
			.nodes({ plan, view: defaultView, selected: new Set(), dragging: {}, peers: [], lang: 'en' })
			.find((node) => node.id === 'lane:s0')!;
		expect(chainStart(plan)).toEqual(lane.position);
		const view = startViewport(plan);
		expect(view.zoom).toBe(READING_ZOOM);
		// The lane's corner lands inside the canvas, right of the zoom buttons (15 + 26 px wide).
		expect(lane.position.x * view.zoom + view.x).toBe(48);
		expect(lane.position.y * view.zoom + view.y).toBe(16);
	});

	it('starts at the top-left-most node of a map without stages, and at the origin of an empty one', () => {
		const doc = new Y.Doc();
		initPlan(doc, { id: 'p', title: 'Flour' });
		expect(chainStart(snapshot(doc))).toEqual({ x: 0, y: 0 });
		addNode(doc, { id: 'a', label: 'A', kind: 'stage', x: 400, y: -50 });
		addNode(doc, { id: 'b', label: 'B', kind: 'stage', x: -120, y: 300 });
		expect(chainStart(snapshot(doc))).toEqual({ x: -120, y: -50 });
	});

	it('covers every lane and node in the bounds of the map', () => {
		const plan = chain(3, 2);
		const bounds = mapBounds(plan);
		// Lanes start 24 px left of their column and 70 px above the highest node; the last one ends
		// 12 px before the next column would start.
		expect(bounds).toEqual({ x: -24, y: -70, width: 3 * STAGE_COLUMN_WIDTH - 12, height: 110 + 160 + 70 });
	});

	it('opens a chain too wide for the canvas at its start, and one that fits at the reading zoom whole', () => {
		const canvas = { width: 940, height: 518 };
		expect(fitsAtReadingZoom(mapBounds(chain(8, 4)), canvas)).toBe(false);
		expect(fitsAtReadingZoom(mapBounds(chain(2, 2)), canvas)).toBe(true);
		expect(fitsAtReadingZoom(mapBounds(chain(2, 5)), canvas)).toBe(false);
	});
});
