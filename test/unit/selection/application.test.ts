// What a draft application may be, and the steps an application goes through: every pair of
// states, allowed or refused, and who takes each step.
import { describe, expect, it } from 'vitest';
import {
	APPLICATION_STATES,
	applicationMove,
	applicationsAwaiting,
	checkApplication,
	moveApplication,
	type ApplicationMove,
	type ApplicationState,
	type ApplicationStep
} from '$lib/selection/application';
import { anApplication, refusal, validBin } from './call-2017';

// The application's own body: what an applicant sends, without what the server keeps.
const { name, region, sector, enterprises, valueChain, coordinator, answers, attachments } =
	anApplication('a1');
const body = { name, region, sector, enterprises, valueChain, coordinator, answers, attachments };
const checked = (change: Record<string, unknown>) => refusal(() => checkApplication({ ...body, ...change }));

describe('a draft application', () => {
	it('is taken whole', () => {
		expect(checkApplication(body)).toEqual(body);
	});

	it('may be empty: a draft is written over days', () => {
		expect(checkApplication({})).toEqual({
			name: { ru: '', kk: '', en: '' },
			region: '',
			sector: '',
			enterprises: [],
			valueChain: { stages: [], firms: [] },
			coordinator: '',
			answers: {},
			attachments: []
		});
	});

	it('may hold an enterprise not filled in yet', () => {
		const draft = checkApplication({ enterprises: [{ name: 'Agro' }] });
		expect(draft.enterprises).toEqual([{ bin: null, name: 'Agro', kind: null, employees: null }]);
	});

	it('refuses a BIN with a typing slip, even in a draft', () => {
		const slip = `${validBin(1).slice(0, 11)}${(Number(validBin(1)[11]) + 1) % 10}`;
		expect(checked({ enterprises: [{ bin: slip }] })).toEqual([400, 'bin_check_digit', 'enterprises.0.bin']);
		expect(checked({ enterprises: [{ bin: '123' }] })).toEqual([
			400,
			'bin_wrong_length',
			'enterprises.0.bin'
		]);
	});

	it('refuses one enterprise listed twice', () => {
		const enterprises = [{ bin: validBin(1) }, { bin: validBin(2) }, { bin: validBin(1) }];
		expect(checked({ enterprises })).toEqual([400, 'duplicate_bin', 'enterprises.2.bin']);
	});

	it('refuses a kind the registry does not have', () => {
		expect(checked({ enterprises: [{ kind: 'startup' }] })).toEqual([
			400,
			'invalid_value',
			'enterprises.0.kind'
		]);
		expect(checked({ enterprises: [{ employees: -1 }] })).toEqual([
			400,
			'invalid_value',
			'enterprises.0.employees'
		]);
	});

	it('refuses a firm on a stage the value chain does not have', () => {
		const valueChain = { stages: [{ id: 'farming', title: '' }], firms: [{ name: 'X', stageId: 'retail' }] };
		expect(checked({ valueChain })).toEqual([400, 'unknown_stage', 'valueChain.firms.0.stageId']);
		const twice = { stages: [{ id: 'farming' }, { id: 'farming' }] };
		expect(checked({ valueChain: twice })).toEqual([400, 'duplicate_id', 'valueChain.stages.1.id']);
	});

	it('leaves blank answers out, and refuses an answer that is not text', () => {
		expect(checkApplication({ answers: { potential: ' ', cooperation: 'Yes' } }).answers).toEqual({
			cooperation: 'Yes'
		});
		expect(checked({ answers: { potential: 5 } })).toEqual([400, 'invalid_value', 'answers.potential']);
		expect(checked({ answers: ['Yes'] })).toEqual([400, 'invalid_value', 'answers']);
	});

	it('takes PDF attachments of at most 10 MB, and at most ten of them', () => {
		const pdf = { name: 'a.pdf', size: 10 * 1024 * 1024, type: 'application/pdf' };
		expect(checkApplication({ attachments: [pdf] }).attachments).toEqual([pdf]);
		expect(checked({ attachments: [{ ...pdf, type: 'image/png' }] })).toEqual([
			400,
			'not_pdf',
			'attachments.0.type'
		]);
		expect(checked({ attachments: [{ ...pdf, size: pdf.size + 1 }] })).toEqual([
			400,
			'too_large',
			'attachments.0.size'
		]);
		expect(checked({ attachments: [{ ...pdf, size: 0 }] })).toEqual([
			400,
			'invalid_value',
			'attachments.0.size'
		]);
		expect(checked({ attachments: Array.from({ length: 11 }, () => pdf) })).toEqual([
			400,
			'too_many',
			'attachments'
		]);
	});

	it('refuses a key it does not have', () => {
		expect(checked({ state: 'chosen' })).toEqual([400, 'unknown_field', 'state']);
	});
});

const submit: ApplicationMove = { by: 'applicant', step: 'submit' };
const formalCheck: ApplicationMove = { by: 'secretariat', step: 'formal_check' };
const scoring: ApplicationMove = { by: 'evaluators', step: 'scoring' };
const decision: ApplicationMove = { by: 'commission', step: 'decision' };

// The table written out again, so the test does not take the code's word for it.
const ALLOWED: Record<ApplicationState, Partial<Record<ApplicationState, ApplicationMove>>> = {
	draft: { submitted: submit },
	submitted: { rejected: formalCheck, eligible: formalCheck },
	rejected: {},
	eligible: { scored: scoring },
	scored: { chosen: decision, reserve: decision, not_chosen: decision },
	chosen: {},
	reserve: { chosen: decision },
	not_chosen: {}
};
const STEPS: ApplicationStep[] = ['submit', 'formal_check', 'scoring', 'decision'];
const PAIRS = APPLICATION_STATES.flatMap((from) => APPLICATION_STATES.map((to) => [from, to] as const));

describe('the steps of an application', () => {
	it.each(PAIRS)('from %s to %s is allowed only by the table, and only by its step', (from, to) => {
		const move = ALLOWED[from][to] ?? null;
		expect(applicationMove(from, to)).toEqual(move);
		for (const step of STEPS) {
			const moving = () => moveApplication(anApplication('a1', { state: from }), to, step);
			if (move?.step === step) expect(moving().state).toBe(to);
			else expect(refusal(moving)).toEqual([409, 'invalid_state', 'state']);
		}
	});

	it('keep a call from its decision while applications wait for a check or for scores', () => {
		const applications = APPLICATION_STATES.map((state) => ({ id: state, state }));
		expect(applicationsAwaiting(applications)).toEqual(['submitted', 'eligible']);
	});
});
