// Why the map did not draw a flow, in the reader's language: the canvas asks before the drop and
// says the same words after it as `connect` would give.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, connect, initPlan, isPlanError, snapshot } from '$lib/plan';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { flowRefusal, refusalText } from '$lib/components/map/flow-refusal';

function mill() {
	const doc = new Y.Doc();
	initPlan(doc, { id: 'p', title: 'Flour' });
	addNode(doc, { id: 'farm', label: 'Farms', kind: 'stage', x: 0, y: 0 });
	addNode(doc, { id: 'mill', label: 'Mill', kind: 'stage', x: 280, y: 0 });
	connect(doc, { id: 'e1', source: 'farm', target: 'mill', kind: 'goods' });
	return doc;
}

afterEach(() => overwriteGetLocale(() => 'en'));

describe('a flow drawn on the canvas', () => {
	it('is refused before the drop exactly when connect would refuse it', () => {
		const doc = mill();
		const plan = snapshot(doc);
		for (const attempt of [
			{ source: 'farm', target: 'mill', kind: 'goods' },
			{ source: 'farm', target: 'farm', kind: 'goods' },
			{ source: 'farm', target: 'mill', kind: 'money' },
			{ source: 'mill', target: 'farm', kind: 'goods' }
		] as const) {
			let code: string | null = null;
			try {
				doc.transact(() => connect(doc, attempt));
			} catch (error) {
				if (!isPlanError(error)) throw error;
				code = error.code;
			}
			expect(flowRefusal(plan, attempt), JSON.stringify(attempt)).toBe(code);
		}
	});

	it('names the flow it would duplicate, in each language', () => {
		const plan = snapshot(mill());
		const attempt = { source: 'farm', target: 'mill', kind: 'goods' } as const;
		expect(refusalText('duplicate_flow', plan, attempt)).toBe(
			'The map already has a “Goods” flow from Farms to Mill. Select that flow to change its label.'
		);
		overwriteGetLocale(() => 'ru');
		expect(refusalText('duplicate_flow', plan, attempt)).toBe(
			'Поток «Товары» из «Farms» в «Mill» уже есть на карте. Выберите его, чтобы изменить подпись.'
		);
		overwriteGetLocale(() => 'kk');
		expect(refusalText('duplicate_flow', plan, attempt)).toBe(
			'«Farms» → «Mill» арасында «Тауарлар» ағыны картада бұрыннан бар. Жазбасын өзгерту үшін сол ағынды таңдаңыз.'
		);
	});

	it('says why for a flow to its own node, a drop beside every node and a read-only reader', () => {
		const plan = snapshot(mill());
		overwriteGetLocale(() => 'ru');
		expect(refusalText('self_loop', plan)).toBe(
			'Поток идёт от одного узла к другому: отпустите его над другим узлом.'
		);
		expect(refusalText('missed', plan)).toBe('Чтобы провести поток, отпустите его над другим узлом.');
		expect(refusalText('read_only', plan)).toBe('Ваша роль не позволяет проводить потоки на этой карте.');
		expect(refusalText('read_only', plan, undefined, { past: true })).toMatch(/версии/);
	});
});
