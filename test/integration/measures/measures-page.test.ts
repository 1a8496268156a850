// The measures page on the real server: every signed-in reader sees the catalogue in their language,
// and only KIDI's admins and reviewers are offered adding and changing measures.
import { describe, expect, it } from 'vitest';
import { demoServer, type DemoUser } from '../versions/demo-server';

const suite = demoServer();

async function page(who: DemoUser | null, locale: 'ru' | 'kk' | 'en') {
	const session = who ? `session=${await suite.token(who)}; ` : '';
	const res = await fetch(`${suite.server.origin}/measures`, {
		headers: { cookie: `${session}PARAGLIDE_LOCALE=${locale}` },
		redirect: 'manual'
	});
	return { status: res.status, location: res.headers.get('location'), html: await res.text() };
}

const rows = (html: string) =>
	[...html.matchAll(/data-testid="measure-row" data-id="([a-z0-9-]+)"/g)].map(([, id]) => id);

describe('the measures page', () => {
	it('shows an applicant the twelve demo measures in English, in force first, with ceilings in tenge', async () => {
		const { status, html } = await page('demo-applicant', 'en');
		expect(status).toBe(200);
		expect(rows(html)).toHaveLength(12);
		expect(rows(html).slice(-2).sort()).toEqual([
			'cluster-infrastructure-cofinancing',
			'cluster-joint-project-grant'
		]);
		expect(html).toContain('Partial loan guarantee');
		expect(html).toContain('₸3,000,000,000');
		expect(html).not.toContain('New measure');
	});

	it('shows a member the measures in Russian and in Kazakh', async () => {
		expect((await page('demo-member', 'ru')).html).toContain('Частичное гарантирование кредитов');
		const kk = await page('demo-member', 'kk');
		expect(kk.html).toContain('Кредиттерге ішінара кепілдік беру');
		expect(kk.html).toContain('Ұсынылған');
	});

	it('offers a KIDI reviewer a new measure and a change of each', async () => {
		const { html } = await page('demo-reviewer', 'en');
		expect(html).toContain('New measure');
		expect(html.match(/aria-label="Edit /g)).toHaveLength(12);
	});

	it('sends anyone signed out to the login page', async () => {
		const { status, location } = await page(null, 'en');
		expect(status).toBe(303);
		expect(location).toMatch(/^\/login\?redirectTo=%2Fmeasures/);
	});
});
