// The profile of a cluster that has no cluster organisation yet: only its strategy and its stage in
// the programme are known.
import type { ProfileEntry } from './index';

export function noOrganisationYet(known: Pick<ProfileEntry, 'strategyDate' | 'stage'>): ProfileEntry {
	return {
		hasOrganisation: false,
		since: null,
		legalForm: '',
		name: { ru: '', kk: '', en: '' },
		binStem: null,
		coordinator: '',
		staffFte: null,
		website: '',
		funding: { fees: 0, public: 0, other: 0 },
		...known
	};
}
