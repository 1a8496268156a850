// Spreading applications among evaluators: k to each application, loads within one of each other,
// the same answer for the same input, and no one on an application they declared a conflict with.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignEvaluators, evaluatorLoads, replaceEvaluator } from '$lib/selection/assignment';
import { refusal } from './call-2017';

const seed = Number(process.env.FC_SEED ?? 21_2026);
const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
const PANEL = ['eva', 'ivan', 'aigul', 'marat'];

describe('an assignment', () => {
	it('gives the 18 applications of 2017 three evaluators each from a panel of four', () => {
		const assignments = assignEvaluators(ids('a', 18), PANEL, 3);
		expect(assignments.every((assignment) => assignment.evaluatorIds.length === 3)).toBe(true);
		// 18 × 3 = 54 readings over four evaluators: 14, 14, 13, 13.
		expect(evaluatorLoads(assignments, PANEL)).toEqual({ eva: 14, ivan: 14, aigul: 13, marat: 13 });
	});

	it('gives each application k different evaluators, and loads that differ by at most one', () => {
		const input = fc
			.record({ applications: fc.nat({ max: 40 }), evaluators: fc.integer({ min: 1, max: 12 }) })
			.chain(({ applications, evaluators }) =>
				fc.record({
					applications: fc.constant(applications),
					evaluators: fc.constant(evaluators),
					k: fc.integer({ min: 1, max: evaluators })
				})
			);
		fc.assert(
			fc.property(input, ({ applications, evaluators, k }) => {
				const panel = ids('e', evaluators);
				const assignments = assignEvaluators(ids('a', applications), panel, k);
				for (const { evaluatorIds } of assignments) {
					expect(new Set(evaluatorIds).size).toBe(k);
				}
				const loads = Object.values(evaluatorLoads(assignments, panel));
				expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
			}),
			{ seed }
		);
	});

	it('is the same for the same input in the same order', () => {
		const conflicts = [{ applicationId: 'a3', evaluatorId: 'eva' }];
		expect(assignEvaluators(ids('a', 9), PANEL, 2, conflicts)).toEqual(
			assignEvaluators(ids('a', 9), PANEL, 2, conflicts)
		);
	});

	it('lists each application’s evaluators in the panel’s order', () => {
		for (const { evaluatorIds } of assignEvaluators(ids('a', 7), PANEL, 3)) {
			expect(evaluatorIds).toEqual(PANEL.filter((evaluator) => evaluatorIds.includes(evaluator)));
		}
	});

	it('skips a declared conflict, and stays within one where the conflicts allow', () => {
		const conflicts = [
			{ applicationId: 'a1', evaluatorId: 'eva' },
			{ applicationId: 'a2', evaluatorId: 'eva' },
			{ applicationId: 'a5', evaluatorId: 'marat' }
		];
		const assignments = assignEvaluators(ids('a', 8), PANEL, 2, conflicts);
		for (const { applicationId, evaluatorId } of conflicts) {
			const assignment = assignments.find((each) => each.applicationId === applicationId)!;
			expect(assignment.evaluatorIds).not.toContain(evaluatorId);
			expect(assignment.evaluatorIds).toHaveLength(2);
		}
		const loads = Object.values(evaluatorLoads(assignments, PANEL));
		expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
	});

	it('is refused when the panel is too small, for all or for one application', () => {
		expect(refusal(() => assignEvaluators(['a1'], ['eva', 'ivan'], 3))).toEqual([
			400,
			'too_few',
			'evaluators'
		]);
		const conflicts = [{ applicationId: 'a1', evaluatorId: 'eva' }];
		expect(refusal(() => assignEvaluators(['a1'], ['eva', 'ivan'], 2, conflicts))).toEqual([
			400,
			'too_few',
			'evaluators'
		]);
	});

	it('is refused for k not a whole number above 0, and for ids listed twice', () => {
		expect(refusal(() => assignEvaluators(['a1'], PANEL, 0))).toEqual([
			400,
			'invalid_value',
			'perApplication'
		]);
		expect(refusal(() => assignEvaluators(['a1'], PANEL, 1.5))).toEqual([
			400,
			'invalid_value',
			'perApplication'
		]);
		expect(refusal(() => assignEvaluators(['a1'], ['eva', 'eva'], 1))).toEqual([
			400,
			'duplicate_id',
			'evaluators.1'
		]);
		expect(refusal(() => assignEvaluators(['a1', 'a1'], PANEL, 1))).toEqual([
			400,
			'duplicate_id',
			'applications.1'
		]);
	});
});

describe('a conflict declared after the assignment', () => {
	it('puts the least loaded evaluator free of conflicts in the place of the one who declared it', () => {
		const assignments = assignEvaluators(['a1', 'a2', 'a3'], PANEL, 2);
		expect(assignments.map((each) => each.evaluatorIds)).toEqual([
			['eva', 'ivan'],
			['aigul', 'marat'],
			['eva', 'ivan']
		]);
		const replaced = replaceEvaluator(assignments, 'a1', 'eva', PANEL);
		expect(replaced[0]).toEqual({ applicationId: 'a1', evaluatorIds: ['ivan', 'aigul'] });
		expect(replaced.slice(1)).toEqual(assignments.slice(1));
		// With aigul in conflict with a1 too, marat takes the place.
		const conflicts = [{ applicationId: 'a1', evaluatorId: 'aigul' }];
		expect(replaceEvaluator(assignments, 'a1', 'eva', PANEL, conflicts)[0]!.evaluatorIds).toEqual([
			'ivan',
			'marat'
		]);
	});

	it('leaves the application with one evaluator fewer when no one else can take it', () => {
		const assignments = assignEvaluators(['a1'], ['eva', 'ivan'], 2);
		expect(replaceEvaluator(assignments, 'a1', 'eva', ['eva', 'ivan'])[0]!.evaluatorIds).toEqual(['ivan']);
	});
});
