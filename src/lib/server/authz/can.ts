// The one authorization check. Every load, form action, endpoint and websocket message asks it.
// Roles follow DESIGN.md: per cluster member, facilitator, reviewer, coordinator; admin everywhere.
import { clusterRoles, type ClusterRole, type GlobalRole, type Role } from '../../roles';
import type { CallState } from '../../selection/call';

export type { Role };

export const clusterActions = [
	'cluster.view',
	'cluster.manageMembers',
	'cluster.rename',
	'plan.view',
	'plan.rename',
	'plan.edit',
	'plan.comment',
	'comment.edit',
	'comment.resolve',
	'workshop.run',
	'workshop.join',
	'version.save',
	'version.submit',
	'version.review',
	'version.restore',
	'cluster.export',
	'indicator.record',
	'period.submit',
	'period.review',
	'participant.manage',
	'profile.edit',
	'deadline.set'
] as const;
export const globalActions = [
	'cluster.create',
	'cluster.import',
	'user.create',
	'monitoring.viewAll',
	'programme.view',
	'audit.view',
	'health.view',
	'call.create',
	'call.apply',
	'measure.view',
	'measure.manage',
	'mail.view',
	'waiting.view'
] as const;
/** What is done in a call of the competitive selection (src/lib/selection/). */
export const callActions = [
	'call.view',
	'call.manage',
	'call.results',
	'application.view',
	'application.edit',
	'application.check',
	'application.score',
	'ranking.view'
] as const;

export type ClusterAction = (typeof clusterActions)[number];
export type GlobalAction = (typeof globalActions)[number];
/** Giving someone a role in a cluster: judged on who they are everywhere, not only on who asks. */
export type GrantAction = 'cluster.grantRole';
export type CallAction = (typeof callActions)[number];
export type Action = ClusterAction | GlobalAction | GrantAction | CallAction;

/** Who is asking: their global role and their role in each cluster they belong to. */
export type Actor = {
	id: string;
	/** Comments name their author by username. */
	username?: string;
	globalRole: GlobalRole | null;
	roles: Readonly<Record<string, ClusterRole>>;
};

/**
 * A call, or an application to it: its state and panel, and for an application who wrote it and
 * which evaluators it is assigned to.
 */
export type CallResource = {
	call: { state: CallState; evaluators: readonly string[] };
	applicantId?: string | null;
	assigned?: readonly string[];
};

/** A cluster, or something in it; `author` is the username of whoever wrote a comment asked about. */
export type ClusterResource = { clusterId: string; author?: string };

/** A role about to be given in a cluster, and the global role its holder already has. */
export type RoleGrant = ClusterResource & {
	role: ClusterRole;
	holderGlobalRole: GlobalRole | null;
};

const view: ClusterAction[] = ['cluster.view', 'plan.view'];
// Whoever may edit the plan may also keep a named version of it, and take part in its workshops
// (notes, dots); reviewers and coordinators watch a workshop without taking part.
const edit: ClusterAction[] = [...view, 'plan.edit', 'plan.comment', 'version.save', 'workshop.join'];

const allowed: Record<Role, ReadonlySet<ClusterAction>> = {
	member: new Set(edit),
	facilitator: new Set([
		...edit,
		'workshop.run',
		'version.submit',
		// Restoring replaces everyone's live plan, so it is the workshop lead's call, not any editor's.
		'version.restore',
		'cluster.export',
		'cluster.manageMembers',
		// The plan is the cluster's own work, named by whoever answers for it. The cluster's name,
		// region and sector are the programme's record of it: an admin's to change ('cluster.rename').
		'plan.rename',
		'indicator.record',
		'period.submit',
		'comment.resolve',
		// The cluster's registry (its firms, its organisation) is kept by who runs the cluster's work.
		'participant.manage',
		'profile.edit',
		// When the plan's yearly report is due: agreed between KIDI and whoever answers for the plan.
		'deadline.set'
	]),
	// Resolving someone else's thread settles the review's question: KIDI's reviewers, or the
	// facilitator who answers for the plan, not any member (a member resolves their own threads).
	reviewer: new Set([...view, 'plan.comment', 'comment.resolve', 'version.review', 'period.review']),
	coordinator: new Set([...view, 'indicator.record', 'period.submit']),
	admin: new Set(clusterActions)
};

/** The role a user holds in a cluster: admin everywhere, else their membership, else a global reviewer's. */
export function roleIn(actor: Actor | null, clusterId: string): Role | null {
	if (!actor) return null;
	if (actor.globalRole === 'admin') return 'admin';
	return actor.roles[clusterId] ?? (actor.globalRole === 'reviewer' ? 'reviewer' : null);
}

