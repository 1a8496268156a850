// Indicator definitions: what is measured, at which level of the results chain, its baseline and
// targets by year, and the objective or project it tracks. An indicator may instead be a formula of
// other indicators. Measured values (actuals) live in the database, not in the plan document.
import * as Y from 'yjs';
import { PLAN_BOUNDS } from './bounds';
import { PlanError } from './errors';
import { CODE_PATTERN, formulaCycles, formulaRefs, parseFormula, storedFormula } from './formula';
import { freshId } from './ids';
import { bool, finiteNumber, oneOf, optionalText, year } from './input';
import { checkLocalizedChange } from './lang-guess';
import { defined, getItem, items, makeItem, write, type Item } from './layout';
import { removeWithReferences } from './links';
import {
	checkLocalized,
	localizedFields,
	readLocalized,
	writeLocalized,
	type LocalizedInput
} from './localized';
import { orderAtEnd } from './order';
import { text } from './read';
import {
	FREQUENCIES,
	INDICATOR_LEVELS,
	type Frequency,
	type IndicatorLevel,
	type IndicatorLink
} from './types';

/** Input of `addIndicator`; without `id` a new random id is used, without `code` the next free `I<n>`. */
export type IndicatorInput = {
	id?: string;
	code?: string;
	name: LocalizedInput;
	level?: IndicatorLevel;
	unit?: LocalizedInput;
	baseline?: number | null;
	baselineYear?: number | null;
	/** Target value by year. */
	targets?: Record<string, number>;
	cumulative?: boolean;
	frequency?: Frequency;
	source?: string;
	responsible?: string;
	/** The objective or project tracked, or null. */
	linkId?: string | null;
	/** A formula over other indicators' codes, or null for a measured indicator. */
	formula?: string | null;
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

function checkCode(doc: Y.Doc, code: unknown, self: string): string {
	if (typeof code !== 'string' || !CODE_PATTERN.test(code.trim())) {
		throw new PlanError('invalid_value', 'code', 'a code is a letter followed by letters, digits, _ or .');
	}
	const clean = code.trim();
	items(doc, 'indicators').forEach((item, id) => {
		if (id !== self && text(item, 'code') === clean) {
			throw new PlanError('duplicate_code', 'code', `another indicator has code ${clean}`);
		}
	});
	return clean;
}

function nextCode(doc: Y.Doc): string {
	const used = new Set<string>();
	items(doc, 'indicators').forEach((item) => used.add(text(item, 'code')));
	let n = used.size + 1;
	while (used.has(`I${n}`)) n++;
	return `I${n}`;
}

/** Stored references of every formula in the plan, by indicator id. */
function formulaGraph(doc: Y.Doc): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	items(doc, 'indicators').forEach((item, id) => {
		const formula = item.get('formula');
		if (typeof formula !== 'string') return;
		try {
			graph.set(id, formulaRefs(parseFormula(formula, () => undefined)));
		} catch {
			// A formula written by other code that does not parse uses nothing.
		}
	});
	return graph;
}

/**
 * The stored form of `formula` for indicator `self`, refusing unknown codes and cycles. `code` is the
 * code `self` is being given in the same operation, so naming it is a cycle rather than an unknown code.
 */
function checkFormula(doc: Y.Doc, formula: unknown, self: string, code?: string): string | null {
	if (formula === null) return null;
	if (typeof formula !== 'string') throw new PlanError('invalid_formula', 'formula', 'a formula is text');
	const idByCode = new Map<string, string>();
	items(doc, 'indicators').forEach((item, id) => idByCode.set(text(item, 'code'), id));
	if (code !== undefined) idByCode.set(code, self);
	const expr = parseFormula(formula, (code) => idByCode.get(code));
	for (const id of formulaRefs(expr)) {
		if (!items(doc, 'indicators').has(id) && id !== self) {
			throw new PlanError('dangling_link', 'formula', `no indicator ${id}`);
		}
	}
	const graph = formulaGraph(doc);
	graph.set(self, formulaRefs(expr));
	if (formulaCycles(graph).has(self)) {
		throw new PlanError('formula_cycle', 'formula', 'the formula depends on itself');
	}
	return storedFormula(expr);
}

