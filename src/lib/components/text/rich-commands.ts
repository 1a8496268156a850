// What the toolbar and the keyboard do to a description: bold, italic and the two kinds of list.
// Undo and redo come from y-prosemirror, so they revert only this person's typing, never a peer's.
import { baseKeymap, toggleMark } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import type { NodeType } from 'prosemirror-model';
import type { Command, EditorState, Plugin } from 'prosemirror-state';
import { liftListItem, sinkListItem, splitListItem, wrapInList } from 'prosemirror-schema-list';
import { redo, undo } from 'y-prosemirror';
import { richSchema } from './rich-schema';

const { strong, em } = richSchema.marks;
const { bullet_list, ordered_list, list_item } = richSchema.nodes;

export const toggleBold = toggleMark(strong);
export const toggleItalic = toggleMark(em);

/** True when the mark applies where the caret is (or to all of the selection). */
export function markActive(state: EditorState, name: 'strong' | 'em'): boolean {
	const type = richSchema.marks[name];
	const { from, to, empty, $from } = state.selection;
	if (empty) return !!type.isInSet(state.storedMarks ?? $from.marks());
	return state.doc.rangeHasMark(from, to, type);
}

/** The closest list around the caret, with its position, if any. */
function listAround(state: EditorState): { type: NodeType; pos: number } | null {
	const { $from } = state.selection;
	for (let depth = $from.depth; depth > 0; depth--) {
		const node = $from.node(depth);
		if (node.type === bullet_list || node.type === ordered_list) {
			return { type: node.type, pos: $from.before(depth) };
		}
	}
	return null;
}

/** True when the caret is in a list of that kind. */
export function listActive(state: EditorState, kind: 'bullet' | 'ordered'): boolean {
	return listAround(state)?.type === (kind === 'bullet' ? bullet_list : ordered_list);
}

/**
 * Makes the paragraphs a list of that kind; again takes them out of it, and on a list of the other
 * kind switches its kind, as word processors do.
 */
export function toggleList(kind: 'bullet' | 'ordered'): Command {
	const type = kind === 'bullet' ? bullet_list : ordered_list;
	return (state, dispatch) => {
		const around = listAround(state);
		if (!around) return wrapInList(type)(state, dispatch);
		if (around.type === type) return liftListItem(list_item)(state, dispatch);
		dispatch?.(state.tr.setNodeMarkup(around.pos, type));
		return true;
	};
}

/**
 * The editor's keys. Tab is left to the browser so the keyboard can always leave the editor;
 * list items are indented with Mod-] and outdented with Mod-[.
 */
export function richKeymap(): Plugin[] {
	return [
		keymap({
			'Mod-z': undo,
			'Mod-Shift-z': redo,
			'Mod-y': redo,
			'Mod-b': toggleBold,
			'Mod-i': toggleItalic,
			Enter: splitListItem(list_item),
			'Mod-[': liftListItem(list_item),
			'Mod-]': sinkListItem(list_item)
		}),
		keymap(baseKeymap)
	];
}
