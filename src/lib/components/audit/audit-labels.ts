// The audit log in words: a label for each action the app records (audit-detail.ts words an entry's
// detail). Unknown actions show only their raw name, which the page prints beside every label.
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
	'user.password_reset': m.audit_action_user_password_reset,
	'plan.create': m.audit_action_plan_create,
	'plan.rename': m.audit_action_plan_rename,
	'indicator.import': m.audit_action_indicator_import,
	'period.submit': m.audit_action_period_submit,
	'period.withdraw': m.audit_action_period_withdraw,
	'period.return': m.audit_action_period_return,
	'period.approve': m.audit_action_period_approve,
	'period.reopen': m.audit_action_period_reopen,
	'deadline.set': m.calendar_audit_set,
	'version.save': m.audit_action_version_save,
	'version.submit': m.audit_action_version_submit,
	'version.approve': m.audit_action_version_approve,
	'version.request_changes': m.audit_action_version_request_changes,
	'version.restore': m.audit_action_version_restore,
	'version.comment': m.audit_action_version_comment,
	'workshop.start': m.audit_action_workshop_start,
	'workshop.end': m.audit_action_workshop_end,
	'participant.add': m.audit_action_participant_add,
	'participant.change': m.audit_action_participant_change,
	'participant.leave': m.audit_action_participant_leave,
	'profile.change': m.audit_action_profile_change,
	'call.create': m.audit_action_call_create,
	'call.change': m.audit_action_call_change,
	'call.move': m.audit_action_call_move,
	'call.assign': m.audit_action_call_assign,
	'call.decide': m.audit_action_call_decide,
	'application.create': m.audit_action_application_create,
	'application.submit': m.audit_action_application_submit,
	'application.attach': m.audit_action_application_attach,
	'application.detach': m.audit_action_application_detach,
	'application.check': m.audit_action_application_check,
	'application.score': m.audit_action_application_score,
	'application.workspace': m.audit_action_application_workspace,
	'measure.create': m.measures_audit_create,
	'measure.change': m.measures_audit_change,
	'measure.propose': m.proposals_audit_propose
};

/** The actions the page can name, in the order the filter offers them. */
export const knownActions = Object.keys(labels);

/** The action in the reader's language, or null for one this page does not know. */
export function actionLabel(action: string): string | null {
	return labels[action]?.() ?? null;
}
