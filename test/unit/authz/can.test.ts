import { describe, expect, it } from 'vitest';
import {
	can,
	clusterActions,
	globalActions,
	roleIn,
	type Actor,
	type ClusterAction,
	type RoleGrant
} from '../../../src/lib/server/authz/can';
import type { ClusterRole } from '../../../src/lib/roles';

// The table in DESIGN.md, written out cell by cell so a change to `can` has to change this too.
const expected: Record<ClusterRole | 'admin', Record<ClusterAction, boolean>> = {
	member: {
		'cluster.view': true,
		'cluster.manageMembers': false,
		'cluster.rename': false,
		'plan.view': true,
		'plan.rename': false,
		'plan.edit': true,
		'plan.comment': true,
		'comment.edit': false,
		'comment.resolve': false,
		'workshop.run': false,
		'workshop.join': true,
		'version.save': true,
		'version.submit': false,
		'version.review': false,
		'version.restore': false,
		'cluster.export': false,
		'indicator.record': false,
		'period.submit': false,
		'period.review': false,
		'participant.manage': false,
		'profile.edit': false,
		'deadline.set': false
	},
	facilitator: {
		'cluster.view': true,
		'cluster.manageMembers': true,
		'cluster.rename': false,
		'plan.view': true,
		'plan.rename': true,
		'plan.edit': true,
		'plan.comment': true,
		'comment.edit': false,
		'comment.resolve': true,
		'workshop.run': true,
		'workshop.join': true,
		'version.save': true,
		'version.submit': true,
		'version.review': false,
		'version.restore': true,
		'cluster.export': true,
		'indicator.record': true,
		'period.submit': true,
		'period.review': false,
		'participant.manage': true,
		'profile.edit': true,
		'deadline.set': true
	},
	reviewer: {
		'cluster.view': true,
		'cluster.manageMembers': false,
		'cluster.rename': false,
		'plan.view': true,
		'plan.rename': false,
		'plan.edit': false,
		'plan.comment': true,
		'comment.edit': false,
		'comment.resolve': true,
		'workshop.run': false,
		'workshop.join': false,
		'version.save': false,
		'version.submit': false,
		'version.review': true,
		'version.restore': false,
		'cluster.export': false,
		'indicator.record': false,
		'period.submit': false,
		'period.review': true,
		'participant.manage': false,
		'profile.edit': false,
		'deadline.set': false
	},
	coordinator: {
		'cluster.view': true,
		'cluster.manageMembers': false,
		'cluster.rename': false,
		'plan.view': true,
		'plan.rename': false,
		'plan.edit': false,
		'plan.comment': false,
		'comment.edit': false,
		'comment.resolve': false,
		'workshop.run': false,
		'workshop.join': false,
		'version.save': false,
		'version.submit': false,
		'version.review': false,
		'version.restore': false,
		'cluster.export': false,
		'indicator.record': true,
		'period.submit': true,
		'period.review': false,
		'participant.manage': false,
		'profile.edit': false,
		'deadline.set': false
	},
	// Without an author named, nobody edits a comment: that is its author's alone (below).
	admin: {
		...(Object.fromEntries(clusterActions.map((a) => [a, true])) as Record<ClusterAction, boolean>),
		'comment.edit': false
	}
};

const home = { clusterId: 'flour-kostanay' };
const elsewhere = { clusterId: 'milk-akmola' };

function memberOf(role: ClusterRole): Actor {
	return { id: 'u1', globalRole: null, roles: { [home.clusterId]: role } };
}

