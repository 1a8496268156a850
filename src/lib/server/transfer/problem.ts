// Why a cluster import (or export) was refused: an HTTP status, a code the page translates, and the
// place in the file, so the admin can tell a wrong file from a broken one.

import { Refusal } from '../../refusal';

export type TransferCode =
	| 'forbidden'
	| 'not_found'
	| 'no_file'
	| 'file_too_large'
	| 'not_json'
	| 'wrong_format'
	| 'unsupported_version'
	| 'missing_field'
	| 'invalid_field'
	| 'bad_base64'
	| 'bad_document'
	| 'invalid_document'
	| 'invalid_period'
	| 'unknown_indicator'
	| 'computed_indicator'
	| 'illegal_step'
	| 'too_many'
	| 'invalid_id'
	| 'invalid_name'
	| 'cluster_exists';

/** A refused import or export, naming where in the file (`plans[0].versions[2].state`) when it can. */
export function transferProblem(
	status: 400 | 403 | 404 | 409 | 413,
	code: TransferCode,
	message: string,
	field: string | null = null
): Refusal {
	return new Refusal(status, code, message, { field });
}

/** A file that breaks the format at `field`. */
export function badFile(code: TransferCode, field: string, message: string): Refusal {
	return transferProblem(400, code, `${field}: ${message}`, field);
}
