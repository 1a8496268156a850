// What a refused cluster import means, in the reader's language, from the code the server answers.
import { m } from '$lib/paraglide/messages';

const messages: Record<string, () => string> = {
	forbidden: m.transfer_error_forbidden,
	no_file: m.transfer_error_no_file,
	file_too_large: m.transfer_error_file_too_large,
	not_json: m.transfer_error_not_json,
	wrong_format: m.transfer_error_wrong_format,
	unsupported_version: m.transfer_error_unsupported_version,
	missing_field: m.transfer_error_missing_field,
	invalid_field: m.transfer_error_invalid_field,
	bad_base64: m.transfer_error_bad_base64,
	bad_document: m.transfer_error_bad_document,
	invalid_document: m.transfer_error_invalid_document,
	invalid_period: m.transfer_error_invalid_period,
	unknown_indicator: m.transfer_error_unknown_indicator,
	computed_indicator: m.transfer_error_computed_indicator,
	illegal_step: m.transfer_error_illegal_step,
	too_many: m.transfer_error_too_many,
	invalid_id: m.transfer_error_invalid_id,
	invalid_name: m.transfer_error_invalid_name,
	cluster_exists: m.transfer_error_cluster_exists,
	not_found: m.transfer_error_not_found
};

/** The message for a refusal's code; a code this page does not know falls back to the status. */
export function transferErrorMessage(code: unknown, status: number): string {
	const message = typeof code === 'string' ? messages[code] : undefined;
	return message ? message() : m.transfer_error_failed({ status });
}
