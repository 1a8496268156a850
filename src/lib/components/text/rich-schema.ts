// The shape of a description as ProseMirror sees it. The node and mark names are the ones the plan
// domain writes into a description's Y.XmlFragment (src/lib/plan/rich-text.ts), so text written by an
// operation, an import or a migration opens in the editor unchanged. Nothing else is allowed: a
// pasted heading or image becomes paragraphs, and the plain-text projection stays one line per block.
import { Schema } from 'prosemirror-model';
import { marks, nodes } from 'prosemirror-schema-basic';
import { bulletList, listItem, orderedList } from 'prosemirror-schema-list';

export const richSchema = new Schema({
	nodes: {
		doc: { content: 'block+' },
		paragraph: nodes.paragraph,
		bullet_list: { ...bulletList, content: 'list_item+', group: 'block' },
		ordered_list: { ...orderedList, content: 'list_item+', group: 'block' },
		list_item: { ...listItem, content: 'paragraph block*' },
		text: nodes.text
	},
	marks: { strong: marks.strong, em: marks.em }
});
