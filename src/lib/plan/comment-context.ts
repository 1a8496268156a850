// What the server needs to know to tell people of a comment: the item it is on (its collection, its
// name, who owns it) and who wrote the thread before it. Read from the document right after the
// comment is written, in the same change.
import type * as Y from 'yjs';
import { readLocalizedOrGuessed } from './lang-guess';
import { collectionOf, getItem, items, planId, type Collection } from './layout';
import type { Localized } from './localized';

/** The field that names an item of each collection, and the one that says who answers for it. */
const NAME_FIELD: Partial<Record<Collection, string>> = {
	stages: 'title',
	nodes: 'label',
	actors: 'name',
	lines: 'title',
	objectives: 'title',
	actions: 'title',
	projects: 'title',
	indicators: 'name'
};
const OWNER_FIELD: Partial<Record<Collection, string>> = {
	nodes: 'owner',
	actions: 'owner',
	indicators: 'responsible'
};

export type CommentContext = {
	anchorId: string;
	/** null: the comment is on the plan itself. */
	collection: Collection | null;
	name: Localized | null;
	/** Who the item names as answering for it (free text: a username or a name), '' if nobody. */
	owner: string;
	/** Usernames of the thread's earlier comments (its first comment and the replies before this). */
	threadAuthors: string[];
};

/** The name of item `id` of `collection` in every language, or null when it has none. */
export function itemName(doc: Y.Doc, collection: Collection, id: string): Localized | null {
	const field = NAME_FIELD[collection];
	const item = items(doc, collection).get(id);
	return field && item ? readLocalizedOrGuessed(item, field) : null;
}

/** The context of comment `id`, just written. */
export function commentContext(doc: Y.Doc, id: string): CommentContext {
	const comment = getItem(doc, 'comments', id);
	const anchorId = String(comment.get('anchorId'));
	const onPlan = anchorId === planId(doc);
	const collection = onPlan ? null : (collectionOf(doc, anchorId) ?? null);
	const item = collection ? items(doc, collection).get(anchorId) : undefined;
	const ownerField = collection ? OWNER_FIELD[collection] : undefined;
	const owner = ownerField && item ? String(item.get(ownerField) ?? '').trim() : '';
	const threadId = (comment.get('replyTo') as string | null) ?? null;
	const threadAuthors: string[] = [];
	if (threadId !== null) {
		for (const [otherId, other] of items(doc, 'comments')) {
			if (otherId === id) continue;
			if (otherId === threadId || other.get('replyTo') === threadId) {
				const author = other.get('author');
				if (typeof author === 'string' && author && !threadAuthors.includes(author))
					threadAuthors.push(author);
			}
		}
	}
	return {
		anchorId,
		collection,
		name: collection ? itemName(doc, collection, anchorId) : null,
		owner,
		threadAuthors
	};
}
