// The words for a diff's enumerated values (statuses, kinds, funding sources, levels, frequencies),
// borrowed from the pages that edit them so a value reads the same in the diff as where it is set.
import { ACTION_STATUSES, type ActionStatus, type DiffCollection } from '$lib/plan';
import { flowKindNames, kindNames } from '$lib/components/map/node-style';
import {
	fundingLabels,
	fundingStateLabels,
	statusLabels as projectStatuses
} from '$lib/components/projects/project-labels';
import { frequencyLabels, levelLabels } from '$lib/components/indicators/indicator-labels';
import { actionStatusLabel } from '$lib/components/strategy/labels';

type Words = Record<string, () => string>;

function pick(words: Words, value: string): string | null {
	return Object.hasOwn(words, value) ? words[value]!() : null;
}

/** The word for `value` of `field` in an item of `collection`, or null when it is not an enumerated value. */
export function enumLabel(collection: DiffCollection, field: string, value: string): string | null {
	switch (field) {
		case 'kind':
			return pick(collection === 'edges' ? flowKindNames : kindNames, value);
		case 'status':
			if (collection === 'projects') return pick(projectStatuses, value);
			if (collection === 'actions') {
				const known = (ACTION_STATUSES as readonly string[]).includes(value);
				return known ? actionStatusLabel(value as ActionStatus) : null;
			}
			return null;
		case 'fundingSource':
			return pick(fundingLabels, value);
		case 'source':
			return collection === 'funding' ? pick(fundingLabels, value) : null;
		case 'state':
			return collection === 'funding' ? pick(fundingStateLabels, value) : null;
		case 'level':
			return pick(levelLabels, value);
		case 'frequency':
			return pick(frequencyLabels, value);
		default:
			return null;
	}
}