// A cluster role outranks a global one (roleIn), so any cluster role but `reviewer` changes what a
// KIDI reviewer may do there: `member` or `facilitator` makes them an editor of the plan they review,
// `coordinator` has them record the values and lose the review. `reviewer` adds nothing to what they
// already hold (and lists them among the members, so comments can mention them). An admin's cluster
// role is never read; the same rule keeps the members list from showing an admin as a cluster firm.
// So a facilitator may give a person with a global role only `reviewer`; the rest is the admin's call.
function mayGrant(actor: Actor, grant: RoleGrant): boolean {
	if (actor.globalRole === 'admin') return true;
	if (!can(actor, 'cluster.manageMembers', grant)) return false;
	return (
		grant.holderGlobalRole === null || grant.holderGlobalRole === 'applicant' || grant.role === 'reviewer'
	);
}

// KIDI runs the selection: its admins and reviewers write calls, check applications, read the
// ranking and record the commission's decision. Evaluators are whoever the call's panel names
// (consultants need no global role); an applicant sees only their own applications. A call's rules
// are an announcement, so anyone signed in reads a call once it is out of its draft, and its
// results once published.
function mayInCall(actor: Actor, action: CallAction, resource: CallResource): boolean {
	const kidi = actor.globalRole === 'admin' || actor.globalRole === 'reviewer';
	const { call } = resource;
	const onPanel = call.evaluators.includes(actor.id);
	const own = !!resource.applicantId && resource.applicantId === actor.id;
	switch (action) {
		case 'call.view':
			return kidi || onPanel || call.state !== 'draft';
		case 'call.results':
			return kidi || call.state === 'published';
		case 'call.manage':
		case 'application.check':
		case 'ranking.view':
			return kidi;
		case 'application.view':
			return kidi || own || (onPanel && (resource.assigned ?? []).includes(actor.id));
		case 'application.edit':
			return own && actor.globalRole === 'applicant';
		case 'application.score':
			return onPanel;
	}
}

/**
 * Whether `actor` may take `action`: global actions need no resource, cluster actions name the
 * cluster, and `cluster.grantRole` names the role given and its holder's global role.
 */
export function can(actor: Actor | null, action: GlobalAction, resource?: null): boolean;
export function can(actor: Actor | null, action: ClusterAction, resource: ClusterResource): boolean;
export function can(actor: Actor | null, action: GrantAction, resource: RoleGrant): boolean;
export function can(actor: Actor | null, action: CallAction, resource: CallResource): boolean;
export function can(
	actor: Actor | null,
	action: Action,
	resource?: ClusterResource | RoleGrant | CallResource | null
): boolean {
	if (!actor) return false;
	if (action === 'cluster.grantRole') return !!resource && 'role' in resource && mayGrant(actor, resource);
	if ((callActions as readonly string[]).includes(action)) {
		return !!resource && 'call' in resource && mayInCall(actor, action as CallAction, resource);
	}
	switch (action) {
		case 'call.create':
			return actor.globalRole === 'admin' || actor.globalRole === 'reviewer';
		case 'call.apply':
			return actor.globalRole === 'applicant';
		// The catalogue of support measures is public knowledge for the programme: anyone signed in
		// reads it, and KIDI (its admins and reviewers) keeps it, as it keeps the calls.
		case 'measure.view':
			return true;
		case 'measure.manage':
			return actor.globalRole === 'admin' || actor.globalRole === 'reviewer';
		// The mail outbox (mail.view) holds people's addresses and what they were told: admins' alone.
		case 'cluster.create':
		case 'cluster.import':
		case 'user.create':
		case 'health.view':
		case 'mail.view':
			return actor.globalRole === 'admin';
		// Who waits on whom: KIDI, which reviews everything, and the coordinators, who look after
		// several clusters' reports (the rows are then narrowed to what each may see).
		case 'waiting.view':
			return (
				actor.globalRole === 'admin' ||
				actor.globalRole === 'reviewer' ||
				Object.values(actor.roles).includes('coordinator')
			);
		case 'monitoring.viewAll':
		case 'programme.view':
		case 'audit.view':
			return actor.globalRole === 'admin' || actor.globalRole === 'reviewer';
	}
	if (!resource || !('clusterId' in resource)) return false;
	const role = roleIn(actor, resource.clusterId);
	if (role === null) return false;
	const own = resource.author !== undefined && resource.author === actor.username;
	switch (action) {
		case 'comment.edit':
			// Editing or deleting a comment is its author's alone, even for an admin.
			return own && allowed[role].has('plan.comment');
		case 'comment.resolve':
			return allowed[role].has('plan.comment') && (own || allowed[role].has('comment.resolve'));
		default:
			return allowed[role].has(action as ClusterAction);
	}
}

/** Roles a user may hold in a cluster; 'admin' is global and not granted per cluster. */
export function isClusterRole(value: unknown): value is ClusterRole {
	return clusterRoles.includes(value as ClusterRole);
}
