// How each kind of map node looks and is called: colour (the shape is in ActorNode's styles),
// shared by the canvas and its legend.
import { m } from '$lib/paraglide/messages';
import type { EdgeKind, NodeKind } from '$lib/plan';

export const nodeColours: Record<NodeKind, string> = {
	stage: '#e8eef0',
	firm: '#d8efe6',
	institution: '#e3e4f7',
	supplier: '#fbefd5',
	market: '#f7dede'
};

export const nodeKinds = Object.keys(nodeColours) as NodeKind[];

export const kindNames: Record<NodeKind, () => string> = {
	stage: m.kind_stage,
	firm: m.kind_firm,
	institution: m.kind_institution,
	supplier: m.kind_supplier,
	market: m.kind_market
};

export const flowKindNames: Record<EdgeKind, () => string> = {
	goods: m.flow_goods,
	services: m.flow_services,
	money: m.flow_money,
	knowledge: m.flow_knowledge
};
