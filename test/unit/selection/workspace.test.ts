// A chosen application's value chain becomes the new cluster's map: its stages as columns in order,
// each firm an actor on a node in its stage, linked to the participant its BIN became.
import { describe, expect, it } from 'vitest';
import * as P from '../../../src/lib/plan';
import { mapFromValueChain, participantOfEnterprise } from '../../../src/lib/selection/workspace';
import type { Application } from '../../../src/lib/selection/application';
import { newPlan } from '../plan/plan-fixture';

const application: Pick<Application, 'valueChain' | 'enterprises' | 'region'> = {
	region: 'Костанайская область',
	enterprises: [
		{ bin: '150340000019', name: 'ТОО «Зерно»', kind: 'sme', employees: 40 },
		{ bin: '150340000027', name: 'Kostanay University', kind: 'research', employees: null }
	],
	valueChain: {
		stages: [
			{ id: 's1', title: 'Выращивание зерна' },
			{ id: 's2', title: 'Мукомольное производство' }
		],
		firms: [
			{ name: 'ТОО «Зерно»', stageId: 's1', bin: '150340000019' },
			{ name: 'Kostanay University', stageId: 's2', bin: '150340000027' },
			{ name: 'ТОО «Мельница»', stageId: 's2', bin: null }
		]
	}
};

describe('the map of a chosen application', () => {
	it('lays the stages out in order and each firm on a node of its stage', () => {
		const doc = newPlan();
		const ids = new Map([
			['150340000019', 'p-grain'],
			['150340000027', 'p-uni']
		]);
		const stageIds = mapFromValueChain(doc, application, ids);
		const plan = P.snapshot(doc);
		expect(plan.map.stages.map((stage) => stage.title.ru)).toEqual([
			'Выращивание зерна',
			'Мукомольное производство'
		]);
		expect([...stageIds.values()]).toEqual(plan.map.stages.map((stage) => stage.id));
		const actorNamed = (ru: string) => plan.actors.find((actor) => actor.name.ru === ru);
		expect(actorNamed('ТОО «Зерно»')).toMatchObject({ kind: 'firm', member: true, participantId: 'p-grain' });
		expect(plan.actors.find((actor) => actor.name.en === 'Kostanay University')).toMatchObject({
			kind: 'institution',
			participantId: 'p-uni'
		});
		// A firm with no BIN is on the map, not in the registry.
		expect(actorNamed('ТОО «Мельница»')).toMatchObject({ member: false });
		expect(actorNamed('ТОО «Мельница»')).not.toHaveProperty('participantId');
		const second = stageIds.get('s2');
		const onSecond = plan.map.nodes.filter((node) => node.stageId === second);
		expect(onSecond).toHaveLength(2);
		expect(new Set(onSecond.map((node) => node.y)).size).toBe(2);
	});

	it('makes a participant of an enterprise with a BIN and a kind, and none of one without', () => {
		const [grain] = application.enterprises;
		expect(participantOfEnterprise(grain!, application, '2017-09-01', 'st')).toMatchObject({
			bin: '150340000019',
			name: { ru: 'ТОО «Зерно»' },
			kind: 'sme',
			employees: 40,
			region: 'Костанайская область',
			joinedAt: '2017-09-01',
			stageId: 'st'
		});
		expect(participantOfEnterprise({ ...grain!, bin: null }, application, '2017-09-01', null)).toBeNull();
		expect(participantOfEnterprise({ ...grain!, kind: null }, application, '2017-09-01', null)).toBeNull();
	});
});
