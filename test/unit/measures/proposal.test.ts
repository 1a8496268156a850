import { describe, expect, it } from 'vitest';
import { checkProposal } from '../../../src/lib/measures/proposal';
import { isRefusal } from '../../../src/lib/refusal';

const ref = { clusterId: 'flour-kostanay', planId: 'flour-kostanay', projectId: 'p-lab' };

function refusalOf(body: unknown) {
	try {
		checkProposal(body);
	} catch (error) {
		if (isRefusal(error)) return { status: error.status, code: error.code, field: error.field };
		throw error;
	}
	throw new Error('not refused');
}

describe('a proposal’s body', () => {
	it('takes a measure, the projects it would serve and the reasons in any of the three languages', () => {
		expect(
			checkProposal({ measureId: 'joint-grant', projects: [ref], rationale: { ru: ' Нужна ' } })
		).toEqual({
			measureId: 'joint-grant',
			projects: [ref],
			rationale: { ru: 'Нужна', kk: '', en: '' }
		});
	});

	it('refuses, naming the field, what it cannot keep', () => {
		expect(refusalOf(null)).toMatchObject({ status: 400, code: 'invalid_body' });
		expect(refusalOf({ measureId: 'x', projects: [ref], sum: 5 })).toMatchObject({
			code: 'unknown_field',
			field: 'sum'
		});
		expect(refusalOf({ projects: [ref] })).toMatchObject({ code: 'required', field: 'measureId' });
		expect(refusalOf({ measureId: 'a b', projects: [ref] })).toMatchObject({
			code: 'invalid_value',
			field: 'measureId'
		});
		expect(refusalOf({ measureId: 'x', projects: [] })).toMatchObject({
			code: 'required',
			field: 'projects'
		});
		expect(refusalOf({ measureId: 'x', projects: [{ ...ref, extra: 1 }] })).toMatchObject({
			field: 'projects'
		});
		expect(refusalOf({ measureId: 'x', projects: [{ clusterId: 'c', planId: 'p' }] })).toMatchObject({
			code: 'required',
			field: 'projects'
		});
		expect(refusalOf({ measureId: 'x', projects: [ref, ref] })).toMatchObject({
			code: 'invalid_value',
			field: 'projects'
		});
		expect(refusalOf({ measureId: 'x', projects: [ref], rationale: { de: 'Grund' } })).toMatchObject({
			code: 'unknown_field'
		});
	});
});
