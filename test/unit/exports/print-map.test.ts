import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, addStage, connect, initPlan, snapshot, STAGE_COLUMN_WIDTH } from '$lib/plan';
import { drawMap, labelSize, NODE_WIDTH, wrapLabel } from '$lib/components/versions/print/map-drawing';

/** Two stages, a farm and a mill in the first, a market in the second, flows between them. */
function sampleMap() {
	const doc = new Y.Doc();
	initPlan(doc, { id: 'p', title: 'Plan' });
	addStage(doc, { id: 'grow', title: 'Grain farming' });
	addStage(doc, { id: 'sell', title: 'Markets' });
	addNode(doc, { id: 'farm', label: 'Large grain farms', kind: 'firm', stageId: 'grow', x: 0, y: 0 });
	addNode(doc, { id: 'mill', label: 'Mill', kind: 'firm', stageId: 'grow', x: 0, y: 200 });
	addNode(doc, {
		id: 'market',
		label: 'Export',
		kind: 'market',
		stageId: 'sell',
		x: STAGE_COLUMN_WIDTH,
		y: 0
	});
	connect(doc, { id: 'forward', source: 'farm', target: 'market', kind: 'goods', label: 'wheat' });
	connect(doc, { id: 'back', source: 'market', target: 'farm', kind: 'money', label: 'payments' });
	connect(doc, { id: 'down', source: 'farm', target: 'mill', kind: 'goods', label: 'grain' });
	return snapshot(doc);
}

describe('the printed map', () => {
	it('wraps labels by words into at most three lines, splitting only far too long words', () => {
		expect(wrapLabel('Grain elevators and receiving points')).toEqual([
			'Grain elevators and',
			'receiving points'
		]);
		expect(wrapLabel('a '.repeat(60), 10, 2)).toEqual(['a a a a a', 'a a a a a…']);
		expect(wrapLabel('Нурсултан-Назарбаевский-элеватор', 12)).toEqual([
			'Нурсултан-На',
			'зарбаевский-',
			'элеватор'
		]);
		expect(wrapLabel('technologists', 12)).toEqual(['technologists']);
		expect(wrapLabel('   ')).toEqual([]);
	});

	it('draws nothing for a map with neither stages nor nodes', () => {
		const doc = new Y.Doc();
		initPlan(doc, { id: 'p', title: 'Plan' });
		expect(drawMap(snapshot(doc), 'en')).toBeNull();
	});

	it('puts stage columns and node boxes where the map editor has them, all inside the picture', () => {
		const drawing = drawMap(sampleMap(), 'en')!;
		expect(drawing.lanes.map((lane) => [lane.title, lane.index])).toEqual([
			['Grain farming', 0],
			['Markets', 1]
		]);
		expect(drawing.lanes[1]!.x - drawing.lanes[0]!.x).toBe(STAGE_COLUMN_WIDTH);
		const farm = drawing.nodes.find((node) => node.id === 'farm')!;
		expect([farm.x, farm.y, farm.lines]).toEqual([0, 0, ['Large grain farms']]);
		const box = drawing.viewBox;
		for (const node of drawing.nodes) {
			expect(node.x).toBeGreaterThanOrEqual(box.x);
			expect(node.x + NODE_WIDTH).toBeLessThanOrEqual(box.x + box.width);
			expect(node.y + node.height).toBeLessThanOrEqual(box.y + box.height);
		}
	});

	it('runs each flow between the sides of the two boxes that face each other', () => {
		const edges = new Map(drawMap(sampleMap(), 'en')!.edges.map((edge) => [edge.id, edge]));
		// Forward: the farm's right edge to the market's left edge, both at mid-height (48px boxes).
		expect(edges.get('forward')!.path).toMatch(/^M 200 24 C .* 280 24$/);
		// Back to an earlier stage: the market's left edge to the farm's right edge.
		expect(edges.get('back')!.path).toMatch(/^M 280 24 C .* 200 24$/);
		// Same column: from the bottom of the farm to the top of the mill below it.
		expect(edges.get('down')!.path).toMatch(/^M 100 48 C .* 100 200$/);
	});

	it('sets a flow label on its curve where it covers no box', () => {
		const drawing = drawMap(sampleMap(), 'en')!;
		for (const edge of drawing.edges) {
			const { width, height } = labelSize(edge.label);
			for (const node of drawing.nodes) {
				const apart =
					edge.labelX + width / 2 <= node.x ||
					edge.labelX - width / 2 >= node.x + NODE_WIDTH ||
					edge.labelY + height / 2 <= node.y ||
					edge.labelY - height / 2 >= node.y + node.height;
				expect(apart, `${edge.id} label over ${node.id}`).toBe(true);
			}
		}
	});
});
