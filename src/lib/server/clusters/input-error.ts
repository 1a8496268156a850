// What the cluster services refuse, by code, with the HTTP status and form field each answers with.
import { Refusal } from '../../refusal';

export type ClusterErrorCode =
	| 'name'
	| 'region'
	| 'sector'
	| 'title'
	| 'not_found'
	| 'role'
	| 'id_taken'
	| 'unknown_user'
	| 'not_member'
	| 'already_member'
	| 'role_needs_admin';

// The form field each error is about, so a form can show it there.
const fieldOf: Record<ClusterErrorCode, string> = {
	name: 'name',
	region: 'region',
	sector: 'sector',
	title: 'title',
	not_found: 'id',
	role: 'role',
	id_taken: 'name',
	unknown_user: 'username',
	not_member: 'userId',
	already_member: 'username',
	role_needs_admin: 'role'
};

/** 403 for a role the asker may not give, 404 for a cluster or plan gone, 400 for anything typed wrong. */
function statusOf(code: ClusterErrorCode): 400 | 403 | 404 {
	if (code === 'not_found') return 404;
	return code === 'role_needs_admin' ? 403 : 400;
}

/** The refusal of a cluster service, naming the form field it is about. */
export function clusterRefusal(code: ClusterErrorCode): Refusal {
	return new Refusal(statusOf(code), code, `${fieldOf[code]}: ${code}`, { field: fieldOf[code] });
}
