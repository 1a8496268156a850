import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActor, addNode, addStage, connect, initPlan, moveNodes, snapshot, updateActor } from '$lib/plan';
import { defaultView } from '$lib/components/map/map-view';
import { FlowBuilder, type FlowInput } from '$lib/components/map/to-flow';
import type { Peer } from '$lib/collab/presence.svelte';

function setup() {
	const doc = new Y.Doc();
	initPlan(doc, { id: 'p', title: 'Flour' });
	addStage(doc, { id: 's1', title: 'Milling' });
	addActor(doc, { id: 'a1', name: 'Mill', kind: 'firm', member: true });
	addActor(doc, { id: 'a2', name: 'Bakery', kind: 'firm' });
	addNode(doc, { id: 'n1', actorId: 'a1', stageId: 's1', x: 0, y: 0 });
	addNode(doc, { id: 'n2', actorId: 'a2', x: 300, y: 0 });
	connect(doc, { id: 'e1', source: 'n1', target: 'n2', kind: 'goods', label: 'flour' });
	const input = (extra: Partial<FlowInput> = {}): FlowInput => ({
		plan: snapshot(doc),
		view: defaultView,
		selected: new Set(),
		dragging: {},
		peers: [],
		lang: 'en',
		...extra
	});
	return { doc, input };
}

const peer = (fields: Partial<Peer>): Peer => ({
	clientId: 7,
	user: { id: 'u2', name: 'Aigerim', color: '#d62728' },
	page: 'map',
	cursor: null,
	selection: [],
	drag: {},
	field: null,
	...fields
});

describe('the map as flow nodes', () => {
	it('draws a lane per stage behind the nodes, which nobody can drag or delete', () => {
		const { input } = setup();
		const nodes = new FlowBuilder().nodes(input());
		const lane = nodes.find((n) => n.id === 'lane:s1')!;
		expect(lane).toMatchObject({ type: 'lane', draggable: false, deletable: false, selectable: false });
		expect(nodes.filter((n) => n.type === 'actor').map((n) => n.id)).toEqual(['n1', 'n2']);
	});

	it('reuses the objects of unchanged nodes, so only what changed is drawn again', () => {
		const { doc, input } = setup();
		const builder = new FlowBuilder();
		const before = builder.nodes(input());
		moveNodes(doc, [{ id: 'n2', x: 500, y: 40 }]);
		const after = builder.nodes(input());
		const byId = (list: typeof before, id: string) => list.find((n) => n.id === id);
		expect(byId(after, 'n1')).toBe(byId(before, 'n1'));
		expect(byId(after, 'n2')).not.toBe(byId(before, 'n2'));
		expect(byId(after, 'n2')?.position).toEqual({ x: 500, y: 40 });
	});

	it("hands back the canvas's measured copies of unchanged nodes, and keeps the size of changed ones", () => {
		const { doc, input } = setup();
		const builder = new FlowBuilder();
		// What Svelte Flow holds after drawing: its own copies, with the sizes it measured.
		const onCanvas = builder.nodes(input()).map((n) => ({ ...n, measured: { width: 200, height: 48 } }));
		moveNodes(doc, [{ id: 'n2', x: 500, y: 40 }]);
		const after = builder.nodes(input(), onCanvas);
		expect(after.find((n) => n.id === 'n1')).toBe(onCanvas.find((n) => n.id === 'n1'));
		const n2 = after.find((n) => n.id === 'n2')!;
		expect(n2).not.toBe(onCanvas.find((n) => n.id === 'n2'));
		expect(n2).toMatchObject({ position: { x: 500, y: 40 }, measured: { width: 200, height: 48 } });
	});

	it('follows a renamed actor and shows where a peer is dragging and what they selected', () => {
		const { doc, input } = setup();
		const builder = new FlowBuilder();
		updateActor(doc, 'a1', { name: 'Large flour mill' });
		const nodes = builder.nodes(
			input({ peers: [peer({ drag: { n2: { x: 900, y: 90 } }, selection: ['n1'] })] })
		);
		const n1 = nodes.find((n) => n.id === 'n1')!;
		expect(n1.data).toMatchObject({ label: { en: 'Large flour mill' }, selectedBy: [{ name: 'Aigerim' }] });
		expect(nodes.find((n) => n.id === 'n2')?.position).toEqual({ x: 900, y: 90 });
	});

	it("keeps this user's drag in flight over what the document says", () => {
		const { input } = setup();
		const nodes = new FlowBuilder().nodes(input({ dragging: { n1: { x: 42, y: 24 } } }));
		expect(nodes.find((n) => n.id === 'n1')?.position).toEqual({ x: 42, y: 24 });
	});

	it('hides flows whose ends a filter hides, and keeps the selection', () => {
		const { input } = setup();
		const builder = new FlowBuilder();
		const edges = builder.edges(
			input({ view: { ...defaultView, membership: 'members' }, selected: new Set(['e1']) })
		);
		expect(edges).toEqual([
			expect.objectContaining({ id: 'e1', hidden: true, selected: true, label: 'flour' })
		]);
	});
});
