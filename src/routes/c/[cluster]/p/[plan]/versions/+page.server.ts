// The plan's versions: the list with each one's review state, saving a new one, the review steps and
// the compare picker. Restoring goes through the collab server's door (see RestoreVersion).
import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { viewablePlanPage } from '$lib/server/plans/access';
import { listVersions, saveVersion } from '$lib/server/versions/store';
import { refusedForm } from '$lib/server/answer/form';
import { numberOf, stepAction } from './review-forms.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, depends }) => {
	depends('plan:versions');
	const { plan } = await parent();
	return { versions: await listVersions(getDb(), plan.id) };
};

const field = (data: FormData, name: string) => String(data.get(name) ?? '');

export const actions: Actions = {
	save: async (event) => {
		const { user, plan } = await viewablePlanPage(event);
		const data = await event.request.formData();
		const values = { label: field(data, 'label'), note: field(data, 'note') };
		try {
			const version = await saveVersion(getDb(), user, plan, values);
			return { form: 'save', saved: version.id };
		} catch (caught) {
			return refusedForm(caught, 'versions', { form: 'save', values, field: 'label' });
		}
	},
	step: stepAction,
	// The two versions in either order; the diff always reads older → newer (or → the live plan).
	compare: async (event) => {
		await viewablePlanPage(event);
		const data = await event.request.formData();
		const a = numberOf(field(data, 'version'));
		const other = field(data, 'other');
		const b = other === 'live' ? 'live' : numberOf(other);
		const base = `/c/${event.params.cluster}/p/${event.params.plan}/versions`;
		if (!a || !b || a === b) redirect(303, base);
		const [older, newer] = b === 'live' || a < b ? [a, b] : [b, a];
		redirect(303, `${base}/${older}/diff/${newer}`);
	}
};
