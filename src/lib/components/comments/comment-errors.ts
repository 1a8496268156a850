// What a refused post, edit, deletion or resolve means to the person, in their language.
import { m } from '$lib/paraglide/messages';

/** The message for an error code from the comment endpoints (or `network`). */
export function commentProblem(error: string): string {
	switch (error) {
		case 'required':
			return m.comments_error_required();
		case 'dangling_link':
			return m.comments_error_gone();
		case 'forbidden':
		case 'origin_not_allowed':
			return m.comments_error_forbidden();
		case 'signed_out':
			return m.comments_error_signed_out();
		case 'too_large':
		case 'too_long':
			return m.comments_error_too_large();
		case 'not_author':
			return m.comments_error_not_author();
		case 'deleted':
			return m.comments_error_deleted();
		default:
			return m.comments_error_failed();
	}
}
