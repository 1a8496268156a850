// The version number an address names (`/versions/<n>`).
import { refusals } from '../../refusal';

/** The version number in an address; anything else is as unknown as a missing version. */
export function versionNumber(param: string): number {
	const number = /^[1-9][0-9]{0,8}$/.test(param) ? Number(param) : NaN;
	if (!Number.isSafeInteger(number)) throw refusals.notFound('Version not found');
	return number;
}
