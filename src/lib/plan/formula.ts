// Formula indicators: a value computed from other indicators ("(EXP1 + EXP2) / 2", "SALES / FIRMS").
// People write and read formulas with indicator codes; the document stores them with ids in braces
// ("{ind-a} + {ind-b}") so that renaming a code never breaks a formula, and two people editing a
// formula and a code at once cannot disagree about what it refers to.
import { PLAN_BOUNDS } from './bounds';
import { PlanError } from './errors';

/** A parsed formula. */
export type Expr =
	| { kind: 'number'; value: number }
	| { kind: 'ref'; id: string }
	| { kind: 'neg'; arg: Expr }
	| { kind: 'op'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr };

/** Codes are short identifiers: a letter or underscore, then letters, digits, underscores or dots. */
export const CODE_PATTERN = /^[\p{L}_][\p{L}\p{N}_.]*$/u;

type Token = { kind: 'num' | 'ref' | 'code' | 'sym'; text: string };

function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	const pattern = /\s*(?:(\d+(?:\.\d+)?)|\{([^{}\s]+)\}|([\p{L}_][\p{L}\p{N}_.]*)|([-+*/()]))/uy;
	let at = 0;
	while (at < text.length) {
		if (/^\s*$/.test(text.slice(at))) break;
		pattern.lastIndex = at;
		const match = pattern.exec(text);
		if (!match) {
			throw new PlanError('invalid_formula', 'formula', `unexpected "${text.slice(at).trim().charAt(0)}"`);
		}
		const [, num, ref, code, sym = ''] = match;
		if (num !== undefined) tokens.push({ kind: 'num', text: num });
		else if (ref !== undefined) tokens.push({ kind: 'ref', text: ref });
		else if (code !== undefined) tokens.push({ kind: 'code', text: code });
		else tokens.push({ kind: 'sym', text: sym });
		at = pattern.lastIndex;
	}
	return tokens;
}

/**
 * Parses a formula. Indicator references are either codes (`EXP1`), resolved to ids by `idOfCode`,
 * or stored ids in braces (`{ind-a}`). Throws `invalid_formula` or, for an unknown code, `dangling_link`.
 */
export function parseFormula(text: string, idOfCode: (code: string) => string | undefined): Expr {
	if (typeof text !== 'string' || text.trim() === '') {
		throw new PlanError('invalid_formula', 'formula', 'the formula is empty');
	}
	// Bounded so that no stored formula can exhaust the stack of any reader that walks it.
	if (text.length > PLAN_BOUNDS.formulaLength) {
		throw new PlanError(
			'too_long',
			'formula',
			`a formula has at most ${PLAN_BOUNDS.formulaLength} characters`
		);
	}
	const tokens = tokenize(text);
	let index = 0;
	let depth = 0;
	const peek = () => tokens[index];
	const fail = (what: string): never => {
		throw new PlanError('invalid_formula', 'formula', what);
	};
	const expression = (): Expr => {
		let left = term();
		while (peek()?.text === '+' || peek()?.text === '-') {
			const op = tokens[index++]!.text as '+' | '-';
			left = { kind: 'op', op, left, right: term() };
		}
		return left;
	};
	const term = (): Expr => {
		let left = factor();
		while (peek()?.text === '*' || peek()?.text === '/') {
			const op = tokens[index++]!.text as '*' | '/';
			left = { kind: 'op', op, left, right: factor() };
		}
		return left;
	};
	const factor = (): Expr => {
		const token = tokens[index++];
		if (!token) return fail('the formula ends too early');
		if (token.kind === 'num') return { kind: 'number', value: Number(token.text) };
		if (token.kind === 'ref') return { kind: 'ref', id: token.text };
		if (token.kind === 'code') {
			const id = idOfCode(token.text);
			if (id === undefined) throw new PlanError('dangling_link', 'formula', `no indicator ${token.text}`);
			return { kind: 'ref', id };
		}
		if (token.text === '-' || token.text === '(') {
			if (++depth > PLAN_BOUNDS.formulaDepth)
				fail(`brackets and signs nest at most ${PLAN_BOUNDS.formulaDepth} deep`);
			let inner: Expr;
			if (token.text === '-') inner = { kind: 'neg', arg: factor() };
			else {
				inner = expression();
				if (tokens[index++]?.text !== ')') fail('a bracket is not closed');
			}
			depth -= 1;
			return inner;
		}
		return fail(`unexpected "${token.text}"`);
	};
	const expr = expression();
	const rest = tokens[index];
	if (rest) fail(`unexpected "${rest.text}"`);
	return expr;
}

