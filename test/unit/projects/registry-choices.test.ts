// A project's lead and partners chosen from the registry: the participants offered beside the
// plan's actors, and a chosen one becoming the actor that stands for it, in the project's change.
import { describe, expect, it } from 'vitest';
import { addActor, addProject, snapshot, updateProject } from '$lib/plan';
import type { RegistryEntry } from '$lib/registry/link';
import { registryChoices, withActors } from '$lib/components/projects/registry-choices';
import { newPlan } from '../plan/plan-fixture';

const entry = (id: string, en: string, fields: Partial<RegistryEntry> = {}): RegistryEntry => ({
	id,
	bin: `0000000000${id.length}`,
	name: { ru: '', kk: '', en },
	kind: 'research',
	stageId: null,
	leftAt: null,
	...fields
});

const registry = [
	entry('uni', 'Kostanay University'),
	entry('mill', 'Kostanay Mill'),
	entry('gone', 'Closed Bakery', { leftAt: '2020-01-01' })
];

function plan() {
	const doc = newPlan();
	addActor(doc, { id: 'a-mill', name: 'Kostanay Mill', kind: 'firm', participantId: 'mill' });
	addProject(doc, { id: 'p1', title: 'Elevator' });
	return doc;
}

describe('the registry in a project’s lead and partners', () => {
	it('offers the participants still in the cluster that no actor stands for', () => {
		const choices = registryChoices(snapshot(plan()), registry, 'en');
		expect(choices).toEqual([{ id: 'participant:uni', label: 'Kostanay University' }]);
	});

	it('turns a chosen participant into the actor standing for it, once, in the project’s change', () => {
		const doc = plan();
		doc.transact(() =>
			updateProject(doc, 'p1', withActors(doc, { leadActorId: 'participant:uni' }, registry))
		);
		let data = snapshot(doc);
		const actor = data.actors.find((candidate) => candidate.participantId === 'uni')!;
		expect(actor).toMatchObject({ kind: 'institution', member: true, name: { en: 'Kostanay University' } });
		expect(data.projects[0]?.leadActorId).toBe(actor.id);

		doc.transact(() =>
			updateProject(
				doc,
				'p1',
				withActors(doc, { partnerIds: ['participant:uni', 'participant:mill', 'a-mill'] }, registry)
			)
		);
		data = snapshot(doc);
		expect(data.actors).toHaveLength(2);
		expect(data.projects[0]?.partnerIds.sort()).toEqual([actor.id, 'a-mill'].sort());
	});

	it('leaves a plain actor id, and an unknown participant for the plan to refuse', () => {
		const doc = plan();
		expect(withActors(doc, { leadActorId: 'a-mill' }, registry)).toEqual({ leadActorId: 'a-mill' });
		expect(withActors(doc, { leadActorId: null }, registry)).toEqual({ leadActorId: null });
		const unknown = withActors(doc, { leadActorId: 'participant:nobody' }, registry);
		expect(() => updateProject(doc, 'p1', unknown)).toThrow();
		expect(snapshot(doc).projects[0]?.leadActorId).toBeNull();
	});
});
