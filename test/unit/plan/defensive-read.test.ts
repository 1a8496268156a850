// Reading stays defensive: whatever a document holds, however it got there (a peer running other
// code, a database from before the door checked writes), `snapshot` returns, without throwing or
// exhausting the stack, data of the right kinds: ids are text, numbers finite, lists lists.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { base } from './random-ops';

const seed = Number(process.env.FC_SEED ?? 1616);

/** Places in `data` holding what plain plan data never holds: non-finite numbers, shared types. */
function kindsOf(value: unknown, path = ''): string[] {
	if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
	if (value === null || typeof value !== 'object') return [];
	if (value instanceof Y.AbstractType) return [path];
	return Object.entries(value).flatMap(([key, inner]) => kindsOf(inner, `${path}/${key}`));
}

function indicator(doc: Y.Doc, id: string): Y.Map<unknown> {
	return doc.getMap<Y.Map<unknown>>('indicators').get(id)!;
}

describe('snapshot reads any content', () => {
	it('a formula of 10,000 terms, and one nested 10,000 brackets deep, read as no formula', () => {
		const doc = base();
		indicator(doc, 'i2').set('formula', Array.from({ length: 10_000 }, () => '{i1}').join(' + '));
		const deep = `${'('.repeat(10_000)}{i1}${')'.repeat(10_000)}`;
		P.addIndicator(doc, { id: 'i3', name: 'Deep', code: 'DEEP' });
		indicator(doc, 'i3').set('formula', deep);
		const data = P.snapshot(doc);
		expect(data.indicators.find((i) => i.id === 'i2')?.formula).toBeNull();
		expect(data.indicators.find((i) => i.id === 'i3')?.formula).toBeNull();
		expect(P.validatePlan(data)).toEqual([]);
	});

	it('a chain of 20,000 formulas, each using the next, with a cycle at its end', () => {
		const doc = base();
		doc.transact(() => {
			for (let i = 0; i < 20_000; i++) {
				const item = new Y.Map<unknown>();
				doc.getMap('indicators').set(`chain-${i}`, item);
				item.set('name.en', `Chain ${i}`);
				item.set('code', `C${i}`);
				item.set('formula', `{chain-${(i + 1) % 20_000}} + 1`);
			}
		});
		const data = P.snapshot(doc);
		expect(data.indicators.filter((i) => i.id.startsWith('chain-') && i.formula !== null)).toEqual([]);
	});

	it('a description nested 10,000 elements deep', () => {
		const doc = base();
		const fragment = P.descriptionFragment(doc, 'lines', 'l1', 'en')!;
		doc.transact(() => {
			let parent: Y.XmlFragment = fragment;
			for (let i = 0; i < 10_000; i++) {
				const list = new Y.XmlElement('bullet_list');
				parent.insert(parent.length, [list]);
				parent = list;
			}
		});
		expect(() => P.snapshot(doc)).not.toThrow();
	});

	it('random fields of the wrong kind in every collection', () => {
		const values = fc.oneof(
			fc.string(),
			fc.double(),
			fc.boolean(),
			fc.constant(null),
			// Through JSON, so objects have the prototype Yjs expects of stored values.
			fc.array(fc.jsonValue(), { maxLength: 3 }).map((list) => JSON.parse(JSON.stringify(list)) as unknown),
			fc
				.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 })
				.map((map) => JSON.parse(JSON.stringify(map)) as unknown)
		);
		const write = fc.record({
			collection: fc.constantFrom(...P.COLLECTIONS),
			id: fc.constantFrom('s1', 'n1', 'e1', 'a1', 'l1', 'o1', 'x1', 'p1', 'i1', 'i2', 'c1', 'new'),
			field: fc.constantFrom(
				'title',
				'title.en',
				'name.ru',
				'kind',
				'x',
				'source',
				'target',
				'actorId',
				'stageId',
				'links',
				'period',
				'targets',
				'link',
				'formula',
				'description.en',
				'budget',
				'priority',
				'order',
				'lineId',
				'objectiveId',
				'mentions',
				'createdAt'
			),
			value: values,
			nested: fc.boolean()
		});
		fc.assert(
			fc.property(fc.array(write, { maxLength: 30 }), (writes) => {
				const doc = base();
				for (const { collection, id, field, value, nested } of writes) {
					const root = doc.getMap<unknown>(collection);
					let item = root.get(id);
					if (!(item instanceof Y.Map)) root.set(id, (item = new Y.Map()));
					(item as Y.Map<unknown>).set(field, nested ? new Y.Map() : value);
				}
				const data = P.snapshot(doc);
				expect(kindsOf(data)).toEqual([]);
				expect(Array.isArray(P.validatePlan(data))).toBe(true);
				expect(P.planChanges(P.snapshot(base()), data)).toBeDefined();
			}),
			{ seed, numRuns: 300 }
		);
	});
});
