// Who may do what in a call of the selection, written out as a table: KIDI runs it, the panel's
// evaluators score, an applicant writes and reads only their own, and a draft call is KIDI's alone.
import { describe, expect, it } from 'vitest';
import {
	callActions,
	can,
	type Actor,
	type CallAction,
	type CallResource
} from '../../../src/lib/server/authz/can';
import type { CallState } from '../../../src/lib/selection/call';

const admin: Actor = { id: 'admin', globalRole: 'admin', roles: {} };
const reviewer: Actor = { id: 'kidi', globalRole: 'reviewer', roles: {} };
const evaluator: Actor = { id: 'eva', globalRole: null, roles: {} };
const applicant: Actor = { id: 'app', globalRole: 'applicant', roles: {} };
const other: Actor = { id: 'app2', globalRole: 'applicant', roles: {} };
const member: Actor = { id: 'mem', globalRole: null, roles: { 'flour-kostanay': 'member' } };

const application = (state: CallState, assigned: string[] = ['eva']): CallResource => ({
	call: { state, evaluators: ['eva', 'kidi'] },
	applicantId: 'app',
	assigned
});

type Row = [Actor | null, string, Record<CallAction, boolean>];
const none = Object.fromEntries(callActions.map((action) => [action, false])) as Record<CallAction, boolean>;

describe('can, in a call being scored', () => {
	const rows: Row[] = [
		[
			admin,
			'an admin',
			{
				...none,
				'call.view': true,
				'call.manage': true,
				'call.results': true,
				'application.view': true,
				'application.check': true,
				'ranking.view': true
			}
		],
		[
			reviewer,
			'a KIDI reviewer on the panel, not assigned',
			{
				...none,
				'call.view': true,
				'call.manage': true,
				'call.results': true,
				'application.view': true,
				'application.check': true,
				'application.score': true,
				'ranking.view': true
			}
		],
		[
			evaluator,
			'an assigned evaluator',
			{ ...none, 'call.view': true, 'application.view': true, 'application.score': true }
		],
		[
			applicant,
			'the applicant',
			{ ...none, 'call.view': true, 'application.view': true, 'application.edit': true }
		],
		[other, 'another applicant', { ...none, 'call.view': true }],
		[member, 'a cluster member', { ...none, 'call.view': true }],
		[null, 'nobody', none]
	];
	for (const [actor, who, expected] of rows) {
		it(`${who}`, () => {
			const got = Object.fromEntries(
				callActions.map((action) => [action, can(actor, action, application('scoring'))])
			);
			expect(got).toEqual(expected);
		});
	}
});

describe('can, by the state of a call', () => {
	it('keeps a draft call to KIDI and the panel', () => {
		expect(can(member, 'call.view', application('draft'))).toBe(false);
		expect(can(applicant, 'call.view', application('draft'))).toBe(false);
		expect(can(evaluator, 'call.view', application('draft'))).toBe(true);
		expect(can(reviewer, 'call.view', application('draft'))).toBe(true);
	});

	it('shows the results to everyone signed in once published, and to KIDI before', () => {
		expect(can(member, 'call.results', application('decided'))).toBe(false);
		expect(can(reviewer, 'call.results', application('decided'))).toBe(true);
		expect(can(member, 'call.results', application('published'))).toBe(true);
		expect(can(null, 'call.results', application('published'))).toBe(false);
	});

	it('lets an evaluator read an application only while it is assigned to them', () => {
		expect(can(evaluator, 'application.view', application('scoring', []))).toBe(false);
		expect(can(evaluator, 'application.score', application('scoring', []))).toBe(true);
	});

	it('lets only applicant accounts apply, and only KIDI write calls', () => {
		expect([admin, reviewer, evaluator, applicant, member].map((actor) => can(actor, 'call.apply'))).toEqual([
			false,
			false,
			false,
			true,
			false
		]);
		expect([admin, reviewer, evaluator, applicant, member].map((actor) => can(actor, 'call.create'))).toEqual(
			[true, true, false, false, false]
		);
	});

	it('never answers a call action on a cluster resource, nor a cluster action on a call', () => {
		expect(can(admin, 'call.manage' as never, { clusterId: 'flour-kostanay' } as never)).toBe(false);
		expect(can(member, 'plan.view' as never, application('scoring') as never)).toBe(false);
	});
});
