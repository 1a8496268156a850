import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AllSelection, EditorState, TextSelection, type Command } from 'prosemirror-state';
import { initProseMirrorDoc, updateYFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import { plainText, richFragment, setPlainText, writeRich } from '$lib/plan/rich-text';
import { richSchema } from '$lib/components/text/rich-schema';
import { toggleBold, toggleList } from '$lib/components/text/rich-commands';
import { previewOf } from '$lib/components/text/rich-preview.svelte';

/** An item holding a description the way the plan domain writes it. */
function itemWith(doc: Y.Doc, text: Partial<Record<'ru' | 'kk' | 'en', string>>) {
	const item = new Y.Map<unknown>();
	doc.getMap('lines').set('l1', item);
	doc.transact(() => writeRich(item, 'description', text));
	return item;
}

/** What the editor does on a keystroke: change the ProseMirror document, write it into the fragment. */
function type(fragment: Y.XmlFragment, edit: (state: EditorState) => EditorState) {
	const { doc, meta } = initProseMirrorDoc(fragment, richSchema);
	const next = edit(EditorState.create({ schema: richSchema, doc }));
	fragment.doc!.transact(() => updateYFragment(fragment.doc!, fragment, next.doc, meta));
}

function run(command: Command, state: EditorState): EditorState {
	let next = state;
	command(state, (tr) => (next = state.apply(tr)));
	return next;
}

function sync(a: Y.Doc, b: Y.Doc) {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('rich text', () => {
	it('opens a description the plan domain wrote', () => {
		const doc = new Y.Doc();
		const fragment = richFragment(
			itemWith(doc, { ru: 'Первая строка\nВторая строка' }),
			'description',
			'ru'
		)!;
		const node = yXmlFragmentToProseMirrorRootNode(fragment, richSchema);
		node.check(); // throws when the content does not fit the schema
		expect(node.childCount).toBe(2);
		expect(node.child(0).type.name).toBe('paragraph');
		expect(node.textBetween(0, node.content.size, '\n')).toBe('Первая строка\nВторая строка');
	});

	it('opens paragraphs built by hand from Y.XmlElement and Y.XmlText', () => {
		const doc = new Y.Doc();
		const fragment = doc.getXmlFragment('description');
		const paragraph = new Y.XmlElement('paragraph');
		const text = new Y.XmlText();
		text.insert(0, 'Mill capacity');
		paragraph.insert(0, [text]);
		fragment.insert(0, [paragraph]);
		const node = yXmlFragmentToProseMirrorRootNode(fragment, richSchema);
		node.check();
		expect(node.textContent).toBe('Mill capacity');
	});

	it('writes lists and marks under the names the domain reads back', () => {
		const doc = new Y.Doc();
		const fragment = doc.getXmlFragment('description');
		doc.transact(() => setPlainText(fragment, 'Grain\nFlour'));
		type(fragment, (state) =>
			run(toggleList('bullet'), state.apply(state.tr.setSelection(new AllSelection(state.doc))))
		);
		// "Grain": inside bullet_list > list_item > paragraph, so it starts at 3.
		type(fragment, (state) =>
			run(toggleBold, state.apply(state.tr.setSelection(TextSelection.create(state.doc, 3, 8))))
		);
		const names = fragment.toArray().map((n) => (n as Y.XmlElement).nodeName);
		expect(names[0]).toBe('bullet_list');
		expect(plainText(fragment)).toContain('Grain');
		const list = previewOf(fragment)[0]!;
		expect(list.name).toBe('bullet_list');
		expect(list.children[0]!.name).toBe('list_item');
		expect(list.children[0]!.children[0]!.runs).toEqual([{ text: 'Grain', strong: true, em: false }]);
	});

	it('keeps both people’s words when two type into one description at once', () => {
		const a = new Y.Doc();
		const b = new Y.Doc();
		itemWith(a, { en: 'Flour exports' });
		sync(a, b);
		const fragmentOf = (doc: Y.Doc) =>
			richFragment(doc.getMap('lines').get('l1') as Y.Map<unknown>, 'description', 'en')!;
		// Neither has seen the other's keystrokes when they type.
		type(fragmentOf(a), (s) => s.apply(s.tr.insertText(' grow', s.doc.content.size - 1)));
		type(fragmentOf(b), (s) => s.apply(s.tr.insertText('Kostanay ', 1)));
		sync(a, b);
		expect(plainText(fragmentOf(a))).toBe('Kostanay Flour exports grow');
		expect(plainText(fragmentOf(b))).toBe(plainText(fragmentOf(a)));
		yXmlFragmentToProseMirrorRootNode(fragmentOf(b), richSchema).check();
	});
});
