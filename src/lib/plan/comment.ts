// Comment threads anchored to an item (or to the plan itself): the review record of a plan. Only the
// server writes them (the socket door refuses a browser's write to `comments`), with the author and
// times from the session, so these operations trust their `author` and `at`. Comments are never
// removed: a thread whose item is removed stays and `snapshot` marks it orphaned; a comment its
// author deletes stays as a mark that something was withdrawn, without its text.
import type * as Y from 'yjs';
import { PLAN_BOUNDS } from './bounds';
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

function checkMentions(mentions: unknown): string[] {
	if (!Array.isArray(mentions) || mentions.some((name) => typeof name !== 'string' || name === '')) {
		throw new PlanError('invalid_value', 'mentions', 'mentions must be a list of usernames');
	}
	return [...new Set(mentions as string[])];
}

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
	const text = requiredText(input.text, 'text', PLAN_BOUNDS.commentText);
	const mentions = checkMentions(input.mentions ?? []);
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
				mentions,
				createdAt,
				resolved: false
			})
		)
	);
	return id;
}

/** The comment `id`, or `not_found`. */
function commentItem(doc: Y.Doc, id: string): Y.Map<unknown> {
	return getItem(doc, 'comments', id);
}

/** Who wrote comment `id` (their username); `not_found` when there is no such comment. */
export function commentAuthor(doc: Y.Doc, id: string): string {
	const author = commentItem(doc, id).get('author');
	return typeof author === 'string' ? author : '';
}

function checkAt(at: string): string {
	if (typeof at !== 'string' || Number.isNaN(Date.parse(at)))
		throw new PlanError('invalid_date', 'at', 'the time must be an ISO timestamp');
	return at;
}

/** Replaces a comment's text (and the mentions it makes), marking it edited at `at`. */
export function editComment(
	doc: Y.Doc,
	id: string,
	input: { text: string; mentions?: string[]; at: string }
): void {
	const comment = commentItem(doc, id);
	if (comment.get('deleted') === true) throw new PlanError('deleted', 'id', 'the comment was deleted');
	const text = requiredText(input.text, 'text', PLAN_BOUNDS.commentText);
	const mentions = checkMentions(input.mentions ?? []);
	const at = checkAt(input.at);
	write(doc, () => {
		comment.set('text', text);
		comment.set('mentions', mentions);
		comment.set('editedAt', at);
	});
}

/** Withdraws a comment: its text and mentions go, the mark that it was there (and when) stays. */
export function deleteComment(doc: Y.Doc, id: string, at: string): void {
	const comment = commentItem(doc, id);
	if (comment.get('deleted') === true) return;
	const when = checkAt(at);
	write(doc, () => {
		comment.set('deleted', true);
		comment.set('text', '');
		comment.set('mentions', []);
		comment.set('editedAt', when);
	});
}

/** Marks a thread resolved by `by` (or, with `resolved` false, reopens it). */
export function resolveComment(
	doc: Y.Doc,
	id: string,
	resolved = true,
	by: { username: string; name?: string; at: string } | null = null
): void {
	const comment = commentItem(doc, id);
	const value = bool(resolved, 'resolved');
	const at = by ? checkAt(by.at) : null;
	write(doc, () => {
		comment.set('resolved', value);
		if (by) {
			comment.set('resolvedBy', value ? by.username : '');
			comment.set('resolvedByName', value ? (by.name ?? '') : '');
			comment.set('resolvedAt', at);
		}
	});
}
