// What an import problem means to the person, in their language: a whole file refused, or one line.
import { m } from '$lib/paraglide/messages';
import type { PreviewRow } from './import-api';

/** The message for a refusal of the whole file (or of the request). */
export function fileProblem(code: string): string {
	switch (code) {
		case 'file_too_large':
		case 'too_large':
			return m.sheet_error_too_large();
		case 'file_unpacks_too_large':
			return m.sheet_error_unpacks_too_large();
		case 'too_many_rows':
			return m.sheet_error_too_many_rows();
		case 'too_many_cells':
			return m.sheet_error_too_many_cells();
		case 'values_changed':
			return m.sheet_error_changed();
		case 'file_unreadable':
			return m.sheet_error_unreadable();
		case 'no_header':
			return m.sheet_error_no_header();
		case 'no_rows':
			return m.sheet_error_no_rows();
		case 'no_file':
			return m.sheet_error_no_file();
		case 'forbidden':
			return m.sheet_error_forbidden();
		default:
			return m.sheet_error_failed();
	}
}

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
