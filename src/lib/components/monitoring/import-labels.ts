// Why one line of an import cannot be recorded, in the reader's language (a whole file refused is
// worded by `refusalText`).
import { m } from '$lib/paraglide/messages';
import type { PreviewRow } from './import-api';

type RowError = Extract<PreviewRow, { outcome: 'error' }>['error'];

/** Why one line cannot be recorded. */
export function lineProblem(error: RowError): string {
	switch (error.code) {
		case 'not_found':
			return m.sheet_row_unknown_indicator();
		case 'computed_indicator':
			return m.sheet_row_computed();
		case 'invalid_period':
			return error.example ? m.sheet_row_period({ example: error.example }) : m.sheet_row_period_plain();
		case 'invalid_number':
			return m.sheet_row_number();
		case 'period_locked':
			return m.sheet_row_locked();
		case 'duplicate_row':
			return error.line ? m.sheet_row_duplicate({ line: error.line }) : m.sheet_row_duplicate_plain();
		case 'invalid_value':
			return error.field === 'evidence'
				? m.sheet_row_evidence()
				: error.field === 'note'
					? m.sheet_row_note()
					: m.sheet_row_other();
		default:
			return m.sheet_row_other();
	}
}
