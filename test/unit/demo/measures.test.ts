// The demo's catalogue: the dozen measures the clusters' plans refer to by id, each written in
// three languages, in force with a start date or drafted and proposed without dates.
import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/plan/localized';
import { demoMeasures } from '$lib/server/demo/measures';

const measures = demoMeasures('2025-01-15T00:00:00.000Z');
const ids = (status: string) => measures.filter((each) => each.status === status).map((each) => each.id);

describe('the demo catalogue of support measures', () => {
	it('holds the twelve ids the plans refer to: eight in force, two drafted, two proposed', () => {
		expect(ids('in_force')).toEqual([
			'damu-interest-subsidy',
			'damu-loan-guarantee',
			'industry-service-support',
			'innovation-grant',
			'export-insurance',
			'agro-investment-subsidy',
			'export-promotion-reimbursement',
			'sez-tax-relief'
		]);
		expect(ids('drafted')).toEqual(['cluster-organisation-cofinancing', 'cluster-training-service']);
		expect(ids('proposed')).toEqual(['cluster-joint-project-grant', 'cluster-infrastructure-cofinancing']);
	});

	it('names each measure, its operator, its recipients and its act in Russian, Kazakh and English', () => {
		for (const measure of measures) {
			for (const field of ['name', 'operator', 'recipients', 'legalAct'] as const) {
				for (const lang of LANGS) expect(measure[field][lang], `${measure.id} ${field} ${lang}`).not.toBe('');
			}
		}
	});

	it('dates only the measures in force, and asks at most half of a project from its recipient', () => {
		for (const measure of measures) {
			expect(measure.inForceFrom !== null, measure.id).toBe(measure.status === 'in_force');
			expect(measure.ownShare).toBeLessThanOrEqual(50);
		}
	});
});
