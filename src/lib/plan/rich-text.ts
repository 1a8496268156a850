// Long descriptions are rich text that several people type into at once, character by character:
// each language of a description is its own `Y.XmlFragment` under the item's flat key
// (`description.ru`), the shape y-prosemirror binds an editor to. The fragments are created with the
// item, by the one peer that adds it, so no two peers ever create competing fragments for one key.
// Blocks are `paragraph`, `bullet_list`/`ordered_list` of `list_item`; marks `strong` and `em`.
import * as Y from 'yjs';
import { LANGS, emptyLocalized, langKey, markTranslations, type Lang, type Localized } from './localized';

/** The fragment of one language of a rich-text field, if the item has it. */
export function richFragment(item: Y.Map<unknown>, field: string, lang: Lang): Y.XmlFragment | undefined {
	const value = item.get(langKey(field, lang));
	return value instanceof Y.XmlFragment ? value : undefined;
}

// Deeper than any list people nest; content below it (never written by this server) is not read, so
// no stored description can exhaust the stack of the snapshot.
const MAX_READ_DEPTH = 64;

function plainOf(node: Y.XmlElement | Y.XmlText | Y.XmlHook, depth = 0): string {
	if (depth > MAX_READ_DEPTH) return '';
	if (node instanceof Y.XmlText) {
		return (node.toDelta() as { insert?: unknown }[])
			.map((op) => (typeof op.insert === 'string' ? op.insert : ''))
			.join('');
	}
	if (node instanceof Y.XmlElement) {
		const children = node.toArray().map((child) => plainOf(child as Y.XmlElement | Y.XmlText, depth + 1));
		// Blocks hold blocks (lists hold items) or inline text (paragraphs): only blocks break lines.
		const blocks = node.toArray().some((child) => child instanceof Y.XmlElement);
		return children.join(blocks ? '\n' : '');
	}
	return '';
}

/** The plain text of a fragment: one line per paragraph or list item. */
export function plainText(fragment: Y.XmlFragment): string {
	return fragment
		.toArray()
		.map((node) => plainOf(node as Y.XmlElement | Y.XmlText))
		.join('\n');
}

/** Every language of a rich-text field as plain text, for snapshots, diffs and exports. */
export function readRich(item: Y.Map<unknown>, field: string): Localized {
	const out = emptyLocalized();
	for (const lang of LANGS) {
		const value = item.get(langKey(field, lang));
		if (value instanceof Y.XmlFragment) out[lang] = plainText(value);
		else if (typeof value === 'string') out[lang] = value; // written by layout 1, before migration
	}
	return out;
}

/** Replaces a fragment's content with `text`, one paragraph per line; call inside a transaction. */
export function setPlainText(fragment: Y.XmlFragment, text: string): void {
	if (fragment.length) fragment.delete(0, fragment.length);
	if (text === '') return;
	const paragraphs = text.split('\n').map((line) => {
		const paragraph = new Y.XmlElement('paragraph');
		const content = new Y.XmlText();
		if (line) content.insert(0, line);
		paragraph.insert(0, [content]);
		return paragraph;
	});
	fragment.insert(0, paragraphs);
}

/**
 * Writes languages of a rich-text field from plain text, creating a fragment for every language the
 * item lacks (so a new item has all three); call inside a transaction, on an item already in the doc.
 */
export function writeRich(item: Y.Map<unknown>, field: string, value: Partial<Localized>): void {
	const before = readRich(item, field);
	for (const lang of LANGS) {
		let fragment = richFragment(item, field, lang);
		if (!fragment) {
			const legacy = item.get(langKey(field, lang));
			fragment = new Y.XmlFragment();
			item.set(langKey(field, lang), fragment);
			if (value[lang] === undefined && typeof legacy === 'string') setPlainText(fragment, legacy);
		}
		const text = value[lang];
		if (text !== undefined && plainText(fragment) !== text) setPlainText(fragment, text);
	}
	markTranslations(item, field, before, readRich(item, field));
}
