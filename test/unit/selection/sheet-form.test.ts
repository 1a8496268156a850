// An evaluator's sheet as the form sends it: a score and a comment for every criterion; what the
// form finds missing or off the scale is what the server refuses, named the same way.
import { describe, expect, it } from 'vitest';
import { scoreApplication } from '$lib/selection/scoring';
import { ownSheet, scoreRows, sheetBody, sheetGaps } from '$lib/selection/sheet-form';
import { aCall, anApplication, aSheet, refusal } from './call-2017';

const call = aCall('scoring');
const declared = { ...aSheet('a1', 'eva', [0, 0, 0]), scores: {}, submittedAt: null };
const context = {
	call,
	application: { ...anApplication('a1'), state: 'eligible' as const },
	assigned: ['eva'],
	evaluatorId: 'eva',
	sheet: declared
};
// The API takes scores as a list; the domain keys them by criterion, as the service turns them.
const asDomain = (body: ReturnType<typeof sheetBody>) => ({
	scores: Object.fromEntries(
		body.scores.map(({ criterionId, score, comment }) => [criterionId, { score, comment }])
	)
});

describe('the sheet form', () => {
	it('has a blank row per criterion', () => {
		expect(scoreRows(call.criteria).map((row) => row.criterionId)).toEqual([
			'potential',
			'cooperation',
			'coordinator'
		]);
	});

	it('sends a complete sheet the server takes', () => {
		const rows = [
			{ criterionId: 'potential', score: '8', comment: 'Exports already' },
			{ criterionId: 'cooperation', score: ' 3 ', comment: 'A shared laboratory' },
			{ criterionId: 'coordinator', score: '0', comment: 'No one named' }
		];
		expect(sheetGaps(rows, call.criteria)).toEqual([]);
		const body = sheetBody(rows);
		expect(body).toMatchObject({ conflict: false, scores: [{ score: 8 }, { score: 3 }, { score: 0 }] });
		const sheet = scoreApplication(context, asDomain(body), Date.parse('2017-07-10T00:00:00Z'));
		expect(sheet.scores.cooperation).toEqual({ score: 3, comment: 'A shared laboratory' });
	});

	it('finds every score missing or off its scale and every comment missing, as the server would', () => {
		const rows = [
			{ criterionId: 'potential', score: '11', comment: 'Good' },
			{ criterionId: 'cooperation', score: '2,5', comment: '' },
			{ criterionId: 'coordinator', score: '', comment: 'None' }
		];
		const gaps = sheetGaps(rows, call.criteria);
		expect(gaps).toEqual([
			{ field: 'scores.potential.score', code: 'invalid_value' },
			{ field: 'scores.cooperation.score', code: 'invalid_value' },
			{ field: 'scores.cooperation.comment', code: 'required' },
			{ field: 'scores.coordinator.score', code: 'required' }
		]);
		expect(sheetBody(rows).scores[1]!.score).toBe('2,5');
		expect(refusal(() => scoreApplication(context, asDomain(sheetBody(rows)), 0))).toEqual([
			400,
			gaps[0]!.code,
			gaps[0]!.field
		]);
	});

	it('finds the reader’s own sheet among those they may read', () => {
		const sheets = [aSheet('a1', 'ivan', [1, 1, 1]), aSheet('a1', 'eva', [2, 2, 2])];
		expect(ownSheet(sheets, 'eva')?.scores.potential?.score).toBe(2);
		expect(ownSheet(sheets, 'marat')).toBeNull();
	});
});
