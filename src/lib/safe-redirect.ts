/** A path on this site to return to, so a crafted link cannot send a user elsewhere. */
export function safeRedirect(target: unknown, fallback = '/'): string {
	return typeof target === 'string' &&
		target.startsWith('/') &&
		!target.startsWith('//') &&
		!target.startsWith('/\\')
		? target
		: fallback;
}
