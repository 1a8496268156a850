// The review steps and comments of a version as form actions, shared by the versions list and the
// diff page, on the same services (and checks) as the JSON API. Actions run without the layout's
// load, so each checks the plan first (404 for a plan unknown or not this person's to see); a refusal
// of what they may do answers with the field it is about and what was typed, so the page shows it
// there and keeps the text.
import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { getPlan } from '$lib/server/plans';
import { viewablePlanPage } from '$lib/server/plans/access';
import { refusedForm } from '$lib/server/answer/form';
import { commentOnVersion, stepVersion } from '$lib/server/versions/review';

type PlanEvent = RequestEvent<{ cluster: string; plan: string }>;

const field = (data: FormData, name: string) => String(data.get(name) ?? '');

/** The plan a load reads after its layout checked it; actions use `viewablePlanPage` instead. */
export async function planOf(id: string) {
	const plan = await getPlan(getDb(), id);
	if (!plan) error(404, m.error_not_found());
	return plan;
}

/** A version number typed into a form; 0 (no version) when it is not one. */
export function numberOf(value: string): number {
	return /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : 0;
}

/** `?/step`: submit, approve or request changes on the version the form names. */
export async function stepAction(event: PlanEvent) {
	const { user, plan } = await viewablePlanPage(event);
	const data = await event.request.formData();
	const version = numberOf(field(data, 'version'));
	const values = { step: field(data, 'step'), comment: field(data, 'comment') };
	try {
		const summary = await stepVersion(getDb(), user, plan, version, values);
		return { form: 'step', version, status: summary.status };
	} catch (caught) {
		return refusedForm(caught, 'versions', { form: 'step', version, field: 'comment', values });
	}
}

/** `?/comment`: a comment on a version, on one item of the diff or on the whole. */
export async function commentAction(event: PlanEvent) {
	const { user, plan } = await viewablePlanPage(event);
	const data = await event.request.formData();
	const version = numberOf(field(data, 'version'));
	const item = field(data, 'item');
	const against = field(data, 'against');
	const text = field(data, 'text');
	try {
		await commentOnVersion(getDb(), user, plan, version, {
			item: item || null,
			text,
			against: against === 'live' ? 'live' : numberOf(against) || null
		});
		return { form: 'comment', version, item };
	} catch (caught) {
		return refusedForm(caught, 'versions', {
			form: 'comment',
			version,
			item,
			field: 'text',
			values: { text }
		});
	}
}
