// Linking map actors to the registry: the kind an actor takes, and the suggestions by name.
import { describe, expect, it } from 'vitest';
import {
	actorKindOf,
	nameLikeness,
	nameWords,
	ownerNames,
	suggestParticipants,
	type RegistryEntry
} from '../../../src/lib/registry/link';
import { PARTICIPANT_KINDS } from '../../../src/lib/registry/participant';

const blank = { ru: '', kk: '', en: '' };
const entry = (
	bin: string,
	name: Partial<RegistryEntry['name']>,
	leftAt: string | null = null
): RegistryEntry => ({
	id: `p-${bin}`,
	bin,
	name: { ...blank, ...name },
	kind: 'sme',
	stageId: null,
	leftAt
});

const registry = [
	entry('170140000015', { ru: 'ТОО «Костанайская мельница»', en: 'Kostanay Mill LLP' }),
	entry('170140000026', { ru: 'АО «Зерновая компания»', kk: '«Астық компаниясы» АҚ' }),
	entry('170140000037', { en: 'Kostanay Bakery' }),
	entry('170140000048', { ru: 'ТОО «Костанайская мельница-2»' }, '2020-01-01')
];

describe('a participant on the map', () => {
	it('is a firm when it is a business, an institution otherwise', () => {
		expect(PARTICIPANT_KINDS.map(actorKindOf)).toEqual([
			'firm',
			'firm',
			'institution',
			'institution',
			'institution',
			'institution',
			'firm'
		]);
	});
});

describe('suggestions by name', () => {
	it('drop legal forms, quotes and case', () => {
		expect(nameWords('ТОО «Костанайская МЕЛЬНИЦА»')).toEqual(['костанайская', 'мельница']);
		expect(nameWords('Kostanay Mill LLP')).toEqual(['kostanay', 'mill']);
		expect(nameLikeness({ ...blank, ru: 'Костанайская мельница' }, registry[0]!.name)).toBe(1);
		expect(nameLikeness({ ...blank, en: 'Elevator' }, registry[0]!.name)).toBe(0);
	});

	it('offer the most alike first, in any language, never one that has left', () => {
		const found = suggestParticipants({ ...blank, en: 'Kostanay mill' }, registry);
		expect(found.map((e) => e.bin)).toEqual(['170140000015']);
		expect(suggestParticipants({ ...blank, kk: 'Астық компаниясы' }, registry).map((e) => e.bin)).toEqual([
			'170140000026'
		]);
		// «мельница-2» splits into the same words, but it left the cluster.
		expect(
			suggestParticipants({ ...blank, ru: 'Костанайская мельница' }, registry).map((e) => e.bin)
		).toEqual(['170140000015']);
		expect(suggestParticipants({ ...blank, en: 'Kostanay' }, registry).map((e) => e.bin)).toEqual([
			'170140000015',
			'170140000037'
		]);
		expect(suggestParticipants({ ...blank, en: 'Something else entirely' }, registry)).toEqual([]);
	});
});

describe('names offered for an owner', () => {
	it('are those still in the cluster, in the reader’s language or the one written, each once, sorted', () => {
		expect(ownerNames(registry, 'en')).toEqual([
			'Kostanay Bakery',
			'Kostanay Mill LLP',
			'АО «Зерновая компания»'
		]);
		expect(ownerNames(registry, 'kk')).toEqual([
			'«Астық компаниясы» АҚ',
			'ТОО «Костанайская мельница»',
			// Kazakh sorts its own alphabet first.
			'Kostanay Bakery'
		]);
		expect(ownerNames([...registry, registry[0]!], 'ru')).toHaveLength(3);
	});
});
