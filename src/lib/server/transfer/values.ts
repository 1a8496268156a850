// The indicator values of a plan in a cluster file, checked by the one rule every door records a
// value by (`readValue`: the indicator is one of the plan's and measured, the period one of its
// frequency, the number finite and within bounds, note and evidence as the form bounds them), plus
// what only a file has: row ids, and corrections that point back at the value they correct.
//
// One exception, so that a cluster's own export always imports again: the live plan keeps the values
// of an indicator that was later removed, given a formula or another frequency (values live in the
// database, the indicator in the document). Such a value is taken when its period is a real period,
// checked otherwise by the same rule; the pages already leave it out of the totals.
import {
	emptyLocalized,
	isPeriodKey,
	isPlanError,
	periodFrequency,
	readValue,
	type Indicator,
	type PlanErrorCode
} from '../../plan';
import type { Fields } from './fields';
import type { ExportedValue } from './format';
import { letOthersIn } from '../let-others-in';
import { badFile, type TransferCode } from './problem';

export type ReadValue = Omit<ExportedValue, 'createdAt'> & { createdAt: Date };

const VIA = ['form', 'api', 'import', 'demo'] as const;

/** The file's name for a field the value rule names, and the code its refusal takes. */
const FAULTS: Partial<Record<PlanErrorCode, TransferCode>> = {
	not_found: 'unknown_indicator',
	computed_indicator: 'computed_indicator',
	invalid_period: 'invalid_period'
};
const fileField = (field: string) => (field === 'indicator' ? 'indicatorId' : field);

/** An indicator as a value left behind by a later change of it is read against: measured, of the value's own frequency. */
function leftBehind(id: string, period: string, indicator: Indicator | undefined): Indicator | undefined {
	const frequency = periodFrequency(period);
	if (!frequency) return indicator;
	if (indicator && indicator.formula === null && indicator.frequency === frequency) return indicator;
	return {
		...(indicator ?? PLACEHOLDER),
		id,
		formula: null,
		frequency
	};
}

const PLACEHOLDER: Indicator = {
	id: '',
	code: '',
	name: emptyLocalized(),
	level: 'outcome',
	unit: emptyLocalized(),
	baseline: null,
	baselineYear: null,
	targets: {},
	cumulative: false,
	frequency: 'annual',
	source: '',
	responsible: '',
	link: null,
	formula: null
};

/** The value of `row` as the rule reads it, or a refusal naming its field in the file. */
function checked(row: Fields, byId: ReadonlyMap<string, Indicator>) {
	const indicatorId = row.text('indicatorId', { max: 64, empty: false });
	const period = row.text('period');
	// By id only: the rule also finds an indicator by its code, which a file row does not name.
	const indicator = isPeriodKey(period)
		? leftBehind(indicatorId, period, byId.get(indicatorId))
		: byId.get(indicatorId);
	if (!indicator)
		throw badFile('unknown_indicator', row.where('indicatorId'), 'names no indicator of this plan');
	try {
		return readValue([indicator], {
			indicator: indicator.id,
			// Texts are bounded by the rule itself, so the file is refused with the form's own bounds.
			period,
			value: row.number('value'),
			note: row.text('note'),
			evidence: row.text('evidence')
		});
	} catch (error) {
		if (!isPlanError(error)) throw error;
		throw badFile(FAULTS[error.code] ?? 'invalid_field', row.where(fileField(error.field)), error.message);
	}
}

// About 10 ms of checks: the longest the import holds the server between two slices of values.
const SLICE = 2_000;

/** A plan's values, in the file's order, against the indicators of its live document. */
export async function valuesOf(rows: Fields[], indicators: readonly Indicator[]): Promise<ReadValue[]> {
	const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
	const keys = new Map<number, string>();
	const values: ReadValue[] = [];
	for (const row of rows) {
		const id = row.integer('id');
		if (keys.has(id)) throw badFile('invalid_field', row.where('id'), 'is used twice');
		const value = checked(row, byId);
		const key = `${value.indicatorId}\u0000${value.period}`;
		const supersedes = row.integerOrNull('supersedes');
		// A correction points back at an earlier value of the same indicator and period, so the rows
		// can be linked again in order and the latest of each period stays the one that counts.
		if (supersedes !== null && keys.get(supersedes) !== key)
			throw badFile(
				'invalid_field',
				row.where('supersedes'),
				'names no earlier value of this indicator and period'
			);
		keys.set(id, key);
		values.push({
			id,
			...value,
			supersedes,
			author: row.user('author'),
			authorName: row.text('authorName', { max: 200 }),
			via: row.choice('via', VIA),
			createdAt: row.time('createdAt')
		});
		if (values.length % SLICE === 0) await letOthersIn();
	}
	return values;
}
