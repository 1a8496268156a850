// Checks one stored value against its rule in `fields.ts`, however it got there: a browser's update,
// an imported file, a restored version. Nested shared types (id sets, targets, rich text) are checked
// whole, with their bounds, so a value that passes cannot hurt a reader.
import * as Y from 'yjs';
import { PLAN_BOUNDS } from './bounds';
import type { PlanErrorCode } from './errors';
import type { FieldRule } from './fields';
import { CODE_PATTERN, parseFormula } from './formula';
import { isId } from './ids';
import { isIsoDate } from './input';

/** Why a stored value breaks the plan's rules. */
export type FieldProblem = { code: PlanErrorCode; message: string };

const problem = (code: PlanErrorCode, message: string): FieldProblem => ({ code, message });

function isRecord(value: unknown): value is Record<string, unknown> {
	return (
		typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Y.AbstractType)
	);
}

function isTimestamp(value: unknown): boolean {
	return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
}

function checkNumber(rule: Extract<FieldRule, { kind: 'number' }>, value: unknown): FieldProblem | null {
	if (value === null && rule.nullable) return null;
	if (typeof value !== 'number' || !Number.isFinite(value))
		return problem('invalid_number', 'must be a finite number');
	if (value < rule.min || value > rule.max)
		return problem('invalid_number', `must be from ${rule.min} to ${rule.max}`);
	if (rule.integer && !Number.isInteger(value)) return problem('invalid_number', 'must be a whole number');
	return null;
}

function checkIdSet(values: readonly unknown[], value: unknown): FieldProblem | null {
	if (!(value instanceof Y.Map)) return problem('invalid_value', 'must be a set of ids');
	if (value.size > PLAN_BOUNDS.idSet) return problem('too_many', `holds more than ${PLAN_BOUNDS.idSet} ids`);
	for (const [key, entry] of value.entries()) {
		if (!isId(key)) return problem('invalid_id', `${String(key).slice(0, 80)} is not an id`);
		if (!values.includes(entry)) return problem('invalid_value', `${key} is marked with an unknown value`);
	}
	return null;
}

function checkTargets(value: unknown): FieldProblem | null {
	if (!(value instanceof Y.Map)) return problem('invalid_value', 'must map years to values');
	if (value.size > PLAN_BOUNDS.targets)
		return problem('too_many', `holds more than ${PLAN_BOUNDS.targets} targets`);
	for (const [key, target] of value.entries()) {
		const year = Number(key);
		if (!/^\d{4}$/.test(key) || year < 1900 || year > 2200)
			return problem('invalid_value', `${key.slice(0, 80)} is not a year`);
		if (typeof target !== 'number' || !Number.isFinite(target) || Math.abs(target) > PLAN_BOUNDS.measure)
			return problem('invalid_number', `the target of ${key} is not a number`);
	}
	return null;
}

function checkPeriod(value: unknown): FieldProblem | null {
	if (!isRecord(value)) return problem('invalid_value', 'must be {start, end}');
	const keys = Object.keys(value);
	if (keys.some((key) => key !== 'start' && key !== 'end'))
		return problem('invalid_value', 'holds more than start and end');
	const { start = null, end = null } = value;
	if ((start !== null && !isIsoDate(start)) || (end !== null && !isIsoDate(end)))
		return problem('invalid_date', 'start and end must be dates YYYY-MM-DD');
	if (typeof start === 'string' && typeof end === 'string' && end < start)
		return problem('date_order', 'ends before it starts');
	return null;
}

const isYear = (value: unknown) =>
	typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2200;

function checkYears(value: unknown): FieldProblem | null {
	if (!isRecord(value)) return problem('invalid_value', 'must be {from, to}');
	if (Object.keys(value).some((key) => key !== 'from' && key !== 'to'))
		return problem('invalid_value', 'holds more than from and to');
	const { from = null, to = null } = value;
	if ((from !== null && !isYear(from)) || (to !== null && !isYear(to)))
		return problem('invalid_number', 'from and to must be years 1900–2200');
	if (typeof from === 'number' && typeof to === 'number' && to < from)
		return problem('date_order', 'ends before it starts');
	return null;
}

const STEPS = ['applied', 'decided', 'paid'] as const;

function checkStepDates(value: unknown): FieldProblem | null {
	if (!isRecord(value)) return problem('invalid_value', 'must be {applied, decided, paid}');
	if (Object.keys(value).some((key) => !(STEPS as readonly string[]).includes(key)))
		return problem('invalid_value', 'holds more than applied, decided and paid');
	const dates = STEPS.map((step) => value[step] ?? null);
	if (dates.some((date) => date !== null && !isIsoDate(date)))
		return problem('invalid_date', 'the steps must be dates YYYY-MM-DD');
	const taken = dates.filter((date): date is string => date !== null);
	if (taken.some((date, index) => index > 0 && date < taken[index - 1]!))
		return problem('date_order', 'a step is dated before the one it follows');
	return null;
}

function checkLink(value: unknown): FieldProblem | null {
	if (value === null) return null;
	if (!isRecord(value) || Object.keys(value).length !== 2)
		return problem('invalid_value', 'must be {kind, id} or null');
	if (value.kind !== 'objective' && value.kind !== 'project')
		return problem('invalid_value', 'links an objective or a project');
	return isId(value.id) ? null : problem('invalid_id', 'the linked id is not an id');
}

