// What the cluster services refuse, by code, with the HTTP status and form field each answers with.

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

export class ClusterInputError extends Error {
	constructor(readonly code: ClusterErrorCode) {
		super(code);
	}

	/** 403 for a role the asker may not give, 404 for a cluster or plan gone, 400 for anything typed wrong. */
	get status(): 400 | 403 | 404 {
		if (this.code === 'not_found') return 404;
		return this.code === 'role_needs_admin' ? 403 : 400;
	}

	/** The form field the error is about. */
	get field(): string {
		return fieldOf[this.code];
	}
}
