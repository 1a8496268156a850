// What the version endpoints share: the version number an address names, and a JSON body.
import { error } from '@sveltejs/kit';

/** The version number in an address; anything else is as unknown as a missing version. */
export function versionNumber(param: string): number {
	const number = /^[1-9][0-9]{0,8}$/.test(param) ? Number(param) : NaN;
	if (!Number.isSafeInteger(number)) error(404, 'Version not found');
	return number;
}

/** The request's JSON object body, or null when it is not one; an empty body reads as `empty`. */
export async function objectBody(
	request: Request,
	empty: Record<string, unknown> | null = null
): Promise<Record<string, unknown> | null> {
	const text = await request.text().catch(() => '');
	if (!text.trim()) return empty;
	try {
		const body: unknown = JSON.parse(text);
		return typeof body === 'object' && body !== null && !Array.isArray(body)
			? (body as Record<string, unknown>)
			: null;
	} catch {
		return null;
	}
}
