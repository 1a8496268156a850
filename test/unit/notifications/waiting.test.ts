import { describe, expect, it } from 'vitest';
import {
	coordinatorLoad,
	groupByCluster,
	groupByPerson,
	oldestFirst,
	type OpenStep
} from '../../../src/lib/notifications/waiting';

const flour = { ru: 'Мука', kk: 'Ұн', en: 'Flour' };
const milk = { ru: 'Молоко', kk: 'Сүт', en: 'Milk' };
const ada = { userId: 'ada', name: 'Ada' };
const bek = { userId: 'bek', name: 'Bek' };
const cora = { userId: 'cora', name: 'Cora' };

function step(
	title: string,
	since: string,
	waitingOn: OpenStep['waitingOn'],
	cluster?: 'flour' | 'milk'
): OpenStep {
	return {
		kind: cluster ? 'year_returned' : 'application_check',
		...(cluster ? { clusterId: cluster, clusterName: cluster === 'flour' ? flour : milk } : {}),
		title,
		link: `/${title}`,
		since,
		waitingOn,
		days: 0
	};
}

const steps = [
	step('b', '2024-02-03T00:00:00.000Z', [ada], 'flour'),
	step('a', '2024-01-10T00:00:00.000Z', [ada, bek], 'milk'),
	step('c', '2024-02-01T00:00:00.000Z', [cora]),
	step('d', '2024-01-20T00:00:00.000Z', [], 'flour')
];

describe('who waits on whom', () => {
	it('puts the longest waiting first', () => {
		expect(oldestFirst(steps).map((s) => s.title)).toEqual(['a', 'd', 'c', 'b']);
	});

	it('groups by person, a step on two people under each, nobody’s steps under null, oldest first', () => {
		const groups = groupByPerson(steps);
		expect(groups.map((g) => [g.userId, g.open, g.oldest, g.steps.map((s) => s.title)])).toEqual([
			['ada', 2, '2024-01-10T00:00:00.000Z', ['a', 'b']],
			['bek', 1, '2024-01-10T00:00:00.000Z', ['a']],
			[null, 1, '2024-01-20T00:00:00.000Z', ['d']],
			['cora', 1, '2024-02-01T00:00:00.000Z', ['c']]
		]);
	});

	it('groups by cluster, the selection’s steps under no cluster', () => {
		const groups = groupByCluster(steps);
		expect(
			groups.map((g) => [g.clusterId, g.clusterName?.en ?? null, g.open, g.steps.map((s) => s.title)])
		).toEqual([
			['milk', 'Milk', 1, ['a']],
			['flour', 'Flour', 2, ['d', 'b']],
			[null, null, 1, ['c']]
		]);
	});

	it('counts each coordinator’s load in the clusters they look after, the most loaded first', () => {
		const load = coordinatorLoad(steps, [
			{ ...bek, clusters: [{ clusterId: 'milk', clusterName: milk }] },
			{
				...ada,
				clusters: [
					{ clusterId: 'flour', clusterName: flour },
					{ clusterId: 'milk', clusterName: milk }
				]
			},
			{ ...cora, clusters: [{ clusterId: 'flour', clusterName: flour }] }
		]);
		expect(load).toEqual([
			{
				...ada,
				open: 2,
				clusters: [
					{ clusterId: 'flour', clusterName: flour, open: 1 },
					{ clusterId: 'milk', clusterName: milk, open: 1 }
				]
			},
			{ ...bek, open: 1, clusters: [{ clusterId: 'milk', clusterName: milk, open: 1 }] },
			{ ...cora, open: 0, clusters: [{ clusterId: 'flour', clusterName: flour, open: 0 }] }
		]);
	});

	it('groups nothing when nothing waits', () => {
		expect(groupByPerson([])).toEqual([]);
		expect(groupByCluster([])).toEqual([]);
	});
});
