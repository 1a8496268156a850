// The rich-text description fragments of an item, for editors to bind to.
import type * as Y from 'yjs';
import { items } from './layout';
import type { Lang } from './localized';
import { richFragment } from './rich-text';

/** The collections whose items carry a rich-text description. */
export type DescribedCollection = 'lines' | 'objectives' | 'actions' | 'projects';

/** The fragment holding one language of an item's description, if the item exists and has it. */
export function descriptionFragment(
	doc: Y.Doc,
	collection: DescribedCollection,
	id: string,
	lang: Lang
): Y.XmlFragment | undefined {
	const item = items(doc, collection).get(id);
	return item ? richFragment(item, 'description', lang) : undefined;
}
