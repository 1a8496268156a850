// Why a flow someone draws (by dragging on the canvas or with the side panel's form) is not made,
// in the reader's language. The canvas asks before the drop, to mark the node it would land on; the
// words also serve a refusal `connect` itself gives (a peer drew the same flow a moment earlier).
import { m } from '$lib/paraglide/messages';
import { flowKey, textIn, type EdgeKind, type PlanData, type PlanErrorCode } from '$lib/plan';
import { readerLang } from '$lib/components/text/lang-names';
import { flowKindNames } from './node-style';

/** A flow someone tries to draw. */
export type FlowAttempt = { source: string; target: string; kind: EdgeKind };

/** Why the canvas did not draw a flow: a refusal of the plan, or of the page itself. */
export type Refusal = PlanErrorCode | 'read_only' | 'missed';

/** What keeps `attempt` from becoming a flow of `plan`; null when `connect` would accept it. */
export function flowRefusal(plan: PlanData, attempt: FlowAttempt): 'self_loop' | 'duplicate_flow' | null {
	if (attempt.source === attempt.target) return 'self_loop';
	const key = flowKey(attempt);
	return plan.map.edges.some((edge) => flowKey(edge) === key) ? 'duplicate_flow' : null;
}

function labelOf(plan: PlanData, id: string): string {
	const label = plan.map.nodes.find((node) => node.id === id)?.label;
	return label ? textIn(label, readerLang()).text : id;
}

/**
 * The words for a refusal; `attempt` names the flow tried, when there was one. `past`: the map shown
 * is a saved version, not the live plan.
 */
export function refusalText(
	refusal: Refusal,
	plan: PlanData,
	attempt?: FlowAttempt,
	{ past = false }: { past?: boolean } = {}
): string {
	switch (refusal) {
		case 'self_loop':
			return m.map_connect_self();
		case 'duplicate_flow':
			return attempt
				? m.map_connect_duplicate({
						kind: flowKindNames[attempt.kind](),
						source: labelOf(plan, attempt.source),
						target: labelOf(plan, attempt.target)
					})
				: m.map_error_duplicate_flow();
		case 'read_only':
			return past ? m.past_read_only_note() : m.map_connect_read_only();
		case 'missed':
			return m.map_connect_missed();
		default:
			// A node a peer removed just now, or a value this page should never send.
			return m.map_error_value();
	}
}
