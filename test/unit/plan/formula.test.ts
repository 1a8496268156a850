// Formula indicators: people write "(EXP1 + EXP2) / 2" with indicator codes; the plan keeps the
// formula by indicator id, computes it, and refuses formulas that do not parse, name unknown codes
// or depend on themselves.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { exchange, expectRefused, newPlan, peerOf } from './plan-fixture';

// For the pure functions, codes stand for themselves: code A is the indicator with id A.
const known = new Set(['A', 'B', 'C', 'EXP1', 'EXP2']);
const parse = (text: string) => P.parseFormula(text, (code) => (known.has(code) ? code : undefined));
const format = (expr: P.Expr) => P.formatFormula(expr, (id) => id);

function refusal(run: () => unknown): [string, string] | 'accepted' {
	try {
		run();
	} catch (error) {
		if (P.isPlanError(error)) return [error.code, error.field];
		throw error;
	}
	return 'accepted';
}

describe('a formula as text', () => {
	it('reads back as it was written, brackets where precedence needs them', () => {
		for (const text of [
			'(A + B) / 2',
			'A - (B - C)',
			'-A * 2',
			'A + B * C',
			'A * (B + C) - 1.5',
			'A / (B / C)'
		]) {
			expect(format(parse(text))).toBe(text);
		}
		expect(format(parse('  (A)+((B))*2 '))).toBe('A + B * 2');
		expect(format(parse('A - B - C'))).toBe('A - B - C');
		expect(format(parse('(A - B) - C'))).toBe('A - B - C');
	});

	it('groups by precedence: * and / before + and -, left to right', () => {
		expect(parse('A + B * 2')).toEqual({
			kind: 'op',
			op: '+',
			left: { kind: 'ref', id: 'A' },
			right: { kind: 'op', op: '*', left: { kind: 'ref', id: 'B' }, right: { kind: 'number', value: 2 } }
		});
		expect(parse('-A * 2')).toEqual({
			kind: 'op',
			op: '*',
			left: { kind: 'neg', arg: { kind: 'ref', id: 'A' } },
			right: { kind: 'number', value: 2 }
		});
		expect(P.formulaRefs(parse('(A + B) / A - 3'))).toEqual(['A', 'B']);
	});

	it('computes values, with no value when an input has none or a division by zero occurs', () => {
		const values: Record<string, number | null> = { A: 6, B: 2, C: 0, EXP1: null };
		const value = (text: string) => P.evaluateFormula(parse(text), (id) => values[id] ?? null);
		expect(value('(A + B) / 2')).toBe(4);
		expect(value('A - (B - 1)')).toBe(5);
		expect(value('A - B - 1')).toBe(3);
		expect(value('-A * 2')).toBe(-12);
		expect(value('A / B * 3')).toBe(9);
		expect(value('A + EXP1')).toBeNull();
		expect(value('-EXP1')).toBeNull();
		expect(value('A / C')).toBeNull();
		expect(value('A / (B - 2)')).toBeNull();
		expect(value('C / A')).toBe(0);
	});

	it('is refused when empty, with a bad character, an unclosed bracket or an unknown code', () => {
		for (const text of ['', '   ', 'A $ B', 'A +', '(A + B', 'A + B)', 'A B', '* A', '()', 'A ^ 2']) {
			expect(
				refusal(() => parse(text)),
				text
			).toEqual(['invalid_formula', 'formula']);
		}
		expect(refusal(() => parse('A + GHOST'))).toEqual(['dangling_link', 'formula']);
	});

	it('finds every indicator on a cycle, and none on a chain', () => {
		const graph = new Map([
			['a', ['b']],
			['b', ['c']],
			['c', ['a']],
			['d', ['a']],
			['e', ['e']],
			['f', []]
		]);
		expect([...P.formulaCycles(graph)].sort()).toEqual(['a', 'b', 'c', 'e']);
		expect(
			P.formulaCycles(
				new Map([
					['x', ['y']],
					['y', ['z']]
				])
			).size
		).toBe(0);
	});
});

function indicators(): Y.Doc {
	const doc = newPlan();
	P.addIndicator(doc, { id: 'exp1', code: 'EXP1', name: 'Flour exports' });
	P.addIndicator(doc, { id: 'exp2', code: 'EXP2', name: 'Grain exports' });
	return doc;
}

const stored = (doc: Y.Doc, id: string) => doc.getMap<Y.Map<unknown>>('indicators').get(id)?.get('formula');
const formulas = (doc: Y.Doc) => P.snapshot(doc).indicators.map((i) => [i.code, i.formula]);

