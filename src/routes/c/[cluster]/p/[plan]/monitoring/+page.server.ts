// The plan's monitoring view: current values and reporting years from the database (the plan's
// definitions come live from its document). Recording a value and approval steps are form actions
// on the same checks as the JSON API.
import { getDb } from '$lib/server/db';
import { viewablePlanPage } from '$lib/server/plans/access';
import { monitoringData } from '$lib/server/indicators/monitoring';
import { measureChoices } from '$lib/server/funding/measures';
import { recordValues } from '$lib/server/indicators/values';
import { stepPeriod } from '$lib/server/indicators/periods';
import { refusedForm } from '$lib/server/answer/form';
import { planDeadlines, setDeadline } from '$lib/server/notifications/deadlines';
import { serverNow } from '$lib/server/clock';
import { can } from '$lib/server/authz/can';
import { dayOf } from '$lib/notifications/calendar';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, depends, locals }) => {
	depends('plan:monitoring');
	const { plan, cluster } = await parent();
	const db = getDb();
	const now = serverNow();
	const [monitoring, measures, deadlines] = await Promise.all([
		monitoringData(db, plan.id),
		measureChoices(db),
		planDeadlines(db, plan, now)
	]);
	return {
		monitoring,
		// What the funding beside the indicators reads of the catalogue.
		measures,
		calendar: {
			deadlines,
			today: dayOf(now),
			mayChange: can(locals.user, 'deadline.set', { clusterId: cluster.id })
		}
	};
};

/** A refusal keeps which form it answers and what was typed. */
const failure = (error: unknown, form: string, values: Record<string, string>) =>
	refusedForm(error, 'monitoring', { form, values });

const field = (data: FormData, name: string) => String(data.get(name) ?? '');

export const actions: Actions = {
	// Actions run without the layout's load: each checks the plan itself, the same 404 for a plan
	// unknown or not this person's to see, before the services check what they may do with it.
	record: async (event) => {
		const { user, plan } = await viewablePlanPage(event);
		const data = await event.request.formData();
		const values = {
			indicator: field(data, 'indicator'),
			period: field(data, 'period'),
			value: field(data, 'value'),
			note: field(data, 'note'),
			evidence: field(data, 'evidence')
		};
		try {
			const rows = await recordValues(getDb(), user, plan, [{ row: 1, ...values }], 'form');
			return { form: 'record', recorded: rows.length, indicator: values.indicator, period: values.period };
		} catch (error) {
			return failure(error, 'record', values);
		}
	},
	deadline: async (event) => {
		const { user, plan } = await viewablePlanPage(event);
		const data = await event.request.formData();
		const values = { year: field(data, 'year'), dueOn: field(data, 'dueOn') };
		// The reset button puts back the programme's day; an empty day field is a day not given.
		const dueOn = data.get('reset') ? null : values.dueOn;
		try {
			await setDeadline(getDb(), user, plan, { year: Number(values.year), dueOn }, serverNow());
			return { form: 'deadline', year: Number(values.year), saved: true };
		} catch (error) {
			return refusedForm(error, 'calendar', { form: 'deadline', values });
		}
	},
	step: async (event) => {
		const { user, plan } = await viewablePlanPage(event);
		const data = await event.request.formData();
		const values = { year: field(data, 'year'), step: field(data, 'step'), comment: field(data, 'comment') };
		try {
			const state = await stepPeriod(getDb(), user, plan, values);
			return { form: 'step', year: Number(values.year), state };
		} catch (error) {
			return failure(error, 'step', values);
		}
	}
};
