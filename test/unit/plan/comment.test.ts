import { describe, expect, it } from 'vitest';
import * as P from '../../../src/lib/plan';
import { expectRefused, newPlan } from './plan-fixture';

describe('comments', () => {
	it('form threads on an item or the plan, and can be resolved and reopened', () => {
		const doc = newPlan('plan-1');
		P.addStage(doc, { id: 's1', title: 'Milling' });
		const at = '2019-05-01T10:00:00.000Z';
		P.addComment(doc, {
			id: 'c1',
			anchorId: 's1',
			author: 'Dana',
			authorName: 'Dana Reviewer (KIDI)',
			text: 'Split into two stages? @bolat @aigul @bolat',
			mentions: ['bolat', 'aigul', 'bolat'],
			createdAt: at
		});
		P.addComment(doc, {
			id: 'c2',
			anchorId: 's1',
			replyTo: 'c1',
			author: 'Bolat',
			text: 'Yes',
			createdAt: at
		});
		P.addComment(doc, { id: 'c3', anchorId: 'plan-1', author: 'Dana', text: 'Looks complete' });
		P.resolveComment(doc, 'c1');
		P.resolveComment(doc, 'c3');
		P.resolveComment(doc, 'c3', false);
		const comments = P.snapshot(doc).comments;
		expect(comments[0]).toEqual({
			id: 'c1',
			anchorId: 's1',
			replyTo: null,
			author: 'Dana',
			authorName: 'Dana Reviewer (KIDI)',
			text: 'Split into two stages? @bolat @aigul @bolat',
			mentions: ['bolat', 'aigul'],
			createdAt: at,
			editedAt: null,
			deleted: false,
			resolved: true,
			resolvedBy: '',
			resolvedByName: '',
			orphaned: false
		});
		expect(comments[1]).toMatchObject({ replyTo: 'c1', mentions: [], authorName: '' });
		expect(comments[2]).toMatchObject({ anchorId: 'plan-1', resolved: false });
	});

	it('are edited and deleted by the server for their author, and say who resolved a thread', () => {
		const doc = newPlan('plan-1');
		P.addStage(doc, { id: 's1', title: 'Milling' });
		P.addComment(doc, { id: 'c1', anchorId: 's1', author: 'dana', text: 'Split?' });
		P.addComment(doc, { id: 'c2', anchorId: 's1', replyTo: 'c1', author: 'bolat', text: 'Yes @dana' });
		P.editComment(doc, 'c1', {
			text: 'Split into two stages?',
			mentions: ['bolat'],
			at: '2019-05-02T10:00:00Z'
		});
		P.deleteComment(doc, 'c2', '2019-05-03T10:00:00Z');
		P.resolveComment(doc, 'c1', true, { username: 'dana', at: '2019-05-04T10:00:00Z' });
		const [first, second] = P.snapshot(doc).comments;
		expect(first).toMatchObject({
			text: 'Split into two stages?',
			mentions: ['bolat'],
			editedAt: '2019-05-02T10:00:00Z',
			resolved: true,
			resolvedBy: 'dana'
		});
		expect(second).toMatchObject({ deleted: true, text: '', mentions: [], replyTo: 'c1' });
		expect(P.validatePlan(P.snapshot(doc))).toEqual([]);
		expect(() => P.editComment(doc, 'c2', { text: 'again', at: '2019-05-05T10:00:00Z' })).toThrow(
			expect.objectContaining({ code: 'deleted' })
		);
		P.resolveComment(doc, 'c1', false, { username: 'bolat', at: '2019-05-06T10:00:00Z' });
		expect(P.snapshot(doc).comments[0]).toMatchObject({ resolved: false, resolvedBy: '' });
	});

	it('stay on record, flagged orphaned, when their item is removed', () => {
		const doc = newPlan();
		P.addLine(doc, { id: 'l1', title: 'Markets' });
		P.addObjective(doc, { id: 'o1', lineId: 'l1', title: 'Exports' });
		P.addComment(doc, { id: 'c1', anchorId: 'o1', author: 'Dana', text: 'Measurable?' });
		P.removeLine(doc, 'l1');
		const data = P.snapshot(doc);
		expect(data.comments).toMatchObject([{ id: 'c1', anchorId: 'o1', orphaned: true }]);
		expect(P.validatePlan(data)).toEqual([]);
	});

	it('refuse unknown anchors and threads, empty text and authors, bad timestamps', () => {
		const doc = newPlan();
		P.addStage(doc, { id: 's1', title: 'Milling' });
		P.addStage(doc, { id: 's2', title: 'Baking' });
		P.addComment(doc, { id: 'c1', anchorId: 's1', author: 'Dana', text: 'Hm' });
		P.addComment(doc, { id: 'c2', anchorId: 's1', replyTo: 'c1', author: 'Dana', text: 'Hm' });
		const base = { author: 'Dana', text: 'Hm' };
		expectRefused(doc, () => P.addComment(doc, { ...base, anchorId: 'ghost' }), 'dangling_link', 'anchorId');
		expectRefused(doc, () => P.addComment(doc, { ...base, anchorId: 'c1' }), 'dangling_link', 'anchorId');
		expectRefused(doc, () => P.addComment(doc, { ...base, anchorId: 's1', replyTo: 'ghost' }), 'not_found');
		expectRefused(doc, () => P.addComment(doc, { ...base, anchorId: 's2', replyTo: 'c1' }), 'dangling_link');
		expectRefused(doc, () => P.addComment(doc, { ...base, anchorId: 's1', replyTo: 'c2' }), 'dangling_link');
		expectRefused(doc, () => P.addComment(doc, { ...base, anchorId: 's1', text: ' ' }), 'required', 'text');
		expectRefused(
			doc,
			() => P.addComment(doc, { ...base, anchorId: 's1', author: '' }),
			'required',
			'author'
		);
		expectRefused(
			doc,
			() => P.addComment(doc, { ...base, anchorId: 's1', createdAt: 'yesterday' }),
			'invalid_date'
		);
		expectRefused(
			doc,
			() => P.addComment(doc, { ...base, anchorId: 's1', mentions: 'dana' as never }),
			'invalid_value',
			'mentions'
		);
		expectRefused(
			doc,
			() => P.addComment(doc, { ...base, anchorId: 's1', mentions: ['dana', ''] }),
			'invalid_value',
			'mentions'
		);
		expectRefused(doc, () => P.resolveComment(doc, 'ghost'), 'not_found');
		expectRefused(doc, () => P.resolveComment(doc, 'c1', 'yes' as never), 'invalid_value');
	});
});
