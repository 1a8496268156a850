// The form actions' one responder: a refusal becomes `fail(status, {...what the form keeps, error,
// code, field?, rows?})`, the JSON API's shape with `error` worded for the person in their language.
// Anything that is not a refusal is a real failure and goes on up.
import { fail } from '@sveltejs/kit';
import { isRefusal } from '../../refusal';
import { refusalText, type Topic } from '../../refusal-text';

/**
 * The form's answer to `caught`; `kept` is what the page needs back (what was typed, which form).
 * The refusal's field, when it names one, wins over a field in `kept`.
 */
export function refusedForm<Kept extends object = object>(caught: unknown, topic: Topic, kept?: Kept) {
	if (!isRefusal(caught)) throw caught;
	return fail(caught.status, { ...(kept as Kept), ...caught.body, error: refusalText(caught, topic) });
}
