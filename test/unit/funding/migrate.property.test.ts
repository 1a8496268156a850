// Layout 2 held one budget and one source per project; layout 3 holds funding lines. Random old
// plans migrate with nothing lost, and a version saved before lines reads as its migrated plan does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { newPlan } from '../plan/plan-fixture';

const SEED = 20261207;

type OldProject = { id: string; budget: number; source: string; start: string | null; end: string | null };

const date = fc
	.record({ y: fc.integer({ min: 2015, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) })
	.map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}-01`);
const oldProject = fc.record({
	id: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
	budget: fc.oneof(fc.integer({ min: 0, max: 5e9 }), fc.double({ min: 0, max: 1e9, noNaN: true })),
	// `grant` was renamed before layout 2 and junk may be stored by other code: both read as `other`.
	source: fc.constantFrom('state_support', 'own_funds', 'donor', 'loan', 'other', 'grant'),
	start: fc.option(date, { nil: null }),
	end: fc.option(date, { nil: null })
});
const oldPlan = fc.uniqueArray(oldProject, { selector: (p) => p.id, maxLength: 25 });

/** A plan document as layout 2 code wrote it: each project with its own budget and source. */
function layout2(projects: OldProject[]): Y.Doc {
	const doc = newPlan();
	doc.transact(() => {
		doc.getMap('meta').set('schemaVersion', 2);
		projects.forEach((project, index) => {
			const item = new Y.Map<unknown>();
			item.set('title.en', `Project ${index + 1}`);
			item.set('budget', project.budget);
			item.set('fundingSource', project.source);
			item.set('period', {
				start: project.start,
				end: project.end && project.start && project.end < project.start ? project.start : project.end
			});
			item.set('status', 'proposed');
			item.set('priority', 5);
			item.set('order', index + 1);
			doc.getMap('projects').set(project.id, item);
		});
	});
	return doc;
}

const known = (source: string) =>
	(P.FUNDING_SOURCES as readonly string[]).includes(source) ? source : 'other';

describe('migration to funding lines', () => {
	it(`keeps every project's budget and source in one line (seed ${SEED})`, () => {
		fc.assert(
			fc.property(oldPlan, (projects) => {
				const doc = layout2(projects);
				const before = P.snapshot(doc).projects.map((p) => p.id);
				expect(P.migrate(doc)).toEqual({ from: 2, to: 3 });
				const data = P.snapshot(doc);
				expect(data.projects.map((p) => p.id)).toEqual(before);
				const total = projects.reduce((sum, p) => sum + p.budget, 0);
				expect(data.projects.reduce((sum, p) => sum + p.budget, 0)).toBeCloseTo(total, 2);
				for (const old of projects) {
					const project = data.projects.find((p) => p.id === old.id)!;
					expect(project.funding).toHaveLength(1);
					expect(project.funding[0]).toMatchObject({
						amount: old.budget,
						source: known(old.source),
						state: 'planned'
					});
					expect(project.funding[0]!.fromYear).toBe(old.start ? Number(old.start.slice(0, 4)) : null);
				}
				expect(P.validatePlan(data)).toEqual([]);
				// The fields of layout 2 are gone: the document holds one truth.
				doc.getMap<Y.Map<unknown>>('projects').forEach((item) => {
					expect(item.has('budget') || item.has('fundingSource')).toBe(false);
				});
			}),
			{ seed: SEED, numRuns: 150 }
		);
	});

	it(`reads a version saved before lines as its migrated plan: no change between them (seed ${SEED})`, () => {
		fc.assert(
			fc.property(oldPlan, (projects) => {
				const doc = layout2(projects);
				// What a layout 2 snapshot held: budget and source on the project, no lines.
				const saved = P.snapshot(doc);
				const old = {
					...saved,
					projects: saved.projects.map(({ funding: _lines, ...project }) => {
						const stored = doc.getMap<Y.Map<unknown>>('projects').get(project.id)!;
						return {
							...project,
							budget: stored.get('budget'),
							fundingSource: known(String(stored.get('fundingSource')))
						};
					})
				};
				P.migrate(doc);
				const upgraded = P.withFundingLines(old) as P.PlanData;
				expect(P.planDataProblem(upgraded)).toBeNull();
				expect(P.diff(upgraded, P.snapshot(doc))).toEqual({ added: [], removed: [], changed: [] });
			}),
			{ seed: SEED, numRuns: 100 }
		);
	});

	it('converges when two peers migrate the same layout 2 plan at once', () => {
		const a = layout2([{ id: 'p1', budget: 10, source: 'loan', start: '2019-01-01', end: '2020-01-01' }]);
		const b = new Y.Doc();
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		P.migrate(a);
		P.migrate(b);
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		expect(P.snapshot(a)).toEqual(P.snapshot(b));
		expect(P.snapshot(a).projects[0]!.funding).toHaveLength(1);
	});
});