describe('can, cluster actions', () => {
	for (const role of ['member', 'facilitator', 'reviewer', 'coordinator'] as const) {
		for (const action of clusterActions) {
			it(`a ${role} ${expected[role][action] ? 'may' : 'may not'} ${action} in their cluster`, () => {
				expect(can(memberOf(role), action, home)).toBe(expected[role][action]);
			});
			it(`a ${role} may not ${action} in a cluster they do not belong to`, () => {
				expect(can(memberOf(role), action, elsewhere)).toBe(false);
			});
		}
	}

	for (const action of clusterActions) {
		it(`an admin may ${action} in any cluster, without a membership`, () => {
			expect(can({ id: 'a', globalRole: 'admin', roles: {} }, action, elsewhere)).toBe(
				expected.admin[action]
			);
		});
		it(`a global reviewer acts as a reviewer on every cluster for ${action}`, () => {
			expect(can({ id: 'r', globalRole: 'reviewer', roles: {} }, action, elsewhere)).toBe(
				expected.reviewer[action]
			);
		});
		it(`nobody signed out may ${action}`, () => {
			expect(can(null, action, home)).toBe(false);
		});
	}
});

describe('can, comments', () => {
	const own = { ...home, author: 'mira' };
	const others = { ...home, author: 'dana' };
	const as = (role: ClusterRole): Actor => ({ ...memberOf(role), username: 'mira' });

	it('the author may edit and delete their own comment, nobody else may, not even an admin', () => {
		expect(can(as('member'), 'comment.edit', own)).toBe(true);
		expect(can(as('reviewer'), 'comment.edit', own)).toBe(true);
		expect(can(as('member'), 'comment.edit', others)).toBe(false);
		expect(can(as('facilitator'), 'comment.edit', others)).toBe(false);
		expect(can({ id: 'a', username: 'ada', globalRole: 'admin', roles: {} }, 'comment.edit', others)).toBe(
			false
		);
	});

	it('a coordinator, who may not comment, may not edit a comment under their name either', () => {
		expect(can(as('coordinator'), 'comment.edit', own)).toBe(false);
	});

	it('a member resolves only their own threads; facilitators, reviewers and admins resolve any', () => {
		expect(can(as('member'), 'comment.resolve', own)).toBe(true);
		expect(can(as('member'), 'comment.resolve', others)).toBe(false);
		expect(can(as('facilitator'), 'comment.resolve', others)).toBe(true);
		expect(can(as('reviewer'), 'comment.resolve', others)).toBe(true);
		expect(can({ id: 'a', globalRole: 'admin', roles: {} }, 'comment.resolve', others)).toBe(true);
		expect(can(as('coordinator'), 'comment.resolve', own)).toBe(false);
	});
});

describe('can, global actions', () => {
	const cases: [Actor | null, string, Record<(typeof globalActions)[number], boolean>][] = [
		[
			{ id: 'a', globalRole: 'admin', roles: {} },
			'an admin',
			{
				'cluster.create': true,
				'cluster.import': true,
				'user.create': true,
				'monitoring.viewAll': true,
				'programme.view': true,
				'audit.view': true,
				'health.view': true,
				'mail.view': true,
				'call.create': true,
				'call.apply': false,
				'measure.view': true,
				'measure.manage': true,
				'waiting.view': true
			}
		],
		[
			{ id: 'r', globalRole: 'reviewer', roles: {} },
			'a global reviewer',
			{
				'cluster.create': false,
				'cluster.import': false,
				'user.create': false,
				'monitoring.viewAll': true,
				'programme.view': true,
				'audit.view': true,
				'health.view': false,
				'mail.view': false,
				'call.create': true,
				'call.apply': false,
				'measure.view': true,
				'measure.manage': true,
				'waiting.view': true
			}
		],
		[
			memberOf('facilitator'),
			'a facilitator',
			{
				'cluster.create': false,
				'cluster.import': false,
				'user.create': false,
				'monitoring.viewAll': false,
				'programme.view': false,
				'audit.view': false,
				'health.view': false,
				'mail.view': false,
				'call.create': false,
				'call.apply': false,
				'measure.view': true,
				'measure.manage': false,
				'waiting.view': false
			}
		],
		[
			null,
			'nobody',
			{
				'cluster.create': false,
				'cluster.import': false,
				'user.create': false,
				'monitoring.viewAll': false,
				'programme.view': false,
				'audit.view': false,
				'health.view': false,
				'mail.view': false,
				'call.create': false,
				'call.apply': false,
				'measure.view': false,
				'measure.manage': false,
				'waiting.view': false
			}
		]
	];
	it('anyone who coordinates a cluster may see who waits on whom; a facilitator or member may not', () => {
		expect(can(memberOf('coordinator'), 'waiting.view')).toBe(true);
		expect(can(memberOf('member'), 'waiting.view')).toBe(false);
		expect(can({ id: 'p', globalRole: 'applicant', roles: {} }, 'waiting.view')).toBe(false);
		expect(
			can({ id: 'e', globalRole: null, roles: { a: 'facilitator', b: 'coordinator' } }, 'waiting.view')
		).toBe(true);
	});
	for (const [actor, who, row] of cases) {
		for (const action of globalActions) {
			it(`${who} ${row[action] ? 'may' : 'may not'} ${action}`, () => {
				expect(can(actor, action)).toBe(row[action]);
			});
		}
	}
});

