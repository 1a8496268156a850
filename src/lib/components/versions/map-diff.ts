// The map of a diff as @xyflow/svelte nodes and edges: the newer map, with what the older one had and
// lost put back where it was, and every item marked with what happened to it. Drawn by the same
// builder as the live map, so nodes keep their shapes, colours and stage lanes.
import { MarkerType, type Edge, type Node } from '@xyflow/svelte';
import { m } from '$lib/paraglide/messages';
import { LANGS } from '$lib/plan';
import type { ChangeKind, DiffCollection, ItemChange, Localized, PlanChanges, PlanData } from '$lib/plan';
import { defaultView } from '$lib/components/map/map-view';
import { FlowBuilder, type ActorNodeData, type LaneNodeData } from '$lib/components/map/to-flow';
import { plain, readerLang } from '$lib/components/ui/localized';

export type DiffNodeData = ActorNodeData & { change: ChangeKind | null };

/** A text mark for each kind of change, so the graph never tells them apart by colour alone. */
export const changeMarks: Record<ChangeKind, string> = { added: '+', removed: '−', changed: '~', moved: '↔' };
export const changeColours: Record<ChangeKind, string> = {
	added: '#1b7f3b',
	removed: '#a3261f',
	changed: '#9a5b00',
	moved: '#1a66d9'
};
export const changeNames: Record<ChangeKind, () => string> = {
	added: m.past_diff_added,
	removed: m.past_diff_removed,
	changed: m.past_diff_changed,
	moved: m.past_diff_moved
};

/** A stage's name with the mark of its change in front, in every language it is written in. */
function marked(mark: string, title: Localized): Localized {
	return Object.fromEntries(
		LANGS.map((lang) => [lang, title[lang].trim() ? `${mark} ${title[lang]}` : ''])
	) as Localized;
}

/** The changes of the map's section: stages, nodes, flows and the firms behind the nodes. */
export function mapChanges(changes: PlanChanges): ItemChange[] {
	return changes.sections.find((section) => section.section === 'map')?.items ?? [];
}

function kindsOf(items: ItemChange[], collection: DiffCollection): Map<string, ChangeKind> {
	return new Map(items.filter((item) => item.collection === collection).map((item) => [item.id, item.kind]));
}

/** The newer map plus what the older one lost (nodes, flows, and the firms those nodes showed). */
function merged(before: PlanData, after: PlanData): PlanData {
	const nodeIds = new Set(after.map.nodes.map((node) => node.id));
	const edgeIds = new Set(after.map.edges.map((edge) => edge.id));
	const actorIds = new Set(after.actors.map((actor) => actor.id));
	return {
		...after,
		map: {
			stages: after.map.stages,
			nodes: [...after.map.nodes, ...before.map.nodes.filter((node) => !nodeIds.has(node.id))],
			edges: [...after.map.edges, ...before.map.edges.filter((edge) => !edgeIds.has(edge.id))]
		},
		actors: [...after.actors, ...before.actors.filter((actor) => !actorIds.has(actor.id))]
	};
}

/** Nodes and edges for a read-only Svelte Flow, marked with their changes. */
export function mapDiffFlow(
	before: PlanData,
	after: PlanData,
	changes: PlanChanges
): { nodes: Node[]; edges: Edge[] } {
	const items = mapChanges(changes);
	const plan = merged(before, after);
	const nodeKinds = kindsOf(items, 'nodes');
	const edgeKinds = kindsOf(items, 'edges');
	const stageKinds = kindsOf(items, 'stages');
	// A firm renamed, retyped or joining the cluster changes every node that shows it.
	for (const [actorId, kind] of kindsOf(items, 'actors')) {
		if (kind !== 'changed') continue;
		for (const node of after.map.nodes) {
			if (node.actorId === actorId && !nodeKinds.has(node.id)) nodeKinds.set(node.id, 'changed');
		}
	}
	const builder = new FlowBuilder();
	const lang = readerLang();
	const input = { plan, view: defaultView, selected: new Set<string>(), dragging: {}, peers: [], lang };
	const nodes = builder.nodes(input).map((node): Node => {
		if (node.type === 'lane') {
			const data = node.data as LaneNodeData;
			const kind = stageKinds.get(node.id.slice('lane:'.length));
			return kind ? { ...node, data: { ...data, title: marked(changeMarks[kind], data.title) } } : node;
		}
		const change = nodeKinds.get(node.id) ?? null;
		const data: DiffNodeData = { ...(node.data as ActorNodeData), change };
		const label = plain((node.data as ActorNodeData).label);
		return {
			...node,
			type: 'diff',
			data,
			ariaLabel: change ? `${changeNames[change]()}: ${label}` : label,
			draggable: false,
			connectable: false,
			selectable: false,
			deletable: false,
			// Removed nodes sit where they were; drawn above the newer map, so they stay visible.
			zIndex: change === 'removed' ? 2 : 1
		};
	});
	const edges = builder.edges(input).map((edge): Edge => {
		const change = edgeKinds.get(edge.id);
		if (!change) return { ...edge, selectable: false, deletable: false };
		const colour = changeColours[change];
		const dash = change === 'removed' ? '5 5' : /stroke-dasharray: ([^;]+)/.exec(String(edge.style))?.[1];
		return {
			...edge,
			selectable: false,
			deletable: false,
			class: `${edge.class} diff-${change}`,
			label: `${changeMarks[change]} ${edge.label ?? ''}`.trim(),
			style: `stroke: ${colour}; stroke-width: 3.5; stroke-dasharray: ${dash ?? 'none'}`,
			markerEnd: { type: MarkerType.ArrowClosed, color: colour },
			ariaLabel: `${changeNames[change]()}: ${edge.ariaLabel ?? ''}`,
			zIndex: 2
		};
	});
	return { nodes, edges };
}

const itemNames: Partial<Record<DiffCollection, () => string>> = {
	stages: m.past_diff_stage,
	nodes: m.past_diff_node,
	edges: m.past_diff_edge,
	actors: m.past_diff_actor
};

const fieldNames: Record<string, () => string> = {
	label: m.past_field_name,
	name: m.past_field_name,
	title: m.past_field_name,
	kind: m.past_field_kind,
	notes: m.past_field_notes,
	owner: m.past_field_owner,
	stageId: m.past_field_stage,
	order: m.past_field_order,
	x: m.past_field_position,
	y: m.past_field_position,
	objectiveIds: m.past_field_links,
	projectIds: m.past_field_links,
	source: m.past_field_ends,
	target: m.past_field_ends,
	member: m.past_field_member,
	participantId: m.past_field_participant,
	actorId: m.past_field_actor
};

/** One change of the map in words, for the list beside the graph. */
export function describeChange(item: ItemChange): string {
	const said = m.past_diff_item({
		change: changeNames[item.kind](),
		what: (itemNames[item.collection] ?? m.past_field_other)(),
		name: plain(item.label)
	});
	if (!item.fields.length) return said;
	const fields = new Set(
		item.fields.map(({ field }) => {
			const name = field.split('.')[0]!;
			// A flow's label is a caption on the line, not a name.
			if (item.collection === 'edges' && name === 'label') return m.past_field_label();
			return (fieldNames[name] ?? m.past_field_other)();
		})
	);
	return `${said}; ${m.past_diff_fields({ fields: [...fields].join(', ') })}`;
}
