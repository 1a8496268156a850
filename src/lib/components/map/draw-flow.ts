// Drawing a flow by dragging on the canvas: from a node's edge to anywhere on another node (while a
// flow is drawn, each node's whole body takes it: ActorNode). A flow that cannot be drawn is marked
// on the node before the drop and said in words after it, visibly and to screen readers
// (ConnectNotice), as is a drop beside every node and a read-only reader's press on a node's edge.
import type { Connection, IsValidConnection, OnConnectEnd } from '@xyflow/svelte';
import { connect, isPlanError } from '$lib/plan';
import type { PlanSession } from '$lib/collab/plan-session.svelte';
import type { MapState } from './map-state.svelte';
import { flowRefusal, refusalText, type FlowAttempt, type Refusal } from './flow-refusal';

/** The canvas's handlers for drawing flows by dragging. */
export function drawFlow(session: PlanSession, map: MapState) {
	const attempt = (source: string, target: string): FlowAttempt => ({
		source,
		target,
		kind: map.newFlowKind
	});
	const tell = (refusal: Refusal, tried?: FlowAttempt) => {
		if (session.plan) map.notice = refusalText(refusal, session.plan, tried, { past: !!session.past });
	};

	const isValid: IsValidConnection = (edge) =>
		!!session.plan && flowRefusal(session.plan, attempt(edge.source, edge.target)) === null;

	function start() {
		map.notice = '';
	}

	// Runs as Svelte Flow's `onbeforeconnect` and answers false: the flow is written to the plan and
	// drawn from its snapshot, never added by Svelte Flow itself, which would leave an arrow on
	// screen that the plan does not hold when `connect` refuses it.
	function draw(connection: Connection): false {
		const tried = attempt(connection.source, connection.target);
		try {
			connect(session.doc, tried);
		} catch (error) {
			// A peer drew the same flow, or removed the node, a moment before the drop.
			if (!isPlanError(error)) throw error;
			tell(error.code, tried);
		}
		return false;
	}

	const end: OnConnectEnd = (_event, state) => {
		if (state.isValid) return;
		const from = state.fromNode?.id;
		const to = state.toNode?.id;
		if (!from || !to || !session.plan) return tell('missed');
		// Loose mode: a flow drawn from a node's left (incoming) edge comes into that node.
		const tried = state.fromHandle?.type === 'target' ? attempt(to, from) : attempt(from, to);
		tell(flowRefusal(session.plan, tried) ?? 'invalid_value', tried);
	};

	// Read-only readers see the edges of nodes too; pressing one tells them why nothing starts,
	// instead of starting a line that could only be refused.
	function pressed(event: MouseEvent) {
		if (session.canEdit || !(event.target as Element).closest?.('.svelte-flow__handle')) return;
		event.stopPropagation();
		tell('read_only');
	}

	return { isValid, start, connect: draw, end, pressed };
}
