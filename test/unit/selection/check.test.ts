// The formal check: a verdict on every requirement of the call exactly once, a reason for each
// one failed, and what the verdicts decide.
import { describe, expect, it } from 'vitest';
import { applyFormalCheck, checkFormalCheck, formalCheckResult } from '$lib/selection/check';
import { aCall, anApplication, refusal } from './call-2017';

const met = (id: string) => ({ id, met: true });
const failed = (id: string, reason: string) => ({ id, met: false, reason });
const submitted = anApplication('a1', { state: 'submitted', submittedAt: '2017-06-15T12:00:00.000Z' });

describe('a formal check', () => {
	it('covering every requirement, all met, makes the application eligible', () => {
		const result = applyFormalCheck(submitted, aCall('closed'), {
			requirements: [met('region'), met('charter')]
		});
		expect(result.application.state).toBe('eligible');
		expect(result.result).toEqual({ state: 'eligible', reasons: [] });
		// The verdicts come back in the call's order, whatever order they were sent in.
		expect(result.check.requirements.map((verdict) => verdict.id)).toEqual(['charter', 'region']);
	});

	it('with a requirement not met rejects the application, with the reason', () => {
		const result = applyFormalCheck(submitted, aCall('closed'), {
			requirements: [met('charter'), failed('region', 'Firms in three regions')]
		});
		expect(result.application.state).toBe('rejected');
		expect(result.result).toEqual({
			state: 'rejected',
			reasons: [{ id: 'region', reason: 'Firms in three regions' }]
		});
	});

	it('must judge every requirement', () => {
		expect(refusal(() => checkFormalCheck({ requirements: [met('charter')] }, aCall()))).toEqual([
			400,
			'missing_requirement',
			'requirements'
		]);
		expect(refusal(() => checkFormalCheck({}, aCall()))).toEqual([
			400,
			'missing_requirement',
			'requirements'
		]);
	});

	it('must judge each requirement once', () => {
		const twice = { requirements: [met('charter'), met('region'), failed('charter', 'No letters')] };
		expect(refusal(() => checkFormalCheck(twice, aCall()))).toEqual([
			400,
			'duplicate_id',
			'requirements.2.id'
		]);
	});

	it('judges only the call’s requirements', () => {
		const other = { requirements: [met('charter'), met('region'), met('audit')] };
		expect(refusal(() => checkFormalCheck(other, aCall()))).toEqual([
			400,
			'unknown_requirement',
			'requirements.2.id'
		]);
	});

	it('needs a reason for a requirement not met, and a verdict that is true or false', () => {
		const silent = { requirements: [met('charter'), { id: 'region', met: false, reason: ' ' }] };
		expect(refusal(() => checkFormalCheck(silent, aCall()))).toEqual([
			400,
			'required',
			'requirements.1.reason'
		]);
		const vague = { requirements: [met('charter'), { id: 'region', met: 'no' }] };
		expect(refusal(() => checkFormalCheck(vague, aCall()))).toEqual([
			400,
			'invalid_value',
			'requirements.1.met'
		]);
		const unsaid = { requirements: [met('charter'), { id: 'region' }] };
		expect(refusal(() => checkFormalCheck(unsaid, aCall()))).toEqual([400, 'required', 'requirements.1.met']);
	});

	it('may note something on a requirement that is met', () => {
		const noted = {
			requirements: [{ ...met('charter'), reason: 'One letter unsigned, accepted' }, met('region')]
		};
		expect(formalCheckResult(checkFormalCheck(noted, aCall())).state).toBe('eligible');
	});

	it('is made after the deadline, while the call is closed or being scored', () => {
		const body = { requirements: [met('charter'), met('region')] };
		for (const state of ['draft', 'open', 'decided', 'published'] as const) {
			expect(refusal(() => applyFormalCheck(submitted, aCall(state), body))).toEqual([
				409,
				'call_not_closed',
				null
			]);
		}
		expect(applyFormalCheck(submitted, aCall('scoring'), body).application.state).toBe('eligible');
	});

	it('is made once, on a submitted application', () => {
		const body = { requirements: [met('charter'), met('region')] };
		for (const state of ['draft', 'eligible', 'rejected', 'scored'] as const) {
			const application = anApplication('a1', { state });
			expect(refusal(() => applyFormalCheck(application, aCall('closed'), body))).toEqual([
				409,
				'invalid_state',
				'state'
			]);
		}
	});
});
