// A description drawn without an editor: the fragment read as a small tree of blocks and styled
// text runs, kept current by observing the fragment. Reading only: converting through y-prosemirror
// would "repair" the fragment (it deletes what the schema refuses), a write a reader must not make.
import * as Y from 'yjs';
import { createSubscriber } from 'svelte/reactivity';

export type PreviewRun = { text: string; strong: boolean; em: boolean };
export type PreviewBlock = { name: string; children: PreviewBlock[]; runs: PreviewRun[] };

// y-prosemirror stores a mark that may overlap itself as `strong--<hash>`.
const markName = (key: string) => key.replace(/--[a-zA-Z0-9+/=]{8}$/, '');

function runsOf(text: Y.XmlText): PreviewRun[] {
	return (text.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[])
		.filter((op) => typeof op.insert === 'string')
		.map((op) => {
			const marks = Object.keys(op.attributes ?? {}).map(markName);
			return { text: op.insert as string, strong: marks.includes('strong'), em: marks.includes('em') };
		});
}

function blockOf(element: Y.XmlElement): PreviewBlock {
	const block: PreviewBlock = { name: element.nodeName, children: [], runs: [] };
	for (const child of element.toArray()) {
		if (child instanceof Y.XmlText) block.runs.push(...runsOf(child));
		else if (child instanceof Y.XmlElement) block.children.push(blockOf(child));
	}
	return block;
}

/** The blocks of a fragment, for drawing. */
export function previewOf(fragment: Y.XmlFragment): PreviewBlock[] {
	return fragment.toArray().flatMap((node) => (node instanceof Y.XmlElement ? [blockOf(node)] : []));
}

/** True when the blocks hold no text at all. */
export function previewEmpty(blocks: PreviewBlock[]): boolean {
	return blocks.every((b) => b.runs.every((r) => r.text.trim() === '') && previewEmpty(b.children));
}

/** A fragment's blocks as a rune-backed value: reading `blocks` in a template follows its edits. */
export class FragmentPreview {
	#subscribe: () => void;

	constructor(readonly fragment: Y.XmlFragment) {
		this.#subscribe = createSubscriber((update) => {
			const changed = () => update();
			fragment.observeDeep(changed);
			return () => fragment.unobserveDeep(changed);
		});
	}

	get blocks(): PreviewBlock[] {
		this.#subscribe();
		return previewOf(this.fragment);
	}
}
