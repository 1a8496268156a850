// A version saved before stage names, actor names, node labels and indicator units had languages
// stored each as one string in its data: the data still reads as it is (not read again from the
// version's state), each string in the language its letters tell.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { versionData } from '../../../src/lib/server/versions/readable';

function savedBeforeTheLanguages() {
	const doc = new Y.Doc();
	P.initPlan(doc, { id: 'flour', title: 'Мукомольный кластер' });
	P.addStage(doc, { id: 's1', title: 'Milling' });
	P.addActor(doc, { id: 'a1', name: 'Мелькомбинат', kind: 'firm' });
	P.addNode(doc, { id: 'n1', actorId: 'a1', stageId: 's1', x: 0, y: 0 });
	P.addNode(doc, { id: 'n2', label: 'Экспорт: Өзбекстан', kind: 'market', x: 300, y: 0 });
	P.addIndicator(doc, { id: 'i1', code: 'EXP', name: 'Exports', unit: 't' });
	const data = P.snapshot(doc);
	// The data as such a version kept it: one string where there are now three languages.
	const old = {
		...data,
		title: 'Мукомольный кластер',
		map: {
			...data.map,
			stages: data.map.stages.map((stage) => ({ ...stage, title: stage.title.en })),
			nodes: data.map.nodes.map((node) => ({ ...node, label: P.firstWritten(node.label) }))
		},
		actors: data.actors.map((actor) => ({ ...actor, name: P.firstWritten(actor.name) })),
		indicators: data.indicators.map((indicator) => ({ ...indicator, unit: indicator.unit.en }))
	};
	return { planId: 'flour', number: 1, data: old, state: Buffer.from(Y.encodeStateAsUpdate(doc)) };
}

describe('a version stored with one-string names', () => {
	it('reads its own data, each string in the language its letters tell', () => {
		const warnings: string[] = [];
		const data = versionData(savedBeforeTheLanguages(), (line) => warnings.push(line));
		expect(warnings).toEqual([]);
		expect(data.title).toEqual({ ru: 'Мукомольный кластер', kk: '', en: '' });
		expect(data.map.stages[0]?.title).toEqual({ ru: '', kk: '', en: 'Milling' });
		expect(data.actors[0]?.name).toEqual({ ru: 'Мелькомбинат', kk: '', en: '' });
		expect(data.map.nodes.map((node) => node.label)).toEqual([
			{ ru: 'Мелькомбинат', kk: '', en: '' },
			{ ru: '', kk: 'Экспорт: Өзбекстан', en: '' }
		]);
		expect(data.indicators[0]?.unit).toEqual({ ru: '', kk: '', en: 't' });
	});
});