/** The ids of the indicators a formula uses. */
export function formulaRefs(expr: Expr): string[] {
	switch (expr.kind) {
		case 'number':
			return [];
		case 'ref':
			return [expr.id];
		case 'neg':
			return formulaRefs(expr.arg);
		case 'op':
			return [...new Set([...formulaRefs(expr.left), ...formulaRefs(expr.right)])];
	}
}

const PRECEDENCE = { '+': 1, '-': 1, '*': 2, '/': 2 } as const;

/** Writes a formula back as text, naming each indicator with `name` (its code, or `{id}` to store). */
export function formatFormula(expr: Expr, name: (id: string) => string): string {
	const write = (e: Expr, parent: number, right: boolean): string => {
		switch (e.kind) {
			case 'number':
				return String(e.value);
			case 'ref':
				return name(e.id);
			case 'neg':
				return `-${write(e.arg, 3, false)}`;
			case 'op': {
				const own = PRECEDENCE[e.op];
				const text = `${write(e.left, own, false)} ${e.op} ${write(e.right, own, true)}`;
				return own < parent || (right && own === parent) ? `(${text})` : text;
			}
		}
	};
	return write(expr, 0, false);
}

/** The stored form of a formula: ids in braces. */
export function storedFormula(expr: Expr): string {
	return formatFormula(expr, (id) => `{${id}}`);
}

/** Computes a formula; null when an input has no value or a division by zero occurs. */
export function evaluateFormula(expr: Expr, valueOf: (id: string) => number | null): number | null {
	switch (expr.kind) {
		case 'number':
			return expr.value;
		case 'ref':
			return valueOf(expr.id);
		case 'neg': {
			const value = evaluateFormula(expr.arg, valueOf);
			return value === null ? null : -value;
		}
		case 'op': {
			const left = evaluateFormula(expr.left, valueOf);
			const right = evaluateFormula(expr.right, valueOf);
			if (left === null || right === null) return null;
			if (expr.op === '/' && right === 0) return null;
			return expr.op === '+'
				? left + right
				: expr.op === '-'
					? left - right
					: expr.op === '*'
						? left * right
						: left / right;
		}
	}
}

/**
 * The ids of indicators whose formulas depend on themselves, given each formula's references.
 * Iterative (a chain of thousands of formulas must not exhaust the stack): each id on a cycle is in a
 * strongly connected component of more than one id, or refers to itself (Tarjan's algorithm).
 */
export function formulaCycles(refs: ReadonlyMap<string, readonly string[]>): Set<string> {
	const cyclic = new Set<string>();
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const onStack = new Set<string>();
	const stack: string[] = [];
	let counter = 0;
	for (const root of [...refs.keys()].sort()) {
		if (index.has(root)) continue;
		const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
		index.set(root, counter);
		low.set(root, counter++);
		stack.push(root);
		onStack.add(root);
		while (work.length > 0) {
			const frame = work[work.length - 1]!;
			const out = refs.get(frame.id) ?? [];
			if (frame.next < out.length) {
				const to = out[frame.next++]!;
				if (!index.has(to)) {
					index.set(to, counter);
					low.set(to, counter++);
					stack.push(to);
					onStack.add(to);
					work.push({ id: to, next: 0 });
				} else if (onStack.has(to)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(to)!));
				continue;
			}
			work.pop();
			const parent = work[work.length - 1];
			if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
			if (low.get(frame.id) !== index.get(frame.id)) continue;
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== frame.id);
			const selfLoop = component.length === 1 && out.includes(frame.id);
			if (component.length > 1 || selfLoop) for (const id of component) cyclic.add(id);
		}
	}
	return cyclic;
}
