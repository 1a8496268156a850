// Where the map opens. Fitting a whole value chain into the canvas drew its labels 6–7 px high, so
// the map opens where a reader starts, the chain's first stage, at a zoom where labels read at their
// own size; only a map that fits the canvas at that zoom opens whole.
import type { Rect, Viewport, XYPosition } from '@xyflow/svelte';
import { STAGE_COLUMN_WIDTH, type PlanData } from '$lib/plan';
import { LANE_MARGIN, NODE_SIZE, laneFrame } from './to-flow';

/** The zoom the map opens at: node labels (0.8rem) show 12.8 px high, captions 11.2 px. */
export const READING_ZOOM = 1;
/** Room left between the canvas's edges and the chain's start: on the left, clear of the zoom buttons. */
const MARGIN = { left: 48, top: 16 };
/** Room around the whole map when it is fitted into the canvas. */
export const FIT_PADDING = 0.05;

/** The top-left corner of the first stage's lane; without stages, of the top-left-most node. */
export function chainStart(plan: PlanData): XYPosition {
	if (plan.map.stages.length) return { x: -LANE_MARGIN, y: laneFrame(plan).top };
	if (!plan.map.nodes.length) return { x: 0, y: 0 };
	return {
		x: Math.min(...plan.map.nodes.map((node) => node.x)),
		y: Math.min(...plan.map.nodes.map((node) => node.y))
	};
}

/** The whole drawing in flow coordinates: every lane and every node. */
export function mapBounds(plan: PlanData): Rect {
	const boxes: Rect[] = plan.map.nodes.map((node) => ({ x: node.x, y: node.y, ...NODE_SIZE }));
	if (plan.map.stages.length) {
		const { top, height } = laneFrame(plan);
		const width = plan.map.stages.length * STAGE_COLUMN_WIDTH - LANE_MARGIN / 2;
		boxes.push({ x: -LANE_MARGIN, y: top, width, height });
	}
	if (!boxes.length) return { x: 0, y: 0, width: 0, height: 0 };
	const left = Math.min(...boxes.map((b) => b.x));
	const top = Math.min(...boxes.map((b) => b.y));
	const right = Math.max(...boxes.map((b) => b.x + b.width));
	const bottom = Math.max(...boxes.map((b) => b.y + b.height));
	return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Whether the whole map, with its padding, fits a canvas of this size at the reading zoom. */
export function fitsAtReadingZoom(bounds: Rect, canvas: { width: number; height: number }): boolean {
	const room = 1 + 2 * FIT_PADDING;
	return (
		bounds.width * room * READING_ZOOM <= canvas.width && bounds.height * room * READING_ZOOM <= canvas.height
	);
}

/** The viewport that shows the chain's start at the canvas's top-left corner, at the reading zoom. */
export function startViewport(plan: PlanData): Viewport {
	const start = chainStart(plan);
	return {
		x: MARGIN.left - start.x * READING_ZOOM,
		y: MARGIN.top - start.y * READING_ZOOM,
		zoom: READING_ZOOM
	};
}
