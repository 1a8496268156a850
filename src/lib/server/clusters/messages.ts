// Cluster input errors in the user's language (the request's locale, set by paraglide's middleware).
import { m } from '$lib/paraglide/messages';
import type { ClusterInputError } from './input-error';

const messages: Record<ClusterInputError['code'], () => string> = {
	name: m.cluster_error_name,
	region: m.cluster_error_region,
	sector: m.cluster_error_sector,
	title: m.cluster_error_title,
	not_found: m.error_not_found,
	role: m.cluster_error_role,
	role_needs_admin: m.cluster_error_role_needs_admin,
	id_taken: m.cluster_error_id_taken,
	unknown_user: m.cluster_error_unknown_user,
	not_member: m.cluster_error_not_member,
	already_member: m.cluster_error_already_member
};

export function clusterErrorMessage(error: ClusterInputError): string {
	return messages[error.code]();
}
