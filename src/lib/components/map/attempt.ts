// Runs a plan operation from a form control. A refused operation (empty name, an item a peer has
// just removed) is answered with its error code for the form to explain; anything else is a bug.
import { isPlanError, type PlanErrorCode } from '$lib/plan';

export function attempt(change: () => void): PlanErrorCode | null {
	try {
		change();
		return null;
	} catch (error) {
		if (!isPlanError(error)) throw error;
		return error.code;
	}
}
