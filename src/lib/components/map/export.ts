// The map as a picture (PNG) or a vector drawing (SVG) of the whole map, not just what is on screen.
import { toPng, toSvg } from 'html-to-image';
import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/svelte';

export type ImageFormat = 'png' | 'svg';

const PADDING = 0.05;
const MAX_SIDE = 4096;

/** Draws every node and edge of `nodes`' map into an image; the caller has all of them rendered. */
export async function mapImage(viewport: HTMLElement, nodes: Node[], format: ImageFormat): Promise<string> {
	const bounds = getNodesBounds(nodes.filter((node) => !node.hidden));
	// One map pixel per image pixel where that fits, smaller for very large maps.
	const scale = Math.min(1, MAX_SIDE / Math.max(bounds.width, bounds.height, 1));
	const width = Math.max(400, Math.round(bounds.width * scale * (1 + 2 * PADDING)));
	const height = Math.max(300, Math.round(bounds.height * scale * (1 + 2 * PADDING)));
	const { x, y, zoom } = getViewportForBounds(bounds, width, height, 0.01, 2, PADDING);
	const render = format === 'png' ? toPng : toSvg;
	return render(viewport, {
		backgroundColor: '#ffffff',
		width,
		height,
		style: {
			width: `${width}px`,
			height: `${height}px`,
			transform: `translate(${x}px, ${y}px) scale(${zoom})`
		},
		// Other people's pointers are not part of the map.
		filter: (element) => !(element instanceof HTMLElement && element.classList.contains('cursor'))
	});
}

export function download(dataUrl: string, fileName: string) {
	const link = document.createElement('a');
	link.href = dataUrl;
	link.download = fileName;
	link.click();
}
