// The formal check's form: a verdict on each requirement, never assumed, and a reason for each not
// met; what it finds missing is what the server would refuse, named the same way.
import { describe, expect, it } from 'vitest';
import { checkFormalCheck } from '$lib/selection/check';
import { checkBody, verdictGaps, verdictRows } from '$lib/selection/check-form';
import { aCall, refusal } from './call-2017';

const call = aCall('closed');

describe('the formal check form', () => {
	it('starts with no verdict on any requirement, in the call’s order', () => {
		expect(verdictRows(call.requirements)).toEqual([
			{ id: 'charter', met: '', reason: '' },
			{ id: 'region', met: '', reason: '' }
		]);
	});

	it('starts from an earlier check where there is one', () => {
		const earlier = { requirements: [{ id: 'region', met: false, reason: 'Two regions' }] };
		expect(verdictRows(call.requirements, earlier)).toEqual([
			{ id: 'charter', met: '', reason: '' },
			{ id: 'region', met: 'no', reason: 'Two regions' }
		]);
	});

	it('sends a complete check the server takes', () => {
		const body = checkBody([
			{ id: 'charter', met: 'yes', reason: '' },
			{ id: 'region', met: 'no', reason: 'The firms are in two regions' }
		]);
		expect(verdictGaps(verdictRows(call.requirements))).toHaveLength(2);
		expect(checkFormalCheck(body, call).requirements).toEqual([
			{ id: 'charter', met: true, reason: '' },
			{ id: 'region', met: false, reason: 'The firms are in two regions' }
		]);
	});

	it('finds every gap at once, the first where the server refuses', () => {
		const rows = [
			{ id: 'charter', met: '' as const, reason: '' },
			{ id: 'region', met: 'no' as const, reason: '  ' }
		];
		const gaps = verdictGaps(rows);
		expect(gaps).toEqual([
			{ field: 'requirements.0.met', code: 'required' },
			{ field: 'requirements.1.reason', code: 'required' }
		]);
		expect(refusal(() => checkFormalCheck(checkBody(rows), call))).toEqual([400, 'required', gaps[0]!.field]);
		const second = [{ ...rows[0]!, met: 'yes' as const }, rows[1]!];
		expect(refusal(() => checkFormalCheck(checkBody(second), call))).toEqual([
			400,
			'required',
			gaps[1]!.field
		]);
	});
});
