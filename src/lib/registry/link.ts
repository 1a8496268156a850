// What a plan's pages know of the cluster's registry, to link a map actor to a participant: the
// entry itself, the kind of actor a participant is, and the participants whose names look like an
// actor's (the suggestions offered for actors drawn before the registry existed).
import { LANGS, textIn, type Lang, type Localized } from '../plan/localized';
import type { ActorKind } from '../plan/types';
import type { Participant, ParticipantKind } from './participant';

/** A participant as a plan's pages know it. */
export type RegistryEntry = Pick<Participant, 'id' | 'bin' | 'name' | 'kind' | 'stageId' | 'leftAt'>;

export function registryEntry({ id, bin, name, kind, stageId, leftAt }: Participant): RegistryEntry {
	return { id, bin, name, kind, stageId, leftAt };
}

/** Firms are firms; research, public bodies, associations and banks are the map's institutions. */
export function actorKindOf(kind: ParticipantKind): ActorKind {
	return kind === 'sme' || kind === 'large' || kind === 'other' ? 'firm' : 'institution';
}

// Legal forms say nothing about which firm a name is: «ТОО», «ЖШС», "LLP" are dropped.
const LEGAL_FORMS = new Set([
	'тоо',
	'ао',
	'ип',
	'оао',
	'зао',
	'жшс',
	'аќ',
	'ақ',
	'жк',
	'llp',
	'jsc',
	'llc',
	'ltd'
]);

/** The words of a name, lower case, without quotes, punctuation and legal forms. */
export function nameWords(text: string): string[] {
	return text
		.toLocaleLowerCase('ru')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length > 1 && !LEGAL_FORMS.has(word));
}

/** How alike two names are, 0 to 1: the share of their words in common (Dice), in the best language pair. */
export function nameLikeness(a: Localized, b: Localized): number {
	let best = 0;
	for (const left of LANGS) {
		const words = new Set(nameWords(a[left]));
		if (words.size === 0) continue;
		for (const right of LANGS) {
			const other = new Set(nameWords(b[right]));
			if (other.size === 0) continue;
			const common = [...words].filter((word) => other.has(word)).length;
			best = Math.max(best, (2 * common) / (words.size + other.size));
		}
	}
	return best;
}

/** Two names sharing no more than this share too little to be offered as the same firm. */
const LIKE_ENOUGH = 0.5;

/**
 * The participants whose names look most like `name`, best first (ties by BIN, so every browser
 * offers the same), at most `limit`; those who have left are not offered.
 */
export function suggestParticipants(
	name: Localized,
	entries: readonly RegistryEntry[],
	limit = 3
): RegistryEntry[] {
	return entries
		.filter((entry) => entry.leftAt === null)
		.map((entry) => ({ entry, likeness: nameLikeness(name, entry.name) }))
		.filter(({ likeness }) => likeness > LIKE_ENOUGH)
		.sort((a, b) => b.likeness - a.likeness || (a.entry.bin < b.entry.bin ? -1 : 1))
		.slice(0, limit)
		.map(({ entry }) => entry);
}

/**
 * The names offered for a node's or an action's owner: every participant still in the cluster, in
 * `lang` (or the language it is written in), sorted for `lang`, each once. Chosen as written, an
 * owner follows the participant's renames (`renameParticipant`).
 */
export function ownerNames(entries: readonly RegistryEntry[], lang: Lang): string[] {
	const names = entries
		.filter((entry) => entry.leftAt === null)
		.map((entry) => textIn(entry.name, lang).text)
		.filter((name) => name !== '');
	return [...new Set(names)].sort((a, b) => a.localeCompare(b, lang));
}
