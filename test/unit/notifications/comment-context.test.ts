import { describe, expect, it } from 'vitest';
import * as P from '../../../src/lib/plan';
import { commentContext } from '../../../src/lib/plan/comment-context';
import { newPlan } from '../plan/plan-fixture';

describe('the context of a comment, for telling people of it', () => {
	it('names the item, its collection and who answers for it, and the thread’s earlier authors', () => {
		const doc = newPlan('plan-1');
		P.addStage(doc, { id: 's1', title: 'Milling' });
		P.addNode(doc, {
			id: 'n1',
			kind: 'firm',
			label: 'Kostanay Mill',
			stageId: 's1',
			owner: 'marat',
			x: 0,
			y: 0
		});
		P.addComment(doc, { id: 'c1', anchorId: 'n1', author: 'dana', text: 'Which mill?' });
		P.addComment(doc, { id: 'c2', anchorId: 'n1', replyTo: 'c1', author: 'bolat', text: 'The big one' });
		P.addComment(doc, { id: 'c3', anchorId: 'n1', replyTo: 'c1', author: 'dana', text: 'Thanks' });
		const context = commentContext(doc, 'c3');
		expect(context).toMatchObject({ anchorId: 'n1', collection: 'nodes', owner: 'marat' });
		expect(context.name?.en ?? context.name?.ru).toBe('Kostanay Mill');
		expect(context.threadAuthors.sort()).toEqual(['bolat', 'dana']);
	});

	it('on the plan itself: no collection, no name, no earlier authors for a new thread', () => {
		const doc = newPlan('plan-1');
		P.addComment(doc, { id: 'c1', anchorId: 'plan-1', author: 'dana', text: 'Looks complete' });
		expect(commentContext(doc, 'c1')).toEqual({
			anchorId: 'plan-1',
			collection: null,
			name: null,
			owner: '',
			threadAuthors: []
		});
	});
});
