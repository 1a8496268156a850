// A project's lead and partners are chosen among the plan's actors and, beside them, the cluster's
// registry participants that no actor stands for yet: choosing one of those adds the actor standing
// for it (linked, named as in the registry) in the same change as the project's.
import type * as Y from 'yjs';
import { actorForParticipant, textIn, type Lang, type PlanData, type ProjectUpdate } from '$lib/plan';
import { actorKindOf, type RegistryEntry } from '$lib/registry/link';

/** A choice's value for a participant, beside the actors' plain ids. */
const PREFIX = 'participant:';

export type Choice = { id: string; label: string };

/** The participants still in the cluster that no actor of the plan stands for, by name. */
export function registryChoices(plan: PlanData, registry: readonly RegistryEntry[], lang: Lang): Choice[] {
	const linked = new Set(plan.actors.map((actor) => actor.participantId));
	return registry
		.filter((entry) => entry.leftAt === null && !linked.has(entry.id))
		.map((entry) => ({ id: PREFIX + entry.id, label: textIn(entry.name, lang).text }))
		.sort((a, b) => a.label.localeCompare(b.label, lang));
}

/** The actor id a chosen value stands for, adding the participant's actor when it is one. */
function actorIdOf(doc: Y.Doc, value: string, registry: readonly RegistryEntry[]): string {
	if (!value.startsWith(PREFIX)) return value;
	const entry = registry.find((candidate) => candidate.id === value.slice(PREFIX.length));
	// A participant gone from the list meanwhile: the value is refused as an unknown actor.
	if (!entry) return value;
	return actorForParticipant(doc, { id: entry.id, name: entry.name, kind: actorKindOf(entry.kind) });
}

/** `update` with its lead and partners as actor ids; run inside the transaction that writes it. */
export function withActors(
	doc: Y.Doc,
	update: ProjectUpdate,
	registry: readonly RegistryEntry[]
): ProjectUpdate {
	const lead = update.leadActorId;
	return {
		...update,
		...(lead ? { leadActorId: actorIdOf(doc, lead, registry) } : {}),
		...(update.partnerIds ? { partnerIds: update.partnerIds.map((id) => actorIdOf(doc, id, registry)) } : {})
	};
}
