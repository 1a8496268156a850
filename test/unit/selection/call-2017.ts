// A call like the ministry's of 2017, and the applications, sheets and refusals the selection's
// tests build from it. Moments are fixed: no test reads the clock.
import { isRefusal } from '$lib/refusal';
import { binCheckDigit } from '$lib/registry/bin';
import type { Application } from '$lib/selection/application';
import { checkCall, type Call } from '$lib/selection/call';
import type { Sheet } from '$lib/selection/scoring';

export const OPENS = '2017-06-01T03:00:00.000Z';
export const CLOSES = '2017-07-01T12:00:00.000Z';
/** Moments in milliseconds, as the functions take `now`. */
export const BEFORE_OPENING = Date.parse('2017-05-31T12:00:00Z');
export const WHILE_OPEN = Date.parse('2017-06-15T12:00:00Z');
export const AFTER_CLOSING = Date.parse('2017-07-02T12:00:00Z');

const words = (en: string) => ({ ru: `${en} (ru)`, kk: `${en} (kk)`, en });

/** The body of a call ready to open: two requirements, three criteria (weights 3, 2, 1; scales 10, 5, 5). */
export const callBody = {
	title: words('Competitive selection of cluster initiatives'),
	rules: words('Applications are scored under the published methodology.'),
	opensAt: '2017-06-01T09:00:00+06:00',
	closesAt: '2017-07-01T18:00:00+06:00',
	requirements: [
		{ id: 'charter', text: words('Letters of intent of the enterprises') },
		{ id: 'region', text: words('The enterprises work in one region') }
	],
	criteria: [
		{
			id: 'potential',
			area: words('Cluster'),
			title: words('Potential'),
			guide: words('0: none; 10: export'),
			weight: 3,
			scale: 10
		},
		{
			id: 'cooperation',
			area: words('Cluster'),
			title: words('Cooperation'),
			guide: words('0–5'),
			weight: 2,
			scale: 5
		},
		{
			id: 'coordinator',
			area: words('Organisation'),
			title: words('Coordinator'),
			guide: words('0–5'),
			weight: 1,
			scale: 5
		}
	],
	passMark: 60,
	seats: 6,
	evaluators: ['eva', 'ivan', 'aigul', 'marat']
};

/** The call of `callBody`, in `state`, with `change` over it. */
export function aCall(state: Call['state'] = 'draft', change: Partial<Call> = {}): Call {
	return { ...checkCall(callBody), id: 'call-2017', state, ...change };
}

/** The `n`th valid BIN of a run of them: the same `n` always gives the same BIN. */
export function validBin(n: number): string {
	for (let k = n * 10; ; k++) {
		const first11 = String(100_000_000_00 + k).padStart(11, '0');
		const check = binCheckDigit(first11);
		if (check !== null) return `${first11}${check}`;
	}
}

/** A complete draft application to `aCall()`, with `change` over it. */
export function anApplication(id: string, change: Partial<Application> = {}): Application {
	return {
		id,
		callId: 'call-2017',
		state: 'draft',
		submittedAt: null,
		name: { ru: '', kk: '', en: `Cluster ${id}` },
		region: 'Almaty region',
		sector: 'Food processing',
		enterprises: [
			{ bin: validBin(1), name: 'Agro LLP', kind: 'sme', employees: 40 },
			{ bin: validBin(2), name: 'Dairy JSC', kind: 'large', employees: 900 }
		],
		valueChain: {
			stages: [
				{ id: 'farming', title: 'Farming' },
				{ id: 'processing', title: 'Processing' }
			],
			firms: [{ name: 'Agro LLP', stageId: 'farming', bin: validBin(1) }]
		},
		coordinator: 'The regional association of food producers',
		answers: { potential: 'Export to China', cooperation: 'Shared lab', coordinator: 'Ten years' },
		attachments: [{ name: 'letters.pdf', size: 2_000_000, type: 'application/pdf' }],
		...change
	};
}

/** A submitted sheet of `evaluatorId` on `applicationId` with `scores` in the call's criteria order. */
export function aSheet(
	applicationId: string,
	evaluatorId: string,
	scores: [potential: number, cooperation: number, coordinator: number],
	change: Partial<Sheet> = {}
): Sheet {
	const [potential, cooperation, coordinator] = scores;
	return {
		applicationId,
		evaluatorId,
		conflict: false,
		declaredAt: '2017-07-03T04:00:00.000Z',
		scores: {
			potential: { score: potential, comment: 'seen' },
			cooperation: { score: cooperation, comment: 'seen' },
			coordinator: { score: coordinator, comment: 'seen' }
		},
		submittedAt: '2017-07-10T04:00:00.000Z',
		...change
	};
}

/** The refusal `act` throws, as `[status, code, field]`. */
export function refusal(act: () => unknown): [number, string, string | null] {
	try {
		act();
	} catch (error) {
		if (isRefusal(error)) return [error.status, error.code, error.field];
		throw error;
	}
	throw new Error('it was not refused');
}
