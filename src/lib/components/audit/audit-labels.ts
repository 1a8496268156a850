// The audit log in words: a label for each action the app records, and a one-line summary of an
// entry's detail. Unknown actions show only their raw name, which the page prints beside every label.
import { m } from '$lib/paraglide/messages';

const labels: Record<string, () => string> = {
	'cluster.create': m.audit_action_cluster_create,
	'cluster.import': m.audit_action_cluster_import,
	'cluster.export': m.audit_action_cluster_export,
	'cluster.rename': m.audit_action_cluster_rename,
	'member.add': m.audit_action_member_add,
	'member.role': m.audit_action_member_role,
	'member.remove': m.audit_action_member_remove,
	'user.create': m.audit_action_user_create,
	'plan.create': m.audit_action_plan_create,
	'plan.rename': m.audit_action_plan_rename,
	'indicator.import': m.audit_action_indicator_import,
	'period.submit': m.audit_action_period_submit,
	'period.withdraw': m.audit_action_period_withdraw,
	'period.return': m.audit_action_period_return,
	'period.approve': m.audit_action_period_approve,
	'period.reopen': m.audit_action_period_reopen,
	'version.save': m.audit_action_version_save,
	'version.submit': m.audit_action_version_submit,
	'version.approve': m.audit_action_version_approve,
	'version.request_changes': m.audit_action_version_request_changes,
	'version.restore': m.audit_action_version_restore,
	'version.comment': m.audit_action_version_comment,
	'workshop.start': m.audit_action_workshop_start,
	'workshop.end': m.audit_action_workshop_end
};

/** The actions the page can name, in the order the filter offers them. */
export const knownActions = Object.keys(labels);

/** The action in the reader's language, or null for one this page does not know. */
export function actionLabel(action: string): string | null {
	return labels[action]?.() ?? null;
}

const MAX_PART = 120;
const MAX_SUMMARY = 300;

function short(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function shown(value: unknown): string {
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return value.map(shown).join(', ');
	return JSON.stringify(value) ?? '';
}

/** `from → to` first (a state change), then the other fields as `name: value`; empty ones left out. */
export function detailSummary(detail: unknown): string {
	if (detail === null || detail === undefined) return '';
	if (typeof detail !== 'object' || Array.isArray(detail)) return short(shown(detail), MAX_SUMMARY);
	const { from, to, ...rest } = detail as Record<string, unknown>;
	const parts: string[] = [];
	if (from !== undefined && to !== undefined) parts.push(`${shown(from)} → ${shown(to)}`);
	else Object.assign(rest, from === undefined ? {} : { from }, to === undefined ? {} : { to });
	for (const [name, value] of Object.entries(rest)) {
		const text = shown(value);
		if (text !== '' && value !== null) parts.push(`${name}: ${short(text, MAX_PART)}`);
	}
	return short(parts.join('; '), MAX_SUMMARY);
}