describe('roleIn', () => {
	it('prefers a membership over the global reviewer role', () => {
		const actor: Actor = { id: 'x', globalRole: 'reviewer', roles: { [home.clusterId]: 'facilitator' } };
		expect(roleIn(actor, home.clusterId)).toBe('facilitator');
		expect(roleIn(actor, elsewhere.clusterId)).toBe('reviewer');
	});
	it('gives no role to a user outside the cluster', () => {
		expect(roleIn(memberOf('member'), elsewhere.clusterId)).toBeNull();
	});
});

describe('can, giving a cluster role', () => {
	type Holder = RoleGrant['holderGlobalRole'];
	const holders: Holder[] = [null, 'reviewer', 'admin'];
	const roles = ['member', 'facilitator', 'reviewer', 'coordinator'] as const;
	const every = { member: true, facilitator: true, reviewer: true, coordinator: true };
	const none = { member: false, facilitator: false, reviewer: false, coordinator: false };
	// A facilitator gives anyone without a global role any role; a KIDI reviewer or an admin only the
	// `reviewer` role, which adds nothing to what they hold everywhere.
	const facilitates = {
		null: every,
		reviewer: { ...none, reviewer: true },
		admin: { ...none, reviewer: true }
	};
	const nothing = { null: none, reviewer: none, admin: none };
	const cases: [string, Actor | null, Record<string, Record<(typeof roles)[number], boolean>>][] = [
		['an admin', { id: 'a', globalRole: 'admin', roles: {} }, { null: every, reviewer: every, admin: every }],
		['a facilitator of the cluster', memberOf('facilitator'), facilitates],
		[
			'a global reviewer the admin made facilitator of the cluster',
			{ id: 'r', globalRole: 'reviewer', roles: { [home.clusterId]: 'facilitator' } },
			facilitates
		],
		['a member of the cluster', memberOf('member'), nothing],
		['a coordinator of the cluster', memberOf('coordinator'), nothing],
		['a reviewer of the cluster', memberOf('reviewer'), nothing],
		['a global reviewer', { id: 'r', globalRole: 'reviewer', roles: {} }, nothing],
		[
			'a facilitator of another cluster',
			{ id: 'f', globalRole: null, roles: { [elsewhere.clusterId]: 'facilitator' } },
			nothing
		],
		['nobody signed in', null, nothing]
	];
	for (const [who, actor, table] of cases) {
		for (const holder of holders) {
			for (const role of roles) {
				const may = table[String(holder)]![role];
				const whom = holder === null ? 'someone without a global role' : `a global ${holder}`;
				it(`${who} ${may ? 'may' : 'may not'} make ${whom} ${role} of the cluster`, () => {
					expect(can(actor, 'cluster.grantRole', { ...home, role, holderGlobalRole: holder })).toBe(may);
				});
			}
		}
	}
});
