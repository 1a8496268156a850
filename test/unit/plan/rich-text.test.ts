// Descriptions are rich text several people type into at once: what operations write must open in
// the editor (ProseMirror with the basic and list nodes), read back as plain text in snapshots, and
// merge keystroke by keystroke between peers.
import { Schema, type Node as PMNode } from 'prosemirror-model';
import { marks, nodes } from 'prosemirror-schema-basic';
import { addListNodes } from 'prosemirror-schema-list';
import { describe, expect, it } from 'vitest';
import { prosemirrorToYXmlFragment, yXmlFragmentToProsemirrorJSON } from 'y-prosemirror';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { en, exchange, newPlan, peerOf } from './plan-fixture';

// The node and mark names the domain contract promises: schema-basic paragraphs, schema-list lists.
const schema = new Schema({
	nodes: addListNodes(
		new Schema({ nodes: { doc: nodes.doc, paragraph: nodes.paragraph, text: nodes.text } }).spec.nodes,
		'paragraph block*',
		'block'
	),
	marks: { strong: marks.strong, em: marks.em }
});

/**
 * The editor's view of a fragment; throws when the fragment holds what the editor cannot show. An
 * empty fragment is fine: the editor opens it with one empty paragraph.
 */
function editorDoc(fragment: Y.XmlFragment | undefined): PMNode {
	if (!fragment) throw new Error('no fragment');
	const doc = schema.nodeFromJSON(yXmlFragmentToProsemirrorJSON(fragment));
	if (doc.childCount > 0) doc.check();
	return doc;
}

function strategy(): Y.Doc {
	const doc = newPlan();
	P.addLine(doc, { id: 'l1', title: 'Markets', description: 'Beyond Central Asia\nBy rail and road' });
	P.addObjective(doc, { id: 'o1', lineId: 'l1', title: 'Exports' });
	P.addAction(doc, { id: 'x1', objectiveId: 'o1', title: 'Fair', description: { ru: 'Ярмарка' } });
	P.addProject(doc, { id: 'p1', title: 'Lab', description: { kk: 'Зертхана', en: 'Lab' } });
	return doc;
}

