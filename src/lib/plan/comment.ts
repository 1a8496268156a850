// Comment threads anchored to an item (or to the plan itself). Comments are never deleted: a thread
// whose item is removed stays on record and `snapshot` marks it orphaned.
import type * as Y from 'yjs';
import { PlanError } from './errors';
import { freshId } from './ids';
import { bool, requiredText } from './input';
import { collectionOf, getItem, items, makeItem, planId, write } from './layout';

/** Input of `addComment`; without `id` a new random id is used. */
export type CommentInput = {
	id?: string;
	anchorId: string;
	/** The thread's first comment, when answering. */
	replyTo?: string | null;
	author: string;
	/** The author's full name when they wrote it, for readers who do not know them (global reviewers). */
	authorName?: string;
	text: string;
	/** Usernames the text mentions; the server checks them against the cluster's members. */
	mentions?: string[];
	/** ISO timestamp; defaults to now. Passed in by tests and imports. */
	createdAt?: string;
};

/** Adds a comment (a new thread, or a reply when `replyTo` is set) and returns its id. */
export function addComment(doc: Y.Doc, input: CommentInput): string {
	const id = freshId(doc, input.id);
	const anchorId = input.anchorId;
	const anchorCollection = typeof anchorId === 'string' ? collectionOf(doc, anchorId) : undefined;
	if (anchorId !== planId(doc) && (anchorCollection === undefined || anchorCollection === 'comments')) {
		throw new PlanError('dangling_link', 'anchorId', `no item ${String(anchorId)} to comment on`);
	}
	const replyTo = input.replyTo ?? null;
	if (replyTo !== null) {
		const thread = getItem(doc, 'comments', replyTo, 'replyTo');
		if (thread.get('anchorId') !== anchorId || thread.get('replyTo') !== null) {
			throw new PlanError(
				'dangling_link',
				'replyTo',
				'a reply answers the first comment of a thread on the same item'
			);
		}
	}
	const author = requiredText(input.author, 'author');
	const authorName = input.authorName === undefined ? '' : requiredText(input.authorName, 'authorName');
	const text = requiredText(input.text, 'text');
	const mentions = input.mentions ?? [];
	if (!Array.isArray(mentions) || mentions.some((name) => typeof name !== 'string' || name === '')) {
		throw new PlanError('invalid_value', 'mentions', 'mentions must be a list of usernames');
	}
	const createdAt = input.createdAt ?? new Date().toISOString();
	if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) {
		throw new PlanError('invalid_date', 'createdAt', 'createdAt must be an ISO timestamp');
	}
	write(doc, () =>
		items(doc, 'comments').set(
			id,
			makeItem({
				anchorId,
				replyTo,
				author,
				authorName,
				text,
				mentions: [...new Set(mentions)],
				createdAt,
				resolved: false
			})
		)
	);
	return id;
}

/** Marks a thread resolved (or, with `resolved` false, reopens it). */
export function resolveComment(doc: Y.Doc, id: string, resolved = true): void {
	const comment = getItem(doc, 'comments', id);
	const value = bool(resolved, 'resolved');
	write(doc, () => comment.set('resolved', value));
}
