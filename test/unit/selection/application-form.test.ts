// The applicant's form and the body it sends: a stored draft comes back from the form unchanged,
// what is typed is sent as typed, and every field the server refuses finds its row again, however
// the rows moved since.
import { describe, expect, it } from 'vitest';
import { checkApplication } from '$lib/selection/application';
import {
	bodyOf,
	emptyEnterprise,
	emptyFirm,
	emptyStage,
	formField,
	formOf,
	isChanged,
	moveStage,
	problemsOf,
	removeStage
} from '$lib/selection/application-form';
import { anApplication, validBin } from './call-2017';

const CRITERIA = ['potential', 'cooperation', 'coordinator'];

/** Keys k1, k2, … in order: the same form every run. */
function keys() {
	let n = 0;
	return () => `k${++n}`;
}

describe('the form of a draft', () => {
	it('sends back what is stored, which the server reads as the same draft', () => {
		const { id, callId, state, submittedAt, ...input } = anApplication('a1');
		void [id, callId, state, submittedAt];
		const stored = checkApplication({ ...input, attachments: [] });
		expect(checkApplication(bodyOf(formOf(stored, CRITERIA, keys())))).toEqual(stored);
	});

	it('has an answer field for every criterion, blank where nothing is written', () => {
		const form = formOf(anApplication('a1', { answers: { potential: 'Export' } }), CRITERIA, keys());
		expect(form.answers).toEqual({ potential: 'Export', cooperation: '', coordinator: '' });
	});

	it('sends blanks as nothing and a count as a number, but text that is no number as typed', () => {
		const form = formOf(anApplication('a1'), CRITERIA, keys());
		form.enterprises = [
			{ key: 'e1', bin: '  ', name: 'Agro', kind: '', employees: '1 200' },
			{ key: 'e2', bin: ` ${validBin(3)} `, name: 'Milk', kind: 'sme', employees: '4O' }
		];
		form.firms = [{ key: 'f1', name: 'Agro', bin: '', stageId: '' }];
		const body = bodyOf(form);
		expect(body.enterprises).toEqual([
			{ bin: null, name: 'Agro', kind: null, employees: 1200 },
			{ bin: validBin(3), name: 'Milk', kind: 'sme', employees: '4O' }
		]);
		expect(body.valueChain.firms).toEqual([{ name: 'Agro', stageId: null, bin: null }]);
		expect(() => checkApplication(body)).toThrow(/employees/);
	});

	it('knows when it holds something not saved yet', () => {
		const form = formOf(anApplication('a1'), CRITERIA, keys());
		const saved = bodyOf(form);
		expect(isChanged(form, saved)).toBe(false);
		form.answers.cooperation = 'A shared laboratory';
		expect(isChanged(form, saved)).toBe(true);
	});
});

describe('the rows of the form', () => {
	it('adds empty rows with keys of their own', () => {
		const key = keys();
		expect(emptyEnterprise(key)).toEqual({ key: 'k1', bin: '', name: '', kind: '', employees: '' });
		expect(emptyStage(key)).toEqual({ id: 'k2', title: '' });
		expect(emptyFirm(key)).toEqual({ key: 'k3', name: '', bin: '', stageId: '' });
	});

	it('moves a stage up or down, and leaves the chain as it is at either end', () => {
		const stages = [
			{ id: 'a', title: 'A' },
			{ id: 'b', title: 'B' },
			{ id: 'c', title: 'C' }
		];
		const ids = (moved: { id: string }[]) => moved.map((stage) => stage.id).join('');
		expect(ids(moveStage(stages, 1, -1))).toBe('bac');
		expect(ids(moveStage(stages, 1, 1))).toBe('acb');
		expect(ids(moveStage(stages, 0, -1))).toBe('abc');
		expect(ids(moveStage(stages, 2, 1))).toBe('abc');
		expect(ids(stages)).toBe('abc');
	});

	it('keeps the firms of a removed stage, on no stage, so the draft still saves', () => {
		const form = formOf(anApplication('a1'), CRITERIA, keys());
		const { stages, firms } = removeStage(form, 'farming');
		expect(stages.map((stage) => stage.id)).toEqual(['processing']);
		expect(firms).toEqual([{ key: expect.any(String), name: 'Agro LLP', bin: validBin(1), stageId: '' }]);
		expect(() => checkApplication(bodyOf({ ...form, stages, firms }))).not.toThrow();
	});
});

describe('a refusal in the form', () => {
	const sent = formOf(anApplication('a1'), CRITERIA, keys());
	const [first, second] = sent.enterprises;
	const firm = sent.firms[0]!;

	it('finds the row each refused field of the sent form is in', () => {
		expect(formField('enterprises.1.bin', sent)).toBe(`enterprises.${second!.key}.bin`);
		expect(formField('valueChain.firms.0.stageId', sent)).toBe(`firms.${firm.key}.stageId`);
		expect(formField('valueChain.stages.1.title', sent)).toBe('stages.processing.title');
		expect(formField('valueChain.stages.0.id', sent)).toBe('stages.farming.title');
		expect(formField('valueChain.stages.1', sent)).toBe('stages.processing.title');
		expect(formField('enterprises.0', sent)).toBe(`enterprises.${first!.key}`);
	});

	it('leaves other fields as named, and a name in one language is the name', () => {
		expect(formField('answers.potential', sent)).toBe('answers.potential');
		expect(formField('valueChain.stages', sent)).toBe('valueChain.stages');
		expect(formField('name.kk', sent)).toBe('name');
		expect(formField('enterprises.9.bin', sent)).toBe('enterprises.9.bin');
	});

	it('gives every refused field its words at once, the first words of a field winning', () => {
		const problems = problemsOf(
			[
				{ field: 'name', code: 'required' },
				{ field: 'enterprises.0.bin', code: 'required' },
				{ field: 'enterprises.0.kind', code: 'required' },
				{ field: 'answers.cooperation', code: 'required' },
				{ field: 'answers.cooperation', code: 'too_long' }
			],
			sent,
			(row) => `${row.code} at ${row.field}`
		);
		expect(problems).toEqual({
			name: 'required at name',
			[`enterprises.${first!.key}.bin`]: 'required at enterprises.0.bin',
			[`enterprises.${first!.key}.kind`]: 'required at enterprises.0.kind',
			'answers.cooperation': 'required at answers.cooperation'
		});
	});
});
