// How far scoring has come: for each evaluator, the applications given to them and how many they
// have scored or stepped back from; for each application, its evaluators and how many are in.
import type { Sheet } from '../../selection/scoring';
import type { StoredApplication, StoredCall } from './store';

export type EvaluatorProgress = {
	evaluatorId: string;
	assigned: number;
	submitted: number;
	conflicts: number;
};
export type ApplicationProgress = {
	applicationId: string;
	assigned: number;
	submitted: number;
	conflicts: number;
};
export type Progress = { evaluators: EvaluatorProgress[]; applications: ApplicationProgress[] };

export function progressOf(
	call: Pick<StoredCall, 'evaluators'>,
	applications: readonly Pick<StoredApplication, 'id' | 'state'>[],
	assigned: ReadonlyMap<string, readonly string[]>,
	sheets: readonly Sheet[]
): Progress {
	const sheetOf = (applicationId: string, evaluatorId: string) =>
		sheets.find((sheet) => sheet.applicationId === applicationId && sheet.evaluatorId === evaluatorId);
	const scored = applications.filter((application) => application.state !== 'draft');
	// A conflict takes the evaluator off the application, so it counts where they declared it.
	const pairs = scored.flatMap((application) => {
		const on = new Set(assigned.get(application.id) ?? []);
		for (const sheet of sheets)
			if (sheet.applicationId === application.id && sheet.conflict) on.add(sheet.evaluatorId);
		return [...on].map((evaluatorId) => ({
			applicationId: application.id,
			evaluatorId,
			sheet: sheetOf(application.id, evaluatorId)
		}));
	});
	const tally = (list: typeof pairs) => ({
		assigned: list.filter((pair) => !pair.sheet?.conflict).length,
		submitted: list.filter((pair) => !pair.sheet?.conflict && pair.sheet?.submittedAt).length,
		conflicts: list.filter((pair) => pair.sheet?.conflict).length
	});
	return {
		evaluators: call.evaluators.map((evaluatorId) => ({
			evaluatorId,
			...tally(pairs.filter((pair) => pair.evaluatorId === evaluatorId))
		})),
		applications: scored.map((application) => ({
			applicationId: application.id,
			...tally(pairs.filter((pair) => pair.applicationId === application.id))
		}))
	};
}
