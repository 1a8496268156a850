// Svelte Flow's own screen-reader texts and control labels, in the reader's language.
import type { AriaLabelConfig } from '@xyflow/svelte';
import { m } from '$lib/paraglide/messages';

export function flowLabels(): Partial<AriaLabelConfig> {
	return {
		'node.a11yDescription.default': m.flow_node_help(),
		'node.a11yDescription.keyboardDisabled': m.flow_node_help_keyboard(),
		'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
			m.flow_node_moved({ direction, x: Math.round(x), y: Math.round(y) }),
		'edge.a11yDescription.default': m.flow_edge_help(),
		'controls.ariaLabel': m.flow_controls(),
		'controls.zoomIn.ariaLabel': m.flow_zoom_in(),
		'controls.zoomOut.ariaLabel': m.flow_zoom_out(),
		'controls.fitView.ariaLabel': m.flow_fit_view(),
		'controls.interactive.ariaLabel': m.flow_interactive(),
		'minimap.ariaLabel': m.flow_minimap(),
		'handle.ariaLabel': m.flow_handle()
	};
}
