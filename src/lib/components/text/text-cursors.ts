// Other people's carets and selections in a rich-text field, in their colour with their name.
// y-prosemirror's yCursorPlugin (1.3.7) takes a `cursorStateField` but still reads the fixed `cursor`
// field when drawing (yjs/y-prosemirror#86, fix #159 unmerged), and our map presence already uses
// `cursor` for the map pointer {x, y}: reading that as a text position throws. This is the same
// plugin, reading and writing one field of its own, `textCursor`, and taking nothing a peer sends on
// trust. One field serves every editor on the page: a position only resolves in its own fragment.
import * as Y from 'yjs';
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { Awareness } from 'y-protocols/awareness';
import {
	absolutePositionToRelativePosition,
	relativePositionToAbsolutePosition,
	setMeta,
	ySyncPluginKey
} from 'y-prosemirror';

/** The awareness field a rich-text caret travels in (never `cursor`: that is the map pointer). */
export const TEXT_CURSOR_FIELD = 'textCursor';

const key = new PluginKey<DecorationSet>('text-cursors');
const hexColour = /^#[0-9a-fA-F]{6}$/;

type SyncState = { type: Y.XmlFragment; doc: Y.Doc; binding: { mapping: Map<unknown, unknown> } };
type Caret = { anchor: number; head: number; name: string; colour: string; clientId: number };

function syncState(state: EditorState): SyncState {
	return ySyncPluginKey.getState(state) as SyncState;
}

/** A position a peer sent, in this editor's fragment, or null (elsewhere, stale or malformed). */
function resolve(sync: SyncState, json: unknown): number | null {
	if (typeof json !== 'object' || json === null) return null;
	try {
		const relative = Y.createRelativePositionFromJSON(json);
		return relativePositionToAbsolutePosition(sync.doc, sync.type, relative, sync.binding.mapping as never);
	} catch {
		return null;
	}
}

function caretOf(sync: SyncState, clientId: number, state: Record<string, unknown>): Caret | null {
	const cursor = state[TEXT_CURSOR_FIELD] as { anchor?: unknown; head?: unknown } | null | undefined;
	if (typeof cursor !== 'object' || cursor === null) return null;
	const anchor = resolve(sync, cursor.anchor);
	const head = resolve(sync, cursor.head);
	if (anchor === null || head === null) return null;
	const user = (state.user ?? {}) as { name?: unknown; color?: unknown };
	return {
		anchor,
		head,
		clientId,
		name: typeof user.name === 'string' ? user.name : '',
		colour: typeof user.color === 'string' && hexColour.test(user.color) ? user.color : '#555555'
	};
}

function caretElement(caret: Caret): HTMLElement {
	const element = document.createElement('span');
	element.className = 'text-caret';
	element.style.borderColor = caret.colour;
	// The name is for sighted peers; the field's "… is editing" tag says it for everyone, and the
	// name must not be read out as part of the text.
	element.setAttribute('aria-hidden', 'true');
	const name = document.createElement('span');
	name.className = 'text-caret-name';
	name.style.borderColor = caret.colour;
	name.textContent = caret.name;
	element.append('\u2060', name, '\u2060');
	return element;
}

function decorations(state: EditorState, awareness: Awareness): DecorationSet {
	const sync = syncState(state);
	if (!sync?.binding || sync.binding.mapping.size === 0) return DecorationSet.empty;
	const found: Decoration[] = [];
	const max = Math.max(state.doc.content.size - 1, 0);
	for (const [clientId, peer] of awareness.getStates()) {
		if (clientId === sync.doc.clientID) continue;
		const caret = caretOf(sync, clientId, peer);
		if (!caret) continue;
		const anchor = Math.min(caret.anchor, max);
		const head = Math.min(caret.head, max);
		found.push(Decoration.widget(head, () => caretElement(caret), { key: `${clientId}`, side: 10 }));
		if (anchor !== head) {
			found.push(
				Decoration.inline(Math.min(anchor, head), Math.max(anchor, head), {
					style: `background-color: ${caret.colour}33`
				})
			);
		}
	}
	return DecorationSet.create(state.doc, found);
}

/** Shares this editor's caret while it has focus, and draws everyone else's. */
export function textCursors(awareness: Awareness): Plugin {
	return new Plugin({
		key,
		state: {
			init: (_, state) => decorations(state, awareness),
			apply(tr, previous, _old, state) {
				const sync = ySyncPluginKey.getState(state) as { isChangeOrigin?: boolean } | undefined;
				if (sync?.isChangeOrigin || tr.getMeta(key)) return decorations(state, awareness);
				return previous.map(tr.mapping, tr.doc);
			}
		},
		props: { decorations: (state) => key.getState(state) },
		view: (view) => caretSharing(view, awareness)
	});
}

function ownedHere(view: EditorView, awareness: Awareness): boolean {
	const current = awareness.getLocalState()?.[TEXT_CURSOR_FIELD] as { anchor?: unknown } | null;
	return !!current && resolve(syncState(view.state), current.anchor) !== null;
}

function caretSharing(view: EditorView, awareness: Awareness) {
	// The map page's pointer moves change awareness many times a second: redraw only when a caret did.
	let drawn = '';
	const redraw = () => {
		const carets = [...awareness.getStates()]
			.filter(([id, state]) => id !== awareness.clientID && state[TEXT_CURSOR_FIELD])
			.map(([id, state]) => [id, state[TEXT_CURSOR_FIELD], state.user]);
		const now = JSON.stringify(carets);
		if (now === drawn) return;
		drawn = now;
		// A view being torn down has no docView; dispatching into it throws.
		if ((view as unknown as { docView: unknown }).docView) setMeta(view, key, true);
	};
	const share = () => {
		const sync = syncState(view.state);
		if (!sync?.binding) return;
		if (view.hasFocus()) {
			const { anchor, head } = view.state.selection;
			const mapping = sync.binding.mapping as never;
			const next = {
				anchor: absolutePositionToRelativePosition(anchor, sync.type, mapping),
				head: absolutePositionToRelativePosition(head, sync.type, mapping)
			};
			const current = awareness.getLocalState()?.[TEXT_CURSOR_FIELD];
			if (JSON.stringify(current) !== JSON.stringify(next)) {
				awareness.setLocalStateField(TEXT_CURSOR_FIELD, next);
			}
		} else if (ownedHere(view, awareness)) {
			awareness.setLocalStateField(TEXT_CURSOR_FIELD, null);
		}
	};
	awareness.on('change', redraw);
	view.dom.addEventListener('focusin', share);
	view.dom.addEventListener('focusout', share);
	return {
		update: share,
		destroy() {
			view.dom.removeEventListener('focusin', share);
			view.dom.removeEventListener('focusout', share);
			awareness.off('change', redraw);
			// Another editor on the page may hold the caret by now: clear it only if it is still ours.
			if (ownedHere(view, awareness)) awareness.setLocalStateField(TEXT_CURSOR_FIELD, null);
		}
	};
}
