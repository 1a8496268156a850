import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActor, addNode, addStage, initPlan, snapshot, type PlanData } from '$lib/plan';
import { defaultView, isShown, nodeColour, searchNodes, type MapView } from '$lib/components/map/map-view';
import { nodeColours } from '$lib/components/map/node-style';

function plan(): PlanData {
	const doc = new Y.Doc();
	initPlan(doc, { id: 'p', title: 'Flour' });
	addStage(doc, { id: 'farming', title: 'Farming' });
	addStage(doc, { id: 'milling', title: 'Milling' });
	addActor(doc, { id: 'mills', name: 'Large flour mills', kind: 'firm', member: true });
	addActor(doc, { id: 'rail', name: 'Rail freight (KTZ)', kind: 'firm', member: false });
	addActor(doc, { id: 'uni', name: 'Kostanay State University', kind: 'institution', member: true });
	addNode(doc, { id: 'n-mills', actorId: 'mills', stageId: 'milling', x: 280, y: 0 });
	addNode(doc, { id: 'n-rail', actorId: 'rail', stageId: 'milling', x: 280, y: 110 });
	addNode(doc, { id: 'n-uni', actorId: 'uni', stageId: 'farming', x: 0, y: 0 });
	addNode(doc, { id: 'n-note', label: 'Small mills need credit', kind: 'stage', x: 0, y: 200 });
	return snapshot(doc);
}

const shown = (data: PlanData, view: Partial<MapView>) => {
	const actors = new Map(data.actors.map((a) => [a.id, a]));
	return data.map.nodes.filter((n) => isShown(n, { ...defaultView, ...view }, actors)).map((n) => n.id);
};

describe('map views', () => {
	it('filter by kind, membership and stage, and together', () => {
		const data = plan();
		expect(shown(data, {})).toHaveLength(4);
		expect(shown(data, { kinds: ['institution'] })).toEqual(['n-uni']);
		expect(shown(data, { membership: 'members' }).sort()).toEqual(['n-mills', 'n-uni']);
		// A free label has no actor, so it is neither a member nor a non-member.
		expect(shown(data, { membership: 'others' })).toEqual(['n-rail']);
		expect(shown(data, { stageId: 'milling' }).sort()).toEqual(['n-mills', 'n-rail']);
		expect(shown(data, { stageId: 'milling', membership: 'members' })).toEqual(['n-mills']);
	});

	it('colour by kind, membership and stage', () => {
		const data = plan();
		const actors = new Map(data.actors.map((a) => [a.id, a]));
		const stages = new Map(data.map.stages.map((s, i) => [s.id, i]));
		const node = (id: string) => data.map.nodes.find((n) => n.id === id)!;
		const colour = (id: string, colourBy: MapView['colourBy']) =>
			nodeColour(node(id), { ...defaultView, colourBy }, actors, stages);
		expect(colour('n-uni', 'kind')).toBe(nodeColours.institution);
		expect(colour('n-mills', 'membership')).not.toBe(colour('n-rail', 'membership'));
		expect(colour('n-mills', 'membership')).toBe(colour('n-uni', 'membership'));
		expect(colour('n-mills', 'stage')).toBe(colour('n-rail', 'stage'));
		expect(colour('n-mills', 'stage')).not.toBe(colour('n-uni', 'stage'));
	});

	it('search finds labels in any case, best matches first, and nothing for blanks', () => {
		const data = plan();
		expect(searchNodes(data, 'MILLS').map((n) => n.id)).toEqual(['n-note', 'n-mills']);
		expect(searchNodes(data, 'kostanay').map((n) => n.id)).toEqual(['n-uni']);
		expect(searchNodes(data, '   ')).toEqual([]);
		expect(searchNodes(data, 'bakery')).toEqual([]);
	});
});
