// The value chain map of a version as plain shapes for a printed SVG: stage columns where the map
// editor draws its lanes, node boxes where people placed them, flows as curves between the sides of
// two boxes that face each other (so a flow back to an earlier stage does not loop around the
// boxes). No browser measures the text, so labels are wrapped by length and boxes grow to fit them.
import {
	STAGE_COLUMN_WIDTH,
	textIn,
	type EdgeKind,
	type Lang,
	type NodeKind,
	type PlanData
} from '$lib/plan';

export const NODE_WIDTH = 200;
const LINE_HEIGHT = 15;
const BOX_PADDING = 10;
const LANE_MARGIN = 24;
const MAX_LABEL_LINES = 3;
/** About how many characters of 12px text fit on one line of a node box. */
const LABEL_CHARS = 26;
/** About how many characters of 10px text fit in the gap between two columns of boxes. */
const EDGE_LABEL_CHARS = 12;

export type DrawnLane = { id: string; title: string; index: number; x: number; width: number };
export type DrawnNode = {
	id: string;
	kind: NodeKind;
	member: boolean;
	lines: string[];
	x: number;
	y: number;
	height: number;
};
export type DrawnEdge = {
	id: string;
	kind: EdgeKind;
	path: string;
	/** The flow's label in lines short enough to sit between two columns of boxes. */
	label: string[];
	labelX: number;
	labelY: number;
};
export type MapDrawing = {
	viewBox: { x: number; y: number; width: number; height: number };
	/** Where lanes start and end vertically (the whole drawing, below the stage titles). */
	laneTop: number;
	laneHeight: number;
	lanes: DrawnLane[];
	nodes: DrawnNode[];
	edges: DrawnEdge[];
};

/**
 * Words of `text` broken into at most `maxLines` lines of about `width` characters; the last one
 * ends in … when cut. A word is split only when it is far longer than a line ("technologists" stays whole).
 */
