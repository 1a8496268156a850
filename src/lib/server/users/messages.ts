// Account input errors in the user's language.
import { m } from '$lib/paraglide/messages';
import type { UserInputError } from './index';

const messages: Record<UserInputError['code'], () => string> = {
	username: m.user_error_username,
	username_taken: m.user_error_username_taken,
	password: m.user_error_password,
	display_name: m.user_error_display_name
};

export function userErrorMessage(error: UserInputError): string {
	return messages[error.code]();
}