function checkFields(doc: Y.Doc, input: IndicatorUpdate, self: string) {
	const code = input.code === undefined ? undefined : checkCode(doc, input.code, self);
	return {
		code,
		level: input.level === undefined ? undefined : oneOf(input.level, INDICATOR_LEVELS, 'level'),
		baseline:
			input.baseline === undefined || input.baseline === null
				? input.baseline
				: finiteNumber(input.baseline, 'baseline'),
		baselineYear:
			input.baselineYear === undefined || input.baselineYear === null
				? input.baselineYear
				: year(input.baselineYear, 'baselineYear'),
		cumulative: input.cumulative === undefined ? undefined : bool(input.cumulative, 'cumulative'),
		frequency: input.frequency === undefined ? undefined : oneOf(input.frequency, FREQUENCIES, 'frequency'),
		source: optionalText(input.source, 'source', PLAN_BOUNDS.longText),
		responsible: optionalText(input.responsible, 'responsible'),
		link: input.linkId === undefined ? undefined : checkLink(doc, input.linkId),
		formula: input.formula === undefined ? undefined : checkFormula(doc, input.formula, self, code)
	};
}

/** Adds an indicator definition and returns its id. */
export function addIndicator(doc: Y.Doc, input: IndicatorInput): string {
	const id = freshId(doc, input.id);
	const name = checkLocalized(input.name ?? '', 'name', true);
	const unit = checkLocalized(input.unit ?? {}, 'unit', false);
	const fields = checkFields(doc, { ...input, code: input.code ?? nextCode(doc) }, id);
	const targets = checkTargets(input.targets ?? {});
	const indicators = items(doc, 'indicators');
	write(doc, () => {
		const item = makeItem({
			...localizedFields('name', name),
			level: 'outcome',
			...localizedFields('unit', unit),
			baseline: null,
			baselineYear: null,
			cumulative: false,
			frequency: 'annual',
			source: '',
			responsible: '',
			link: null,
			formula: null,
			...defined(fields),
			targets: new Y.Map<number>(targets),
			order: orderAtEnd(indicators)
		});
		indicators.set(id, item);
	});
	return id;
}

function targetsOf(indicator: Item): Y.Map<number> {
	let stored = indicator.get('targets');
	if (!(stored instanceof Y.Map)) indicator.set('targets', (stored = new Y.Map()));
	return stored as Y.Map<number>;
}

/** Changes an indicator; `targets`, when given, replaces the whole set of yearly targets. */
export function updateIndicator(doc: Y.Doc, id: string, input: IndicatorUpdate): void {
	const indicator = getItem(doc, 'indicators', id);
	const name =
		input.name === undefined
			? undefined
			: checkLocalized(input.name, 'name', true, readLocalized(indicator, 'name'));
	// A unit may be cleared in every language: a plain count has none.
	const unit =
		input.unit === undefined ? undefined : checkLocalizedChange(indicator, 'unit', input.unit, false);
	const fields = checkFields(doc, input, id);
	const targets = input.targets === undefined ? undefined : new Map(checkTargets(input.targets));
	write(doc, () => {
		if (name) writeLocalized(indicator, 'name', name);
		if (unit) writeLocalized(indicator, 'unit', unit);
		for (const [key, value] of Object.entries(fields)) if (value !== undefined) indicator.set(key, value);
		if (targets) {
			const map = targetsOf(indicator);
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
		const map = targetsOf(indicator);
		if (checked === null) map.delete(key);
		else map.set(key, checked);
	});
}

/** Removes an indicator definition, unless another indicator's formula uses it. */
export function removeIndicator(doc: Y.Doc, id: string): void {
	getItem(doc, 'indicators', id);
	for (const [user, refs] of formulaGraph(doc)) {
		if (user !== id && refs.includes(id)) {
			throw new PlanError('in_use', 'id', `the formula of ${user} uses this indicator`);
		}
	}
	write(doc, () => removeWithReferences(doc, [['indicators', id]]));
}