describe('a formula indicator', () => {
	it('stores its formula by id and shows it with codes, following a renamed code', () => {
		const doc = indicators();
		P.addIndicator(doc, { id: 'avg', code: 'AVG', name: 'Average', formula: '(EXP1+EXP2)/2' });
		expect(stored(doc, 'avg')).toBe('({exp1} + {exp2}) / 2');
		expect(formulas(doc)).toEqual([
			['EXP1', null],
			['EXP2', null],
			['AVG', '(EXP1 + EXP2) / 2']
		]);
		P.updateIndicator(doc, 'exp1', { code: 'FLOUR' });
		expect(P.snapshot(doc).indicators[2]?.formula).toBe('(FLOUR + EXP2) / 2');
		expect(stored(doc, 'avg')).toBe('({exp1} + {exp2}) / 2');
		P.updateIndicator(doc, 'exp2', { formula: 'FLOUR * 2' });
		expect(stored(doc, 'exp2')).toBe('{exp1} * 2');
		P.updateIndicator(doc, 'exp2', { formula: null });
		expect(formulas(doc)).toEqual([
			['FLOUR', null],
			['EXP2', null],
			['AVG', '(FLOUR + EXP2) / 2']
		]);
		expect(P.validatePlan(P.snapshot(doc))).toEqual([]);
	});

	it('gets the next free code I<n> when none is given, and refuses a code another has', () => {
		const doc = newPlan();
		P.addIndicator(doc, { id: 'i1', name: 'Jobs' });
		P.addIndicator(doc, { id: 'i3', code: 'I2', name: 'Firms' });
		P.addIndicator(doc, { id: 'i4', name: 'Sales' });
		expect(P.snapshot(doc).indicators.map((i) => i.code)).toEqual(['I1', 'I2', 'I3']);
		expectRefused(doc, () => P.addIndicator(doc, { name: 'x', code: 'I1' }), 'duplicate_code', 'code');
		expectRefused(doc, () => P.addIndicator(doc, { name: 'x', code: ' I2 ' }), 'duplicate_code', 'code');
		expectRefused(doc, () => P.updateIndicator(doc, 'i4', { code: 'I1' }), 'duplicate_code', 'code');
		P.updateIndicator(doc, 'i1', { code: 'I1' }); // its own code is no conflict
	});

	it('refuses formulas that do not parse or name unknown codes, writing nothing', () => {
		const doc = indicators();
		for (const formula of ['', 'EXP1 +', '(EXP1 + EXP2', 'EXP1 % 2']) {
			expectRefused(doc, () => P.addIndicator(doc, { name: 'x', formula }), 'invalid_formula', 'formula');
			expectRefused(doc, () => P.updateIndicator(doc, 'exp1', { formula }), 'invalid_formula', 'formula');
		}
		expectRefused(doc, () => P.addIndicator(doc, { name: 'x', formula: 3 as never }), 'invalid_formula');
		expectRefused(
			doc,
			() => P.addIndicator(doc, { name: 'x', formula: 'EXP1 + EXP3' }),
			'dangling_link',
			'formula'
		);
		expectRefused(doc, () => P.updateIndicator(doc, 'exp1', { formula: '{ghost} * 2' }), 'dangling_link');
	});

	it('refuses a formula that would depend on itself, directly or through another', () => {
		const doc = indicators();
		P.updateIndicator(doc, 'exp1', { formula: 'EXP2 + 1' });
		expectRefused(
			doc,
			() => P.updateIndicator(doc, 'exp2', { formula: 'EXP1 * 2' }),
			'formula_cycle',
			'formula'
		);
		expectRefused(doc, () => P.updateIndicator(doc, 'exp2', { formula: 'EXP2 / 2' }), 'formula_cycle');
		P.addIndicator(doc, { id: 'avg', code: 'AVG', name: 'Average', formula: 'EXP1 / 2' });
		expectRefused(doc, () => P.updateIndicator(doc, 'exp2', { formula: '-AVG' }), 'formula_cycle');
		expectRefused(
			doc,
			() => P.addIndicator(doc, { code: 'SELF', name: 'x', formula: 'SELF + 1' }),
			'formula_cycle',
			'formula'
		);
		expectRefused(
			doc,
			() => P.updateIndicator(doc, 'exp2', { code: 'NEW', formula: 'NEW * 2' }),
			'formula_cycle'
		);
		P.updateIndicator(doc, 'exp2', { formula: '3' }); // a constant closes no cycle
		expect(formulas(doc)).toEqual([
			['EXP1', 'EXP2 + 1'],
			['EXP2', '3'],
			['AVG', 'EXP1 / 2']
		]);
	});

	it('keeps an indicator another formula uses from being removed', () => {
		const doc = indicators();
		P.addIndicator(doc, { id: 'avg', code: 'AVG', name: 'Average', formula: '(EXP1 + EXP2) / 2' });
		expectRefused(doc, () => P.removeIndicator(doc, 'exp2'), 'in_use', 'id');
		P.updateIndicator(doc, 'avg', { formula: 'EXP1' });
		P.removeIndicator(doc, 'exp2');
		P.removeIndicator(doc, 'avg');
		P.removeIndicator(doc, 'exp1');
		expect(P.snapshot(doc).indicators).toEqual([]);
	});
});

describe('formulas edited at once by two people', () => {
	it('that close a cycle between them both read as no formula, and the plan stays valid', () => {
		const a = indicators();
		const b = peerOf(a);
		P.updateIndicator(a, 'exp1', { formula: 'EXP2 + 1' });
		P.updateIndicator(b, 'exp2', { formula: 'EXP1 * 2' });
		exchange(a, b);
		const data = P.snapshot(a);
		expect(P.snapshot(b)).toEqual(data);
		expect(data.indicators.map((i) => i.formula)).toEqual([null, null]);
		expect(P.validatePlan(data)).toEqual([]);
		// Either person can then write a formula that breaks the cycle.
		P.updateIndicator(b, 'exp2', { formula: '5' });
		exchange(a, b);
		expect(formulas(a)).toEqual([
			['EXP1', 'EXP2 + 1'],
			['EXP2', '5']
		]);
	});

	it('that use an indicator someone else removed read as no formula', () => {
		const a = indicators();
		const b = peerOf(a);
		P.removeIndicator(a, 'exp2');
		P.updateIndicator(b, 'exp1', { formula: 'EXP2 * 2' });
		exchange(a, b);
		const data = P.snapshot(a);
		expect(P.snapshot(b)).toEqual(data);
		expect(data.indicators).toMatchObject([{ id: 'exp1', formula: null }]);
		expect(P.validatePlan(data)).toEqual([]);
	});
});
