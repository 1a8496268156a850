// A refusal of a recording or approval step, with the HTTP status every door answers it with.
import type { PlanErrorCode } from '../../plan';

/** One refused row of a batch (a spreadsheet row, or the single value of a form or API call). */
export type RowError = {
	/** 1-based row of the batch (for a spreadsheet: its line, headers counted). */
	row: number;
	field: string;
	code: PlanErrorCode | 'duplicate_row';
	message: string;
};

export class Refused extends Error {
	constructor(
		readonly status: 400 | 403 | 404 | 409,
		readonly code: string,
		message: string,
		readonly rows: RowError[] = []
	) {
		super(message);
		this.name = 'Refused';
	}
}
