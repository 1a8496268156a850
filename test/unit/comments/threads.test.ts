import { describe, expect, it } from 'vitest';
import type { Comment } from '$lib/plan';
import { allThreads, openThreadCounts, threadsMentioning, threadsOf } from '$lib/components/comments/threads';

let clock = 0;
function comment(fields: Partial<Comment> & Pick<Comment, 'id'>): Comment {
	clock += 1;
	return {
		anchorId: 'line-1',
		replyTo: null,
		author: 'mira',
		authorName: '',
		text: `comment ${fields.id}`,
		mentions: [],
		createdAt: `2024-05-01T10:00:${String(clock).padStart(2, '0')}.000Z`,
		editedAt: null,
		deleted: false,
		resolved: false,
		resolvedBy: '',
		resolvedByName: '',
		orphaned: false,
		...fields
	};
}

describe('comment threads', () => {
	it('gathers a first comment with its replies in time order, whatever order the plan lists them in', () => {
		const root = comment({ id: 'c1', createdAt: '2024-05-01T09:00:00.000Z' });
		const late = comment({ id: 'a-late', replyTo: 'c1', createdAt: '2024-05-03T09:00:00.000Z' });
		const early = comment({ id: 'z-early', replyTo: 'c1', createdAt: '2024-05-02T09:00:00.000Z' });
		const [thread, ...rest] = threadsOf([late, root, early], 'line-1');
		expect(rest).toEqual([]);
		expect(thread!.root.id).toBe('c1');
		expect(thread!.replies.map((c) => c.id)).toEqual(['z-early', 'a-late']);
	});

	it('lists only the threads of the asked item, oldest first, ties broken by id', () => {
		const at = '2024-05-01T09:00:00.000Z';
		const comments = [
			comment({ id: 'b', createdAt: at }),
			comment({ id: 'other', anchorId: 'project-1' }),
			comment({ id: 'a', createdAt: at }),
			comment({ id: 'newer', createdAt: '2024-06-01T00:00:00.000Z' })
		];
		expect(threadsOf(comments, 'line-1').map((t) => t.root.id)).toEqual(['a', 'b', 'newer']);
		expect(threadsOf(comments, 'project-1').map((t) => t.root.id)).toEqual(['other']);
		expect(threadsOf(comments, 'nothing-here')).toEqual([]);
	});

	it('takes a thread as resolved when its first comment is', () => {
		const threads = allThreads([comment({ id: 'r', resolved: true }), comment({ id: 'o' })]);
		expect(threads.map((t) => [t.root.id, t.resolved])).toEqual([
			['r', true],
			['o', false]
		]);
	});

	it('counts open threads per item, not replies and not resolved threads', () => {
		const counts = openThreadCounts([
			comment({ id: 't1' }),
			comment({ id: 't1-reply', replyTo: 't1' }),
			comment({ id: 't2' }),
			comment({ id: 't3', resolved: true }),
			comment({ id: 'p1', anchorId: 'project-1', resolved: true }),
			comment({ id: 'n1', anchorId: 'node-1' })
		]);
		expect(counts.get('line-1')).toBe(2);
		expect(counts.get('node-1')).toBe(1);
		expect(counts.has('project-1')).toBe(false);
	});

	it('finds the open threads that mention someone, in a first comment or a reply', () => {
		const comments = [
			comment({ id: 'in-root', mentions: ['marat'] }),
			comment({ id: 'quiet' }),
			comment({ id: 'quiet-reply', replyTo: 'quiet', mentions: ['marat', 'mira'] }),
			comment({ id: 'done', resolved: true, mentions: ['marat'] }),
			comment({ id: 'others', mentions: ['mira'] })
		];
		expect(threadsMentioning(comments, 'marat').map((t) => t.root.id)).toEqual(['in-root', 'quiet']);
		expect(threadsMentioning(comments, 'marat', { includeResolved: true }).map((t) => t.root.id)).toEqual([
			'in-root',
			'quiet',
			'done'
		]);
		expect(threadsMentioning(comments, 'nobody')).toEqual([]);
	});
});
