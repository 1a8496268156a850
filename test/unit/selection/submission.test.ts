// Submitting an application: only complete, only while the call takes applications, only once.
import { describe, expect, it } from 'vitest';
import { isRefusal } from '$lib/refusal';
import {
	checkSubmittable,
	MIN_ENTERPRISES,
	submissionGaps,
	submitApplication
} from '$lib/selection/submission';
import {
	AFTER_CLOSING,
	aCall,
	anApplication,
	BEFORE_OPENING,
	CLOSES,
	refusal,
	WHILE_OPEN
} from './call-2017';

describe('a complete application', () => {
	it('has no gaps', () => {
		expect(submissionGaps(anApplication('a1'), aCall())).toEqual([]);
	});

	it('is submitted while the call is open, at the moment given', () => {
		const submitted = submitApplication(anApplication('a1'), aCall('open'), WHILE_OPEN);
		expect(submitted.state).toBe('submitted');
		expect(submitted.submittedAt).toBe('2017-06-15T12:00:00.000Z');
	});

	it('needs at least two enterprises', () => {
		expect(MIN_ENTERPRISES).toBe(2);
		const alone = anApplication('a1', { enterprises: [anApplication('a1').enterprises[0]!] });
		expect(refusal(() => checkSubmittable(alone, aCall()))).toEqual([400, 'too_few', 'enterprises']);
	});
});

describe('an incomplete application', () => {
	it('is refused with every gap, the first as its field', () => {
		const draft = anApplication('a1', {
			name: { ru: '', kk: '', en: '' },
			sector: '',
			enterprises: [{ bin: null, name: 'Agro', kind: null, employees: null }],
			valueChain: { stages: [], firms: [{ name: '', stageId: null, bin: null }] },
			answers: { potential: 'Yes', quality: 'Also' }
		});
		const gaps = submissionGaps(draft, aCall()).map((gap) => [gap.code, gap.field]);
		expect(gaps).toEqual([
			['required', 'name'],
			['required', 'sector'],
			['too_few', 'enterprises'],
			['required', 'enterprises.0.bin'],
			['required', 'enterprises.0.kind'],
			['too_few', 'valueChain.stages'],
			['required', 'valueChain.firms.0.name'],
			['required', 'valueChain.firms.0.stageId'],
			['required', 'answers.cooperation'],
			['required', 'answers.coordinator'],
			['unknown_criterion', 'answers.quality']
		]);
		try {
			checkSubmittable(draft, aCall());
			expect.unreachable();
		} catch (error) {
			if (!isRefusal(error)) throw error;
			expect([error.status, error.code, error.field]).toEqual([400, 'required', 'name']);
			expect(error.rows.map((row) => row.field)).toEqual(gaps.map(([, field]) => field));
		}
	});

	it('needs an answer to every criterion of the call', () => {
		const unanswered = anApplication('a1', { answers: { potential: 'Yes', cooperation: 'Yes' } });
		expect(refusal(() => submitApplication(unanswered, aCall('open'), WHILE_OPEN))).toEqual([
			400,
			'required',
			'answers.coordinator'
		]);
	});
});

describe('a submission', () => {
	it('is refused before the call opens and from its deadline on', () => {
		for (const now of [BEFORE_OPENING, Date.parse(CLOSES), AFTER_CLOSING]) {
			expect(refusal(() => submitApplication(anApplication('a1'), aCall('open'), now))).toEqual([
				409,
				'call_not_open',
				null
			]);
		}
	});

	it('is refused while the call is not open, even within its dates', () => {
		for (const state of ['draft', 'closed', 'scoring'] as const) {
			expect(refusal(() => submitApplication(anApplication('a1'), aCall(state), WHILE_OPEN))).toEqual([
				409,
				'call_not_open',
				null
			]);
		}
	});

	it('is made once: a second is 409, whatever the moment', () => {
		const submitted = submitApplication(anApplication('a1'), aCall('open'), WHILE_OPEN);
		expect(refusal(() => submitApplication(submitted, aCall('open'), WHILE_OPEN))).toEqual([
			409,
			'already_submitted',
			null
		]);
		expect(refusal(() => submitApplication(submitted, aCall('closed'), AFTER_CLOSING))).toEqual([
			409,
			'already_submitted',
			null
		]);
	});

	it('is to its own call', () => {
		const elsewhere = anApplication('a1', { callId: 'call-2018' });
		expect(refusal(() => submitApplication(elsewhere, aCall('open'), WHILE_OPEN))).toEqual([
			400,
			'invalid_value',
			'callId'
		]);
	});
});