function checkFormula(value: unknown): FieldProblem | null {
	if (value === null) return null;
	if (typeof value !== 'string') return problem('invalid_formula', 'a formula is text');
	if (value.length > PLAN_BOUNDS.formulaLength)
		return problem('too_long', `a formula has at most ${PLAN_BOUNDS.formulaLength} characters`);
	try {
		// Stored formulas name indicators by id in braces only; a bare code means it was never checked.
		parseFormula(value, () => undefined);
		return null;
	} catch (error) {
		return problem('invalid_formula', (error as Error).message);
	}
}

function checkNames(value: unknown): FieldProblem | null {
	if (!Array.isArray(value) || value.length > 100)
		return problem('invalid_value', 'must be a list of usernames');
	const ok = value.every((name) => typeof name === 'string' && name !== '' && name.length <= 100);
	return ok ? null : problem('invalid_value', 'must be a list of usernames');
}

/** The description schema (see rich-schema.ts): its blocks, their attributes, and the two marks. */
const RICH_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
	paragraph: [],
	bullet_list: [],
	ordered_list: ['order'],
	list_item: []
};
const RICH_MARKS = new Set(['strong', 'em']);

type RichCount = { nodes: number; chars: number };

function checkRichNode(node: unknown, depth: number, count: RichCount): FieldProblem | null {
	count.nodes += 1;
	if (count.nodes > PLAN_BOUNDS.richNodes)
		return problem('too_large', `a description has at most ${PLAN_BOUNDS.richNodes} parts`);
	if (node instanceof Y.XmlText) {
		count.chars += node.length;
		if (count.chars > PLAN_BOUNDS.richText)
			return problem('too_long', `a description has at most ${PLAN_BOUNDS.richText} characters`);
		if (Object.keys(node.getAttributes()).length > 0) return problem('invalid_value', 'text has attributes');
		// The text's own items, not its delta: a keystroke in a long description then costs no copy of it.
		for (let item = node._start; item !== null; item = item.right) {
			if (item.deleted) continue;
			const content = item.content;
			if (content instanceof Y.ContentFormat) {
				if (!RICH_MARKS.has(content.key))
					return problem('invalid_value', `unknown mark ${content.key.slice(0, 40)}`);
			} else if (!(content instanceof Y.ContentString))
				return problem('invalid_value', 'a description holds only text');
		}
		return null;
	}
	if (!(node instanceof Y.XmlElement)) return problem('invalid_value', 'a description holds only blocks');
	const allowed = RICH_ELEMENTS[node.nodeName];
	if (!Object.hasOwn(RICH_ELEMENTS, node.nodeName) || !allowed)
		return problem('invalid_value', `unknown block ${node.nodeName.slice(0, 40)}`);
	if (depth > PLAN_BOUNDS.richDepth)
		return problem('too_large', `lists nest at most ${PLAN_BOUNDS.richDepth} deep`);
	for (const [key, attribute] of Object.entries(node.getAttributes())) {
		if (!allowed.includes(key)) return problem('invalid_value', `unknown attribute ${key.slice(0, 40)}`);
		if (typeof attribute !== 'number' || !Number.isInteger(attribute) || attribute < 0 || attribute > 1e6)
			return problem('invalid_value', `${key} must be a whole number`);
	}
	for (const child of node.toArray()) {
		const found = checkRichNode(child, depth + 1, count);
		if (found) return found;
	}
	return null;
}

function checkRich(value: unknown): FieldProblem | null {
	if (!(value instanceof Y.XmlFragment) || value instanceof Y.XmlElement)
		return problem('invalid_value', 'must be rich text');
	const count: RichCount = { nodes: 0, chars: 0 };
	for (const child of value.toArray()) {
		if (child instanceof Y.XmlText) return problem('invalid_value', 'text must sit in a paragraph');
		const found = checkRichNode(child, 1, count);
		if (found) return found;
	}
	return null;
}

/** What is wrong with `value` as a field under `rule`, or null when it is fine. */
export function fieldProblem(rule: FieldRule, value: unknown): FieldProblem | null {
	switch (rule.kind) {
		case 'text':
			if (typeof value !== 'string') return problem('invalid_value', 'must be text');
			return value.length > rule.max ? problem('too_long', `has more than ${rule.max} characters`) : null;
		case 'choice':
			return rule.values.includes(value as string)
				? null
				: problem('invalid_value', `must be one of ${rule.values.join(', ')}`);
		case 'number':
			return checkNumber(rule, value);
		case 'flag':
			return typeof value === 'boolean' ? null : problem('invalid_value', 'must be true or false');
		case 'ref':
			if (value === null && rule.nullable) return null;
			return isId(value) ? null : problem('invalid_id', 'must be an id');
		case 'date':
			return value === null || isIsoDate(value) ? null : problem('invalid_date', 'must be a date YYYY-MM-DD');
		case 'timestamp':
			if (value === null && rule.nullable) return null;
			return isTimestamp(value) ? null : problem('invalid_date', 'must be a timestamp');
		case 'idSet':
			return checkIdSet(rule.values, value);
		case 'targets':
			return checkTargets(value);
		case 'rich':
			return checkRich(value);
		case 'period':
			return checkPeriod(value);
		case 'years':
			return checkYears(value);
		case 'stepDates':
			return checkStepDates(value);
		case 'link':
			return checkLink(value);
		case 'formula':
			return checkFormula(value);
		case 'code':
			return typeof value === 'string' && value.length <= PLAN_BOUNDS.code && CODE_PATTERN.test(value)
				? null
				: problem('invalid_value', 'a code is a letter followed by letters, digits, _ or .');
		case 'names':
			return checkNames(value);
	}
}
