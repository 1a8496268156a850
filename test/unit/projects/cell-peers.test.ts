import { describe, expect, it } from 'vitest';
import type { Peer } from '$lib/collab/presence.svelte';
import { peersByCell } from '$lib/components/projects/cell-peers';

function peer(clientId: number, userId: string, field: string | null): Peer {
	return {
		clientId,
		user: { id: userId, name: userId, color: '#123456' },
		page: 'projects',
		cursor: null,
		selection: [],
		drag: {},
		field
	};
}

describe('who edits which cell of the projects table', () => {
	it('indexes people by project and column, once each however many tabs they have open', () => {
		const cells = peersByCell([
			peer(1, 'aigerim', 'p1:budget'),
			peer(2, 'aigerim', 'p1:budget'),
			peer(3, 'daniyar', 'p1:budget'),
			peer(4, 'marat', 'p2:title'),
			peer(5, 'saule', null)
		]);
		expect([...cells.keys()]).toEqual(['p1', 'p2']);
		expect(
			cells
				.get('p1')!
				.get('budget')!
				.map((u) => u.id)
		).toEqual(['aigerim', 'daniyar']);
		expect(
			cells
				.get('p2')!
				.get('title')!
				.map((u) => u.id)
		).toEqual(['marat']);
	});

	it('ignores fields that are not a project’s column', () => {
		expect(
			peersByCell([peer(1, 'a', 'title'), peer(2, 'b', 'p1:title:ru'), peer(3, 'c', ':budget')]).size
		).toBe(0);
	});
});
