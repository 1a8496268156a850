import { fail } from '@sveltejs/kit';
import { asc } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { clusters } from '$lib/server/db/schema';
import { authorize } from '$lib/server/authz/guard';
import { ClusterInputError, createCluster } from '$lib/server/clusters';
import { clusterErrorMessage } from '$lib/server/clusters/messages';
import { createUser, listUsers, UserInputError } from '$lib/server/users';
import { userErrorMessage } from '$lib/server/users/messages';
import { audit } from '$lib/server/audit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	authorize(event, 'user.create');
	const db = getDb();
	return {
		users: listUsers(db),
		clusters: db.select().from(clusters).orderBy(asc(clusters.name)).all()
	};
};

export const actions: Actions = {
	createCluster: async (event) => {
		const user = authorize(event, 'cluster.create');
		const form = await event.request.formData();
		const values = {
			name: String(form.get('name') ?? ''),
			region: String(form.get('region') ?? ''),
			sector: String(form.get('sector') ?? '')
		};
		try {
			const id = createCluster(getDb(), { ...values, planTitle: m.plan_default_title() }, user.id);
			return { cluster: { ...values, message: '', created: id } };
		} catch (e) {
			if (e instanceof ClusterInputError)
				return fail(400, { cluster: { ...values, message: clusterErrorMessage(e), created: '' } });
			throw e;
		}
	},
	createUser: async (event) => {
		const admin = authorize(event, 'user.create');
		const form = await event.request.formData();
		const username = String(form.get('username') ?? '');
		const displayName = String(form.get('displayName') ?? '');
		const role = form.get('globalRole');
		const globalRole = role === 'admin' || role === 'reviewer' ? role : null;
		try {
			const db = getDb();
			const id = await createUser(db, {
				username,
				displayName,
				password: String(form.get('password') ?? ''),
				globalRole
			});
			audit(db, { userId: admin.id, action: 'user.create', target: id, detail: { username, globalRole } });
			return { user: { username: '', displayName: '', message: '', created: username.trim().toLowerCase() } };
		} catch (e) {
			if (e instanceof UserInputError)
				return fail(400, { user: { username, displayName, message: userErrorMessage(e), created: '' } });
			throw e;
		}
	}
};
