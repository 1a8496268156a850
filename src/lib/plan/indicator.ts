// Indicator definitions: what is measured, its baseline and targets by year, and the objective or
// project it tracks. Measured values (actuals) live in the database, not in the plan document.
import * as Y from 'yjs';
import { PlanError } from './errors';
import { freshId } from './ids';
import { finiteNumber, oneOf, optionalText, requiredText, year } from './input';
import { defined, getItem, items, makeItem, write } from './layout';
import { orderAtEnd } from './order';
import { FREQUENCIES, type Frequency, type IndicatorLink } from './types';

/** Input of `addIndicator`; without `id` a new random id is used. */
export type IndicatorInput = {
	id?: string;
	name: string;
	unit?: string;
	baseline?: number | null;
	baselineYear?: number | null;
	/** Target value by year. */
	targets?: Record<string, number>;
	frequency?: Frequency;
	source?: string;
	responsible?: string;
	/** The objective or project tracked, or null. */
	linkId?: string | null;
};
/** Fields `updateIndicator` may change; fields left undefined keep their value. */
export type IndicatorUpdate = Partial<Omit<IndicatorInput, 'id'>>;

function checkLink(doc: Y.Doc, id: string | null): IndicatorLink | null {
	if (id === null) return null;
	if (items(doc, 'objectives').has(id)) return { kind: 'objective', id };
	if (items(doc, 'projects').has(id)) return { kind: 'project', id };
	throw new PlanError('dangling_link', 'linkId', `${String(id)} is neither an objective nor a project`);
}

function checkTargets(targets: unknown): [string, number][] {
	if (typeof targets !== 'object' || targets === null || Array.isArray(targets)) {
		throw new PlanError('invalid_value', 'targets', 'targets must map years to values');
	}
	return Object.entries(targets).map(([key, value]) => [
		String(year(Number(key), 'targets')),
		finiteNumber(value, 'targets')
	]);
}

function checkFields(doc: Y.Doc, input: IndicatorUpdate) {
	return {
		name: input.name === undefined ? undefined : requiredText(input.name, 'name'),
		unit: optionalText(input.unit, 'unit'),
		baseline:
			input.baseline === undefined || input.baseline === null
				? input.baseline
				: finiteNumber(input.baseline, 'baseline'),
		baselineYear:
			input.baselineYear === undefined || input.baselineYear === null
				? input.baselineYear
				: year(input.baselineYear, 'baselineYear'),
		frequency: input.frequency === undefined ? undefined : oneOf(input.frequency, FREQUENCIES, 'frequency'),
		source: optionalText(input.source, 'source'),
		responsible: optionalText(input.responsible, 'responsible'),
		link: input.linkId === undefined ? undefined : checkLink(doc, input.linkId)
	};
}

/** Adds an indicator definition and returns its id. */
export function addIndicator(doc: Y.Doc, input: IndicatorInput): string {
	const id = freshId(doc, input.id);
	const fields = checkFields(doc, { ...input, name: input.name ?? '' });
	const targets = checkTargets(input.targets ?? {});
	const indicators = items(doc, 'indicators');
	write(doc, () => {
		const item = makeItem({
			unit: '',
			baseline: null,
			baselineYear: null,
			frequency: 'annual',
			source: '',
			responsible: '',
			link: null,
			...defined(fields),
			targets: new Y.Map<number>(targets),
			order: orderAtEnd(indicators)
		});
		indicators.set(id, item);
	});
	return id;
}

/** Changes an indicator; `targets`, when given, replaces the whole set of yearly targets. */
export function updateIndicator(doc: Y.Doc, id: string, input: IndicatorUpdate): void {
	const indicator = getItem(doc, 'indicators', id);
	const fields = checkFields(doc, input);
	const targets = input.targets === undefined ? undefined : new Map(checkTargets(input.targets));
	write(doc, () => {
		for (const [key, value] of Object.entries(fields)) if (value !== undefined) indicator.set(key, value);
		if (targets) {
			let stored = indicator.get('targets');
			if (!(stored instanceof Y.Map)) indicator.set('targets', (stored = new Y.Map()));
			const map = stored as Y.Map<number>;
			for (const key of [...map.keys()]) if (!targets.has(key)) map.delete(key);
			for (const [key, value] of targets) if (map.get(key) !== value) map.set(key, value);
		}
	});
}

/** Sets (or with null, clears) the target of one year; concurrent edits of different years merge. */
export function setIndicatorTarget(doc: Y.Doc, id: string, targetYear: number, value: number | null): void {
	const indicator = getItem(doc, 'indicators', id);
	const key = String(year(targetYear, 'year'));
	const checked = value === null ? null : finiteNumber(value, 'value');
	write(doc, () => {
		let stored = indicator.get('targets');
		if (!(stored instanceof Y.Map)) indicator.set('targets', (stored = new Y.Map()));
		const map = stored as Y.Map<number>;
		if (checked === null) map.delete(key);
		else map.set(key, checked);
	});
}

/** Removes an indicator definition. */
export function removeIndicator(doc: Y.Doc, id: string): void {
	getItem(doc, 'indicators', id);
	write(doc, () => items(doc, 'indicators').delete(id));
}
