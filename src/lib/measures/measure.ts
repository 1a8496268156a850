// A state support measure: what the state offers a cluster's projects (a grant, a subsidised
// interest rate, a guarantee…), who grants it, under which act, and whether it is in force. The
// catalogue is kept by KIDI; projects' funding lines refer to a measure by its id.
import type { Localized } from '../plan/localized';

/** How a measure helps: money given, money lent cheaper or guaranteed, shared costs, work done, tax not paid. */
export const MEASURE_INSTRUMENTS = [
	'grant',
	'interest_subsidy',
	'loan_guarantee',
	'co_financing',
	'service',
	'tax_relief',
	'other'
] as const;
export type MeasureInstrument = (typeof MEASURE_INSTRUMENTS)[number];

/**
 * Where a measure stands: granted under an act in force, drafted as an act not yet adopted, or
 * only proposed (by a cluster's plan or KIDI) with no act yet.
 */
export const MEASURE_STATUSES = ['in_force', 'drafted', 'proposed'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** What a person writes about a measure: everything but its id and the moment it last changed. */
export type MeasureInput = {
	name: Localized;
	/** The body that grants it ("Фонд «Даму»"). */
	operator: Localized;
	instrument: MeasureInstrument;
	/** Who may receive it, in a sentence ("SMEs in manufacturing"). */
	recipients: Localized;
	/** The most it gives one project, in tenge; null when the act sets no ceiling. */
	maxPerProject: number | null;
	/** The share of the project's cost the recipient must bring, percent 0–100. */
	ownShare: number;
	/** The act it is granted under ("Предпринимательский кодекс РК"). */
	legalAct: Localized;
	/** The article, paragraph or clause of the act ("ст. 94, п. 2"). */
	legalArticle: string;
	/** ISO days (YYYY-MM-DD); null is an open end. */
	inForceFrom: string | null;
	inForceTo: string | null;
	status: MeasureStatus;
};

export type Measure = MeasureInput & {
	id: string;
	/** UTC ISO timestamp of the last change. */
	updatedAt: string;
};

/** True when `value` names an instrument. */
export function isMeasureInstrument(value: unknown): value is MeasureInstrument {
	return (MEASURE_INSTRUMENTS as readonly unknown[]).includes(value);
}

/** True when `value` names a status. */
export function isMeasureStatus(value: unknown): value is MeasureStatus {
	return (MEASURE_STATUSES as readonly unknown[]).includes(value);
}

/**
 * True when the measure can be granted on `isoDate` (YYYY-MM-DD, or a timestamp whose day is
 * read): it is in force and the day is within from..to, both ends included, either end open.
 * ISO days order as text the way they order in time, so they are compared as strings.
 */
export function inForceOn(
	measure: Pick<MeasureInput, 'status' | 'inForceFrom' | 'inForceTo'>,
	isoDate: string
): boolean {
	if (measure.status !== 'in_force') return false;
	const day = isoDate.slice(0, 10);
	if (measure.inForceFrom !== null && day < measure.inForceFrom) return false;
	if (measure.inForceTo !== null && day > measure.inForceTo) return false;
	return true;
}
