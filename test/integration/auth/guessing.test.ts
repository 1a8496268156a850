// Password guessing against the real server: guesses sent at once all count before any is
// checked, and strangers' made-up usernames do not lock a real account out of a shared address.
import { describe, expect, it } from 'vitest';
import { like } from 'drizzle-orm';
import { collabSuite } from '../collab/suite';
import { PASSWORD, postForm, signIn, type Answer } from './login-form';

describe('guessing passwords at the login form', () => {
	const suite = collabSuite();
	const statuses = (answers: Answer[], status: number) => answers.filter((a) => a.status === status).length;

	it('checks at most 10 of 60 wrong passwords sent at once, and then refuses the right one', async () => {
		const server = suite.server;
		const wrong = Array.from({ length: 60 }, (_, i) => signIn(server, 'member', `wrong guess ${i}`));
		// The right one goes as soon as the server refuses a guess, so it cannot be among the first ten.
		const refusing = new Promise<void>((resolve) => {
			for (const answer of wrong) void answer.then((a) => a.status === 429 && resolve());
		});
		await Promise.race([refusing, Promise.all(wrong)]);
		const right = await signIn(server, 'member', PASSWORD);
		const answers = await Promise.all(wrong);

		expect(statuses(answers, 400)).toBe(10);
		expect(statuses(answers, 429)).toBe(50);
		expect(right.status).toBe(429);
		expect(right.session).toBe(false);
		expect(right.html).toContain('Too many failed attempts. Try again in 5 min.');

		// The wait is told in the reader's language; other accounts and pages go on working.
		const russian = await postForm(server, { username: 'member', password: PASSWORD }, { language: 'ru' });
		expect(russian.status).toBe(429);
		expect(russian.html).toContain('Слишком много неудачных попыток. Повторите через 5 мин.');
		expect(await signIn(server, 'member2', PASSWORD)).toMatchObject({
			status: 303,
			location: '/',
			session: true
		});
		expect((await fetch(`${server.origin}/login`)).status).toBe(200);
	});

	it('lets a real account in from an address where strangers failed with made-up usernames', async () => {
		const guesses = await Promise.all(
			Array.from({ length: 30 }, (_, i) => signIn(suite.server, `made-up-${i}`, 'a guess'))
		);
		expect(statuses(guesses, 400)).toBe(30);
		expect(await signIn(suite.server, 'coordinator', PASSWORD)).toMatchObject({
			status: 303,
			location: '/',
			session: true
		});
	});

	it('counts the address a proxy forwards, when ADDRESS_HEADER names its header', async () => {
		const proxied = await suite.start({ ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' });
		// The client's own X-Forwarded-For comes first; the proxy appends the address it saw.
		const answer = await postForm(
			proxied,
			{ username: 'behind-a-proxy', password: 'a guess' },
			{ forwardedFor: '10.66.6.6, 203.0.113.9' }
		);
		expect(answer.status).toBe(400);
		const { db } = suite.fixture;
		const { loginFailures } = db.tables;
		const keys = await db
			.select({ key: loginFailures.key })
			.from(loginFailures)
			.where(like(loginFailures.key, 'ip:%'));
		expect(keys.map((row) => row.key)).toContain('ip:203.0.113.9');
		expect(keys.map((row) => row.key)).not.toContain('ip:10.66.6.6');
	});
});
