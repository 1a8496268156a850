// Where the real server sends the browser after signing in or choosing a language: a path on this
// site whatever `redirectTo` holds, and never a 500.
import { describe, expect, it } from 'vitest';
import { collabSuite } from '../collab/suite';
import { PASSWORD, postForm, signIn } from './login-form';

describe('the redirect after signing in', () => {
	const suite = collabSuite();
	const onThisSite = (location: string | null) => new URL(location ?? 'missing:', suite.server.origin).origin;

	it.each([
		['a tab that a browser would drop into //evil.example', '/\t/evil.example', '/'],
		['two slashes', '//evil.example/', '/'],
		['a slash and a backslash', '/\\evil.example', '/'],
		['another site', 'https://evil.example/', '/'],
		['a path in Kazakh', '/c/Қазақ?q=ё', '/c/%D2%9A%D0%B0%D0%B7%D0%B0%D2%9B?q=%D1%91'],
		['a path on this site', '/c/alpha?tab=map', '/c/alpha?tab=map']
	])('signs in and sends %s to a path on this site', async (_what, redirectTo, expected) => {
		const answer = await signIn(suite.server, 'member', PASSWORD, { redirectTo });
		expect(answer).toMatchObject({ status: 303, location: expected, session: true });
		expect(onThisSite(answer.location)).toBe(suite.server.origin);
	});

	it('sends a signed-in visitor of the login page on to a path on this site', async () => {
		const cookie = `session=${await suite.fixture.login(suite.fixture.users.member)}`;
		for (const [redirectTo, expected] of [
			['/\t/evil.example', '/'],
			['/c/Қазақ', '/c/%D2%9A%D0%B0%D0%B7%D0%B0%D2%9B']
		]) {
			const res = await fetch(`${suite.server.origin}/login?redirectTo=${encodeURIComponent(redirectTo!)}`, {
				headers: { cookie },
				redirect: 'manual'
			});
			expect(res.status).toBe(303);
			expect(res.headers.get('location')).toBe(expected);
		}
	});

	it('sends a language choice back to a path on this site', async () => {
		for (const [redirectTo, expected] of [
			['/\n/evil.example', '/'],
			['/c/Қазақ', '/c/%D2%9A%D0%B0%D0%B7%D0%B0%D2%9B']
		]) {
			const answer = await postForm(
				suite.server,
				{ locale: 'kk', redirectTo: redirectTo! },
				{ path: '/locale' }
			);
			expect(answer).toMatchObject({ status: 303, location: expected });
		}
	});
});
