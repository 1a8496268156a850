import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { generatePlan } from '../../bench/generate-plan';

const size = { nodes: 40, edges: 60, lines: 4, objectives: 10, actions: 37, projects: 25, indicators: 12 };

describe('generated plans of a given strategy size', () => {
	it('have the asked numbers of lines, objectives, actions, projects and indicators, and are valid', () => {
		const doc = new Y.Doc();
		generatePlan(doc, { ...size, detailed: true });
		const data = P.snapshot(doc);
		const objectives = data.strategy.lines.flatMap((line) => line.objectives);
		expect(data.strategy.lines).toHaveLength(4);
		expect(objectives).toHaveLength(10);
		expect(objectives.flatMap((objective) => objective.actions)).toHaveLength(37);
		expect(data.projects).toHaveLength(25);
		expect(data.indicators).toHaveLength(12);
		expect(P.validatePlan(data)).toEqual([]);
	});

	it('write titles and descriptions in Russian, Kazakh and English, with some translations missing', () => {
		const doc = new Y.Doc();
		generatePlan(doc, { ...size, detailed: true });
		const data = P.snapshot(doc);
		const texts = [
			...data.strategy.lines.flatMap((line) => [line.title, line.description]),
			...data.projects.flatMap((project) => [project.title, project.description])
		];
		expect(texts.some((text) => /[А-Яа-я]/.test(text.ru) && /[әғқңөұүһі]/i.test(text.kk) && text.en)).toBe(
			true
		);
		expect(texts.some((text) => P.missingLangs(text).length > 0)).toBe(true);
		expect(texts.every((text) => text.ru !== '')).toBe(true);
	});

	it('are the same for the same seed, and leave the map as it is without the detail', () => {
		const [a, b, plain] = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
		generatePlan(a, { ...size, detailed: true, seed: 3 });
		generatePlan(b, { ...size, detailed: true, seed: 3 });
		generatePlan(plain, { ...size, seed: 3 });
		expect(P.snapshot(b)).toEqual(P.snapshot(a));
		expect(P.snapshot(plain).map).toEqual(P.snapshot(a).map);
		expect(P.snapshot(plain).projects.map((p) => p.budget)).toEqual(
			P.snapshot(a).projects.map((p) => p.budget)
		);
	});
});
