import { m } from '$lib/paraglide/messages';
import { emptyLocalized, type Localized } from '$lib/plan';
import { getDb } from '$lib/server/db';
import { authorize } from '$lib/server/authz/guard';
import { allClusters, createCluster } from '$lib/server/clusters';
import { nameFromForm } from '$lib/server/clusters/names';
import { requestLang } from '$lib/server/reader-lang';
import { refusedForm } from '$lib/server/answer/form';
import { createUser, listUsers } from '$lib/server/users';
import { audit } from '$lib/server/audit';
import { globalRoles } from '$lib/roles';
import { can } from '$lib/server/authz/can';
import { serverNow } from '$lib/server/clock';
import { mailSummary, retryNow } from '$lib/server/notifications/outbox';
import { wakeMailer } from '$lib/server/notifications/mail-wake';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const admin = authorize(event, 'user.create');
	const db = getDb();
	const [users, clusters] = await Promise.all([listUsers(db), allClusters(db, requestLang())]);
	// Mail that did not go out: still retried, shown here so it is never lost silently.
	const mail = can(admin, 'mail.view')
		? { ...(await mailSummary(db)), smtp: Boolean(process.env.SMTP_URL) }
		: null;
	return { users, clusters, mail };
};

/** A new cluster's plan is named in every language: the default title each reader would see. */
const defaultPlanTitle = (): Localized => ({
	ru: m.plan_default_title({}, { locale: 'ru' }),
	kk: m.plan_default_title({}, { locale: 'kk' }),
	en: m.plan_default_title({}, { locale: 'en' })
});

export const actions: Actions = {
	retryMail: async (event) => {
		authorize(event, 'mail.view');
		const id = Number((await event.request.formData()).get('id'));
		await retryNow(getDb(), serverNow(), Number.isSafeInteger(id) && id > 0 ? [id] : undefined);
		wakeMailer();
		return { form: 'mail' };
	},
	createCluster: async (event) => {
		const user = authorize(event, 'cluster.create');
		const form = await event.request.formData();
		const values = {
			name: nameFromForm(form, 'name'),
			region: nameFromForm(form, 'region'),
			sector: nameFromForm(form, 'sector')
		};
		try {
			const id = await createCluster(getDb(), { ...values, planTitle: defaultPlanTitle() }, user.id);
			const cleared = { name: emptyLocalized(), region: emptyLocalized(), sector: emptyLocalized() };
			return { form: 'cluster', cluster: { ...cleared, created: id } };
		} catch (e) {
			return refusedForm(e, 'cluster', { form: 'cluster', cluster: { ...values, created: '' } });
		}
	},
	createUser: async (event) => {
		const admin = authorize(event, 'user.create');
		const form = await event.request.formData();
		const username = String(form.get('username') ?? '');
		const displayName = String(form.get('displayName') ?? '');
		const role = form.get('globalRole');
		// Applicants are made here (there is no sign-up yet: no mail to confirm an address with).
		const globalRole = globalRoles.find((each) => each === role) ?? null;
		try {
			const db = getDb();
			const id = await createUser(db, {
				username,
				displayName,
				password: String(form.get('password') ?? ''),
				globalRole
			});
			await audit(db, {
				userId: admin.id,
				action: 'user.create',
				target: id,
				detail: { username, globalRole }
			});
			return {
				form: 'user',
				user: { username: '', displayName: '', created: username.trim().toLowerCase() }
			};
		} catch (e) {
			return refusedForm(e, 'account', { form: 'user', user: { username, displayName, created: '' } });
		}
	}
};
