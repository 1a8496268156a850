// An evaluator's sheet as they fill it in: a score from 0 to the criterion's scale and a comment
// for every criterion. Gaps are found here before sending, all at once, named as the server names
// them (`scores.<criterionId>.score`); what is typed is sent as typed for the server to judge.
import type { Criterion } from './call';
import type { Sheet } from './scoring';

export type ScoreRow = { criterionId: string; score: string; comment: string };

/** What POST …/scores takes to submit a sheet. */
export type SheetBody = {
	conflict: false;
	scores: { criterionId: string; score: number | string | null; comment: string }[];
};

/** A row per criterion of the call, blank. */
export function scoreRows(criteria: readonly Pick<Criterion, 'id'>[]): ScoreRow[] {
	return criteria.map(({ id }) => ({ criterionId: id, score: '', comment: '' }));
}

function typedScore(typed: string): number | string | null {
	const trimmed = typed.trim();
	if (trimmed === '') return null;
	const number = Number(trimmed);
	return Number.isFinite(number) ? number : trimmed;
}

export function sheetBody(rows: readonly ScoreRow[]): SheetBody {
	return {
		conflict: false,
		scores: rows.map((row) => ({
			criterionId: row.criterionId,
			score: typedScore(row.score),
			comment: row.comment
		}))
	};
}

export type SheetGap = { field: string; code: 'required' | 'invalid_value' };

/** Every score missing or off its scale, and every comment missing. */
export function sheetGaps(
	rows: readonly ScoreRow[],
	criteria: readonly Pick<Criterion, 'id' | 'scale'>[]
): SheetGap[] {
	return rows.flatMap((row) => {
		const scale = criteria.find((criterion) => criterion.id === row.criterionId)?.scale ?? 0;
		const score = typedScore(row.score);
		const gaps: SheetGap[] = [];
		const at = `scores.${row.criterionId}`;
		if (score === null) gaps.push({ field: `${at}.score`, code: 'required' });
		else if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > scale) {
			gaps.push({ field: `${at}.score`, code: 'invalid_value' });
		}
		if (row.comment.trim() === '') gaps.push({ field: `${at}.comment`, code: 'required' });
		return gaps;
	});
}

/** The sheet of `evaluatorId` among `sheets`, if they have declared. */
export function ownSheet(sheets: readonly Sheet[], evaluatorId: string): Sheet | null {
	return sheets.find((sheet) => sheet.evaluatorId === evaluatorId) ?? null;
}