describe('a description', () => {
	it('written by an operation reads back as plain text, one paragraph per line', () => {
		const doc = strategy();
		P.updateObjective(doc, 'o1', { description: 'Double exports\n\nReach China' });
		const line = P.snapshot(doc).strategy.lines[0];
		expect(line?.description).toEqual(en('Beyond Central Asia\nBy rail and road'));
		expect(line?.objectives[0]?.description).toEqual(en('Double exports\n\nReach China'));
		expect(line?.objectives[0]?.actions[0]?.description).toEqual({ ru: 'Ярмарка', kk: '', en: '' });
		expect(P.snapshot(doc).projects[0]?.description).toEqual({ ru: '', kk: 'Зертхана', en: 'Lab' });
		const objective = editorDoc(P.descriptionFragment(doc, 'objectives', 'o1', 'en'));
		expect(objective.childCount).toBe(3);
		expect(objective.toJSON()).toEqual({
			type: 'doc',
			content: [
				{ type: 'paragraph', content: [{ type: 'text', text: 'Double exports' }] },
				{ type: 'paragraph' },
				{ type: 'paragraph', content: [{ type: 'text', text: 'Reach China' }] }
			]
		});
	});

	it('typed in the editor with lists and emphasis reads back one line per block', () => {
		const doc = strategy();
		const p = (text: string, ...content: PMNode[]) =>
			schema.node('paragraph', null, [schema.text(text), ...content]);
		const item = (text: string) => schema.node('list_item', null, [p(text)]);
		const typed = schema.node('doc', null, [
			p('Steps: ', schema.text('first', [schema.marks.strong!.create()])),
			schema.node('bullet_list', null, [item('Certify mills'), item('Open an office')]),
			schema.node('ordered_list', null, [item('2019'), item('2020')])
		]);
		const fragment = P.descriptionFragment(doc, 'lines', 'l1', 'ru');
		doc.transact(() => prosemirrorToYXmlFragment(typed, fragment));
		expect(P.snapshot(doc).strategy.lines[0]?.description).toEqual({
			ru: 'Steps: first\nCertify mills\nOpen an office\n2019\n2020',
			kk: '',
			en: 'Beyond Central Asia\nBy rail and road'
		});
		expect(editorDoc(fragment).eq(typed)).toBe(true);
	});

	it('has a fragment for each language from the moment its item is added', () => {
		const doc = strategy();
		const items = [
			['lines', 'l1'],
			['objectives', 'o1'],
			['actions', 'x1'],
			['projects', 'p1']
		] as const;
		for (const [collection, id] of items) {
			const fragments = P.LANGS.map((lang) => P.descriptionFragment(doc, collection, id, lang));
			for (const fragment of fragments) {
				expect(fragment).toBeInstanceOf(Y.XmlFragment);
				editorDoc(fragment);
			}
			expect(new Set(fragments).size).toBe(P.LANGS.length);
		}
		expect(P.descriptionFragment(doc, 'lines', 'ghost', 'en')).toBeUndefined();
		expect(P.descriptionFragment(doc, 'lines', 'o1', 'en')).toBeUndefined();
	});

	it('is replaced by an update that gives one, in the same fragment editors are bound to', () => {
		const doc = strategy();
		const fragment = P.descriptionFragment(doc, 'lines', 'l1', 'en');
		P.updateLine(doc, 'l1', { description: 'Only rail' });
		P.updateAction(doc, 'x1', { description: { ru: 'Выставка', en: 'Exhibition' } });
		P.updateProject(doc, 'p1', { description: { kk: '' } });
		P.updateLine(doc, 'l1', { title: 'Export markets' }); // no description: kept
		const data = P.snapshot(doc);
		expect(data.strategy.lines[0]?.description).toEqual(en('Only rail'));
		expect(data.strategy.lines[0]?.objectives[0]?.actions[0]?.description).toEqual({
			ru: 'Выставка',
			kk: '',
			en: 'Exhibition'
		});
		expect(data.projects[0]?.description).toEqual(en('Lab'));
		expect(P.descriptionFragment(doc, 'lines', 'l1', 'en')).toBe(fragment);
		expect(fragment?.length).toBe(1);
	});
});

describe('two people typing into one description', () => {
	it('converge and keep both texts', () => {
		const a = strategy();
		P.updateLine(a, 'l1', { description: 'Exports' });
		const b = peerOf(a);
		const firstText = (doc: Y.Doc) => {
			const paragraph = P.descriptionFragment(doc, 'lines', 'l1', 'en')?.get(0) as Y.XmlElement;
			return paragraph.get(0) as Y.XmlText;
		};
		firstText(a).insert(0, 'Grain ');
		firstText(b).insert('Exports'.length, ' to China');
		firstText(b).format(0, 'Exports'.length, { strong: {} });
		exchange(a, b);
		const data = P.snapshot(a);
		expect(P.snapshot(b)).toEqual(data);
		expect(data.strategy.lines[0]?.description).toEqual(en('Grain Exports to China'));
		expect(editorDoc(P.descriptionFragment(a, 'lines', 'l1', 'en')).textContent).toBe(
			'Grain Exports to China'
		);
	});

	it('converge when one types in one language while another replaces a different language', () => {
		const a = strategy();
		const b = peerOf(a);
		const paragraph = P.descriptionFragment(a, 'lines', 'l1', 'en')?.get(0) as Y.XmlElement;
		(paragraph.get(0) as Y.XmlText).insert(0, 'Far ');
		P.updateLine(b, 'l1', { description: { ru: 'За пределами Центральной Азии' } });
		exchange(a, b);
		const data = P.snapshot(a);
		expect(P.snapshot(b)).toEqual(data);
		expect(data.strategy.lines[0]?.description).toEqual({
			ru: 'За пределами Центральной Азии',
			kk: '',
			en: 'Far Beyond Central Asia\nBy rail and road'
		});
	});
});