export function wrapLabel(text: string, width = LABEL_CHARS, maxLines = MAX_LABEL_LINES): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of text.trim().split(/\s+/).filter(Boolean)) {
		const pieces = word.length > width * 1.5 ? (word.match(new RegExp(`.{1,${width}}`, 'g')) ?? []) : [word];
		for (const piece of pieces) {
			if (!current) current = piece;
			else if (current.length + 1 + piece.length <= width) current += ` ${piece}`;
			else {
				lines.push(current);
				current = piece;
			}
		}
	}
	if (current) lines.push(current);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, width - 1)}…`;
	return kept;
}

function boxHeight(lines: number): number {
	return Math.max(48, BOX_PADDING * 2 + Math.max(1, lines) * LINE_HEIGHT);
}

type Point = { x: number; y: number };
type Side = { at: Point; out: Point };

/** Which sides a flow leaves and enters by: facing each other, so no arrow loops around a box. */
function sides(source: DrawnNode, target: DrawnNode): [Side, Side] {
	const middle = (node: DrawnNode) => node.y + node.height / 2;
	const left = (node: DrawnNode): Side => ({ at: { x: node.x, y: middle(node) }, out: { x: -1, y: 0 } });
	const right = (node: DrawnNode): Side => ({
		at: { x: node.x + NODE_WIDTH, y: middle(node) },
		out: { x: 1, y: 0 }
	});
	const top = (node: DrawnNode): Side => ({
		at: { x: node.x + NODE_WIDTH / 2, y: node.y },
		out: { x: 0, y: -1 }
	});
	const bottom = (node: DrawnNode): Side => ({
		at: { x: node.x + NODE_WIDTH / 2, y: node.y + node.height },
		out: { x: 0, y: 1 }
	});
	if (target.x >= source.x + NODE_WIDTH) return [right(source), left(target)];
	if (target.x + NODE_WIDTH <= source.x) return [left(source), right(target)];
	if (target.y >= source.y + source.height) return [bottom(source), top(target)];
	if (target.y + target.height <= source.y) return [top(source), bottom(target)];
	return [right(source), left(target)];
}

/** A curve between two sides: its path, its control points (for the drawing's bounds), and its point at any t. */
function curve(from: Side, to: Side) {
	const distance = Math.hypot(to.at.x - from.at.x, to.at.y - from.at.y);
	const bend = Math.max(30, distance / 3);
	const c1 = { x: from.at.x + from.out.x * bend, y: from.at.y + from.out.y * bend };
	const c2 = { x: to.at.x + to.out.x * bend, y: to.at.y + to.out.y * bend };
	const at = (t: number): Point => {
		const u = 1 - t;
		const a = u * u * u;
		const b = 3 * u * u * t;
		const c = 3 * u * t * t;
		const d = t * t * t;
		return {
			x: a * from.at.x + b * c1.x + c * c2.x + d * to.at.x,
			y: a * from.at.y + b * c1.y + c * c2.y + d * to.at.y
		};
	};
	return {
		path: `M ${from.at.x} ${from.at.y} C ${c1.x} ${c1.y}, ${c2.x} ${c2.y}, ${to.at.x} ${to.at.y}`,
		controls: [c1, c2],
		at
	};
}

/** The size a flow label's box takes, in map units (10px text). */
export function labelSize(lines: string[]): { width: number; height: number } {
	return {
		width: Math.max(0, ...lines.map((line) => line.length)) * 5.6 + 8,
		height: lines.length * 12 + 3
	};
}

// Where along a flow its label may sit, best first: the middle, then step by step nearer either end.
const LABEL_PLACES = [
	0.5,
	...Array.from({ length: 36 }, (_, i) => 0.5 + (i % 2 ? -1 : 1) * 0.025 * Math.ceil((i + 1) / 2))
];

type Box = { x: number; y: number; width: number; height: number };

/** How much of `boxes` a label of `size` centred on `point` covers. */
function coveredBy(point: Point, size: { width: number; height: number }, boxes: readonly Box[]): number {
	return boxes.reduce((sum, box) => {
		const across =
			Math.min(point.x + size.width / 2, box.x + box.width) - Math.max(point.x - size.width / 2, box.x);
		const down =
			Math.min(point.y + size.height / 2, box.y + box.height) - Math.max(point.y - size.height / 2, box.y);
		return sum + (across > 0 && down > 0 ? across * down : 0);
	}, 0);
}

/**
 * The place along the curve for a label: the first that covers neither a node box nor a label placed
 * before; failing that, the one covering the least of the boxes (their text matters most), then of the labels.
 */
function labelPlace(
	at: (t: number) => Point,
	lines: string[],
	nodes: readonly Box[],
	labels: readonly Box[]
): Point {
	const size = labelSize(lines);
	let best = { point: at(0.5), boxes: Infinity, labels: Infinity };
	for (const t of LABEL_PLACES) {
		const point = at(t);
		const boxes = coveredBy(point, size, nodes);
		const others = coveredBy(point, size, labels);
		if (boxes === 0 && others === 0) return point;
		if (boxes < best.boxes || (boxes === best.boxes && others < best.labels)) {
			best = { point, boxes, labels: others };
		}
	}
	return best.point;
}

/**
 * The shapes to draw for a version's map, its names in `lang` (or the language they fall back to);
 * null when it has neither stages nor nodes.
 */
export function drawMap(data: PlanData, lang: Lang): MapDrawing | null {
	const { stages, nodes, edges } = data.map;
	if (!stages.length && !nodes.length) return null;
	const members = new Map(data.actors.map((actor) => [actor.id, actor.member]));
	const drawnNodes: DrawnNode[] = nodes.map((node) => {
		const lines = wrapLabel(textIn(node.label, lang).text);
		return {
			id: node.id,
			kind: node.kind,
			member: node.actorId ? (members.get(node.actorId) ?? false) : false,
			lines,
			x: node.x,
			y: node.y,
			height: boxHeight(lines.length)
		};
	});
	const ys = drawnNodes.map((node) => node.y);
	const bottoms = drawnNodes.map((node) => node.y + node.height);
	const laneTop = Math.min(0, ...ys) - 60;
	const laneBottom = Math.max(100, ...bottoms) + 40;
	const lanes: DrawnLane[] = stages.map((stage, index) => ({
		id: stage.id,
		title: textIn(stage.title, lang).text,
		index,
		x: index * STAGE_COLUMN_WIDTH - LANE_MARGIN,
		width: STAGE_COLUMN_WIDTH - LANE_MARGIN / 2
	}));
	const byId = new Map(drawnNodes.map((node) => [node.id, node]));
	const drawnEdges: DrawnEdge[] = [];
	const controls: Point[] = [];
	// What a flow label should not cover: the boxes, and the labels placed before it.
	const boxes: Box[] = drawnNodes.map((node) => ({ ...node, width: NODE_WIDTH }));
	const labels: Box[] = [];
	for (const edge of edges) {
		const source = byId.get(edge.source);
		const target = byId.get(edge.target);
		if (!source || !target) continue;
		const drawn = curve(...sides(source, target));
		controls.push(...drawn.controls);
		const label = wrapLabel(edge.label, EDGE_LABEL_CHARS, 3);
		const place = label.length ? labelPlace(drawn.at, label, boxes, labels) : drawn.at(0.5);
		if (label.length) {
			const { width, height } = labelSize(label);
			labels.push({ x: place.x - width / 2, y: place.y - height / 2, width, height });
		}
		drawnEdges.push({
			id: edge.id,
			kind: edge.kind,
			path: drawn.path,
			label,
			labelX: place.x,
			labelY: place.y
		});
	}
	const xs = [
		...lanes.flatMap((lane) => [lane.x, lane.x + lane.width]),
		...drawnNodes.flatMap((node) => [node.x, node.x + NODE_WIDTH]),
		...controls.map((point) => point.x)
	];
	const left = Math.min(...xs) - 16;
	const right = Math.max(...xs) + 16;
	const top = Math.min(laneTop, ...controls.map((point) => point.y)) - 16;
	const bottom = Math.max(laneBottom, ...controls.map((point) => point.y)) + 16;
	return {
		viewBox: { x: left, y: top, width: right - left, height: bottom - top },
		laneTop,
		laneHeight: laneBottom - laneTop,
		lanes,
		nodes: drawnNodes,
		edges: drawnEdges
	};
}
