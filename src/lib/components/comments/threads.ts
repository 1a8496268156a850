// Comment threads as people read them, derived from the plan's flat list of comments: a thread is a
// first comment with its replies, and is open until someone resolves it.
import type { Comment } from '$lib/plan';

/** One thread: its first comment, the replies in time order, and whether it is resolved. */
export type Thread = { root: Comment; replies: Comment[]; resolved: boolean };

// ISO timestamps compare as text; the id breaks ties so every peer shows the same order.
function byTime(a: Comment, b: Comment): number {
	return a.createdAt < b.createdAt
		? -1
		: a.createdAt > b.createdAt
			? 1
			: a.id < b.id
				? -1
				: a.id > b.id
					? 1
					: 0;
}

/** Every thread of the plan, oldest first. */
export function allThreads(comments: readonly Comment[]): Thread[] {
	const replies = new Map<string, Comment[]>();
	for (const comment of comments) {
		if (comment.replyTo === null) continue;
		const list = replies.get(comment.replyTo) ?? [];
		list.push(comment);
		replies.set(comment.replyTo, list);
	}
	return comments
		.filter((comment) => comment.replyTo === null)
		.sort(byTime)
		.map((root) => ({
			root,
			replies: (replies.get(root.id) ?? []).sort(byTime),
			resolved: root.resolved
		}));
}

/** The threads on one item (or on the plan itself), oldest first. */
export function threadsOf(comments: readonly Comment[], anchorId: string): Thread[] {
	return allThreads(comments.filter((comment) => comment.anchorId === anchorId));
}

/** How many open threads each item has; items without open threads are absent. */
export function openThreadCounts(comments: readonly Comment[]): Map<string, number> {
	// Every comments button of a page asks with the same snapshot's list: count it once.
	const known = countsOf.get(comments);
	if (known) return known;
	const counts = new Map<string, number>();
	countsOf.set(comments, counts);
	for (const comment of comments) {
		if (comment.replyTo !== null || comment.resolved) continue;
		counts.set(comment.anchorId, (counts.get(comment.anchorId) ?? 0) + 1);
	}
	return counts;
}

const countsOf = new WeakMap<readonly Comment[], Map<string, number>>();

/** Whether any comment of the thread mentions `username`. */
export function mentions(thread: Thread, username: string): boolean {
	return [thread.root, ...thread.replies].some((comment) => comment.mentions.includes(username));
}

/** The threads in which someone mentions `username`, oldest first; open ones only unless asked. */
export function threadsMentioning(
	comments: readonly Comment[],
	username: string,
	{ includeResolved = false } = {}
): Thread[] {
	return allThreads(comments).filter(
		(thread) => (includeResolved || !thread.resolved) && mentions(thread, username)
	);
}
