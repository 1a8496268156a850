// Where to send the browser after signing in or choosing a language: a path on this site only,
// since the target comes from a link or a form that anyone can craft.

const BASE = 'http://app.invalid';
// Browsers drop tabs and newlines from an address (`/\t/evil.example` becomes `//evil.example`) and
// a header may not carry control characters at all: an address holding one is refused, not cleaned.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// One slash and then not a second one nor a backslash, which browsers read as a slash: `//host`
// and `/\host` name another site.
const SINGLE_SLASH = /^\/(?![/\\])/;

/**
 * A path on this site to go to (`/c/flour?tab=1#x`), normalised and percent-encoded by the URL
 * parser so it is always a valid `Location` header; for anything else (another origin, `//host`,
 * `/\host`, control characters, not a string) `fallback`. Never throws.
 */
export function safeRedirect(target: unknown, fallback = '/'): string {
	if (typeof target !== 'string' || !SINGLE_SLASH.test(target) || CONTROL.test(target)) return fallback;
	let url: URL;
	try {
		url = new URL(target, BASE);
	} catch {
		return fallback;
	}
	const path = url.pathname + url.search + url.hash;
	// Dot segments can fold into a leading `//` (`/..//evil.example`), so the result is checked again.
	return url.origin === BASE && SINGLE_SLASH.test(path) ? path : fallback;
}
