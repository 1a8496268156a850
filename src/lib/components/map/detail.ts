// How much of the map is drawn. A large map seen from far shows hundreds of boxes whose text is a
// few pixels high and cannot be read: there they are drawn as plain coloured boxes with plain lines,
// which the browser lays out and paints several times faster (a drag repaints the whole canvas).
// Zoomed in, or on a small map, everything is drawn.

/** Up to this many nodes the map is drawn whole and in full at any zoom (find-in-page, scrolling). */
export const SMALL_MAP = 200;
/** Below this zoom a large map's text is under 6 px high: the nodes are drawn without it. */
export const OUTLINE_BELOW_ZOOM = 0.5;

export type MapDetail = {
	zoom: number;
	nodes: number;
	/** An export draws every node as it is read, whatever the zoom on screen. */
	exporting: boolean;
};

/** True when the map is drawn in outline: boxes without text, lines without dashes, arrows or labels. */
export function drawnInOutline({ zoom, nodes, exporting }: MapDetail): boolean {
	return !exporting && nodes > SMALL_MAP && zoom < OUTLINE_BELOW_ZOOM;
}
