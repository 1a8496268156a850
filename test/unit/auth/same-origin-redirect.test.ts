// The address a sign-in or a language choice sends the browser on to: always a path on this site
// that is a valid header, whatever a crafted link or form puts in `redirectTo`.
import { validateHeaderValue } from 'node:http';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeRedirect } from '../../../src/lib/safe-redirect';

const ORIGIN = 'http://app.example';
const SEED = 1616;

// The characters redirect attacks are made of, mixed with any other text.
const tricky = fc.constantFrom(
	'/',
	'\\',
	'\t',
	'\n',
	'\r',
	'\0',
	' ',
	':',
	'@',
	'%',
	'%2F',
	'%5C',
	'%0A',
	'..',
	'.',
	'?',
	'#',
	'evil.example',
	'http:',
	'javascript:',
	'Қазақ',
	'ё',
	'\u3000',
	'\uff0f',
	'\u2028',
	'\ud800',
	'\u0085'
);
const anyText = fc.string({ unit: 'binary', maxLength: 6 });
const target = fc
	.array(fc.oneof(tricky, anyText), { maxLength: 12 })
	.chain((parts) => fc.boolean().map((leading) => (leading ? '/' : '') + parts.join('')));

/** Where a browser goes with `location` from this site: it drops tabs and newlines first. */
function resolved(location: string): URL {
	return new URL(location.replace(/[\t\n\r]/g, ''), ORIGIN);
}

describe('the address after signing in', () => {
	it('always stays on this site, is a valid header, and is kept as it is when given back', () => {
		fc.assert(
			fc.property(target, (input) => {
				const location = safeRedirect(input);
				expect(resolved(location).origin).toBe(ORIGIN);
				expect(location).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
				expect(() => validateHeaderValue('location', location)).not.toThrow();
				expect(() => new Headers({ location })).not.toThrow();
				expect(safeRedirect(location)).toBe(location);
			}),
			{ seed: SEED, numRuns: 2000 }
		);
	});

	it('keeps an ordinary path on this site with its query and fragment', () => {
		const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
		fc.assert(
			fc.property(
				fc.array(segment, { minLength: 1, maxLength: 5 }),
				fc.option(segment, { nil: undefined }),
				(segments, query) => {
					const path = `/${segments.join('/')}${query ? `?tab=${query}#${query}` : ''}`;
					expect(safeRedirect(path)).toBe(path);
				}
			),
			{ seed: SEED }
		);
	});

	it.each([
		['a tab that browsers drop, leaving //evil.example', '/\t/evil.example'],
		['a newline that browsers drop', '/\n/evil.example'],
		['a carriage return inside the host', '/\r/evil.example'],
		['two slashes', '//evil.example'],
		['a slash and a backslash', '/\\evil.example'],
		['a full address of another site', 'https://evil.example/'],
		['a scheme', 'javascript:alert(1)'],
		['dot segments that fold into two slashes', '/..//evil.example'],
		['a dot and a backslash that fold into two slashes', '/.\\/evil.example'],
		['a relative path', 'c/flour'],
		['a leading space', ' /c/flour'],
		['nothing', '']
	])('sends %s to the home page', (_what, input) => {
		expect(safeRedirect(input)).toBe('/');
	});

	it('sends anything that is not text to the home page, or to the fallback asked for', () => {
		expect(safeRedirect(null)).toBe('/');
		expect(safeRedirect(undefined)).toBe('/');
		expect(safeRedirect(new File(['/c/flour'], 'x'))).toBe('/');
		expect(safeRedirect(42, '/home')).toBe('/home');
	});

	it('percent-encodes a path in Kazakh or Russian instead of answering with an invalid header', () => {
		expect(safeRedirect('/c/Қазақ?q=ё#й')).toBe('/c/%D2%9A%D0%B0%D0%B7%D0%B0%D2%9B?q=%D1%91#%D0%B9');
	});

	it('keeps encoded slashes as part of the path, where they name no other site', () => {
		expect(safeRedirect('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
		expect(resolved('/%2F%2Fevil.example').origin).toBe(ORIGIN);
	});
});
