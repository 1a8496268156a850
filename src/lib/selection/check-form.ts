// The formal check as KIDI fills it in: a verdict on each requirement of the call, in its order,
// with the reason a requirement is not met. Gaps are found here before sending, all at once; the
// server checks the same again and names its fields the same way (`requirements.<i>.reason`).
import type { FormalCheck } from './check';

export type VerdictRow = {
	id: string;
	/** '' until the person chooses: a verdict is never assumed. */
	met: 'yes' | 'no' | '';
	reason: string;
};

/** What POST …/check takes. */
export type CheckBody = { requirements: { id: string; met: boolean | null; reason: string }[] };

/** A row per requirement of the call, from an earlier check where there is one. */
export function verdictRows(
	requirements: readonly { id: string }[],
	check: FormalCheck | null = null
): VerdictRow[] {
	return requirements.map(({ id }) => {
		const earlier = check?.requirements.find((verdict) => verdict.id === id);
		return earlier
			? { id, met: earlier.met ? 'yes' : 'no', reason: earlier.reason }
			: { id, met: '', reason: '' };
	});
}

export function checkBody(rows: readonly VerdictRow[]): CheckBody {
	return {
		requirements: rows.map((row) => ({
			id: row.id,
			met: row.met === '' ? null : row.met === 'yes',
			reason: row.reason
		}))
	};
}

/** Every verdict not given and every unmet requirement without a reason, as the server names them. */
export function verdictGaps(rows: readonly VerdictRow[]): { field: string; code: 'required' }[] {
	return rows.flatMap((row, i) => {
		if (row.met === '') return [{ field: `requirements.${i}.met`, code: 'required' as const }];
		if (row.met === 'no' && row.reason.trim() === '') {
			return [{ field: `requirements.${i}.reason`, code: 'required' as const }];
		}
		return [];
	});
}
