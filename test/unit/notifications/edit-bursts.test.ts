// What a burst of edits says it changed: the version diff's sections in their order, each with how
// many items it touched and the names of those that have one.
import { describe, expect, it } from 'vitest';
import { editedParts } from '../../../server/collab/edit-bursts';

const name = (en: string) => ({ en, ru: en, kk: en });

describe('the parts a burst of edits changed', () => {
	it('lists the sections in the diff’s order, counting every item and naming those with a name', () => {
		const items = new Map([
			[
				'projects',
				new Map([
					['projects/p1', name('Mill')],
					['funding/f1', null]
				])
			],
			[
				'map',
				new Map([
					['nodes/n1', name('Farm')],
					['edges/e1', null],
					['nodes/n2', name('Silo')]
				])
			]
		]);
		expect(editedParts({ items })).toEqual([
			{ collection: 'map', count: 3, names: [name('Farm'), name('Silo')] },
			{ collection: 'projects', count: 2, names: [name('Mill')] }
		]);
	});

	it('keeps at most ten names and counts the rest', () => {
		const many = new Map(Array.from({ length: 14 }, (_, i) => [`indicators/i${i}`, name(`I${i}`)] as const));
		const [part] = editedParts({ items: new Map([['indicators', new Map(many)]]) });
		expect(part!.count).toBe(14);
		expect(part!.names).toHaveLength(10);
	});
});
