// Indicators as the plan module builds them: a fresh plan document, `addIndicator` for each input
// in order (so formulas may name the codes added before them), then the snapshot.
import * as Y from 'yjs';
import { addIndicator, initPlan, snapshot, type Indicator, type IndicatorInput } from '$lib/plan';

export function indicatorsOf(...inputs: IndicatorInput[]): Indicator[] {
	const doc = new Y.Doc();
	initPlan(doc, { id: 'plan', title: 'Dairy' });
	for (const input of inputs) addIndicator(doc, input);
	const { indicators } = snapshot(doc);
	doc.destroy();
	return indicators;
}

/** One indicator; `id` and `code` default to `x` and `X`. */
export function indicatorOf(input: Partial<IndicatorInput> = {}): Indicator {
	return indicatorsOf({ id: 'x', code: 'X', name: 'Litres', ...input })[0]!;
}
