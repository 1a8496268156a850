// The review of a plan version, every state against every step: the table below is the rule, so a
// change to the state machine has to change it too.
import { describe, expect, it } from 'vitest';
import * as P from '../../../src/lib/plan';

const illegal = 'illegal' as const;

const table: Record<P.VersionState, Record<P.VersionStep, P.VersionState | typeof illegal>> = {
	draft: { submit: 'submitted', approve: illegal, request_changes: illegal },
	submitted: { submit: illegal, approve: 'approved', request_changes: 'changes_requested' },
	changes_requested: { submit: 'submitted', approve: illegal, request_changes: illegal },
	approved: { submit: illegal, approve: illegal, request_changes: illegal }
};

describe('the review of a version', () => {
	it('knows the four states and the three steps', () => {
		expect([...P.VERSION_STATES].sort()).toEqual(Object.keys(table).sort());
		expect([...P.VERSION_STEPS].sort()).toEqual(['approve', 'request_changes', 'submit']);
	});

	for (const state of P.VERSION_STATES) {
		for (const step of P.VERSION_STEPS) {
			const next = table[state][step];
			if (next === illegal) {
				it(`refuses to ${step} a ${state} version`, () => {
					let thrown: unknown;
					try {
						P.nextVersionState(state, step);
					} catch (error) {
						thrown = error;
					}
					expect(P.isPlanError(thrown, 'illegal_transition')).toBe(true);
				});
			} else {
				it(`takes a ${state} version to ${next} on ${step}`, () => {
					expect(P.nextVersionState(state, step)).toBe(next);
				});
			}
		}
		it(`offers a ${state} version exactly the steps the table allows`, () => {
			const allowed = P.VERSION_STEPS.filter((step) => table[state][step] !== illegal);
			expect(P.allowedVersionSteps(state)).toEqual(allowed);
		});
	}

	it('leaves submitting to facilitators and the other steps to reviewers', () => {
		expect([...P.VERSION_REVIEW_STEPS].sort()).toEqual(['approve', 'request_changes']);
	});

	it('wants a comment only with a request for changes', () => {
		expect([...P.VERSION_STEPS_WITH_COMMENT]).toEqual(['request_changes']);
	});

	it('tells a step from anything else', () => {
		for (const step of P.VERSION_STEPS) expect(P.isVersionStep(step)).toBe(true);
		for (const other of ['request-changes', 'approved', '', null, 3])
			expect(P.isVersionStep(other)).toBe(false);
	});

	it('brings a version through a request for changes to approval', () => {
		const steps: P.VersionStep[] = ['submit', 'request_changes', 'submit', 'approve'];
		const states = steps.reduce<P.VersionState[]>(
			(seen, step) => [...seen, P.nextVersionState(seen.at(-1)!, step)],
			['draft']
		);
		expect(states).toEqual(['draft', 'submitted', 'changes_requested', 'submitted', 'approved']);
	});
});
