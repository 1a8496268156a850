// The audit log page: admins and reviewers read it, others are refused; its filters are the query
// string, so a filtered view is a link, and it pages back 50 entries at a time.
import { describe, expect, it } from 'vitest';
import { audit } from '../../../src/lib/server/audit';
import { FLOUR, transferServer } from './fixture';

/** The raw actions of the page's rows, in order. */
function actions(html: string): string[] {
	const table = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
	return [...table.matchAll(/<code[^>]*>([a-z_]+\.[a-z_]+)<\/code>/g)].map((match) => match[1]!);
}

/** The path of the next older page, if the page links one (hrefs are relative to /audit). */
function olderLink(html: string): string | null {
	const href = /<a href="([^"]+)" rel="next"/.exec(html)?.[1];
	if (!href) return null;
	const url = new URL(href.replaceAll('&amp;', '&'), 'http://host/audit');
	return url.pathname + url.search;
}

/** The links of the page header's main navigation. */
function headerLinks(html: string): string {
	return /<nav aria-label="Main">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
}

describe('the audit log page', () => {
	const s = transferServer();

	it('is for admins and reviewers', async () => {
		expect((await s.get('/audit', 'demo-admin')).status).toBe(200);
		expect((await s.get('/audit', 'demo-reviewer')).status).toBe(200);
		expect((await s.get('/audit', 'demo-member')).status).toBe(403);
		expect((await s.get('/audit', 'demo-facilitator')).status).toBe(403);
		const signedOut = await s.get('/audit', null);
		expect(signedOut.status).toBe(303);
		expect(signedOut.headers.get('location')).toMatch(/^\/login\?redirectTo=%2Faudit/);
	});

	it('shows who did what, newest first, and links to the audit log in the header', async () => {
		const page = await s.get('/audit', 'demo-reviewer');
		expect(headerLinks(page.text)).toMatch(/href="[^"]*audit">Audit log</);
		expect(headerLinks((await s.get('/', 'demo-member')).text)).not.toContain('audit');
		const shown = actions(page.text);
		expect(shown[0]).toBe('version.save');
		expect(page.text).toContain('Juan Facilitator (Infyde)');
		expect(page.text).toContain('Changes requested on a version');
		expect(new Set(shown).size).toBeGreaterThan(1);
	});

	it('narrows the rows to one action, cluster and person', async () => {
		const page = await s.get(`/audit?action=version.request_changes&cluster=${FLOUR}`, 'demo-admin');
		expect(actions(page.text)).toEqual(['version.request_changes']);
		expect(page.text).toContain('Name the funding sources');
		const submits = await s.get(`/audit?action=version.submit&cluster=${FLOUR}`, 'demo-admin');
		expect(actions(submits.text)).toEqual(['version.submit']);
		const elsewhere = await s.get('/audit?action=version.submit&cluster=milk-akmola', 'demo-admin');
		expect(actions(elsewhere.text)).toEqual([]);
		const reviewerId = (await s.actor('demo-reviewer')).id;
		const byReviewer = await s.get(`/audit?person=${reviewerId}`, 'demo-admin');
		// The reviewer's decisions only: none of the facilitator's saves and submissions.
		const theirs = actions(byReviewer.text);
		expect(theirs).toContain('version.request_changes');
		expect(theirs).not.toContain('version.submit');
		expect(theirs).not.toContain('version.save');
	});

	it('narrows the rows to a range of days', async () => {
		const all = actions((await s.get('/audit', 'demo-admin')).text);
		expect(actions((await s.get('/audit?to=2000-01-01', 'demo-admin')).text)).toEqual([]);
		expect(actions((await s.get('/audit?from=2000-01-01', 'demo-admin')).text)).toEqual(all);
	});

	it('pages back 50 entries at a time without repeating one', async () => {
		// A busy year of member changes, written before everything the demo did.
		const admin = await s.actor('demo-admin');
		const start = Date.now() - 365 * 24 * 3600 * 1000;
		for (let i = 0; i < 120; i++)
			await audit(
				s.db,
				{ userId: admin.id, action: 'member.role', clusterId: FLOUR, detail: { role: 'member' } },
				start + i
			);
		const first = await s.get('/audit', 'demo-admin');
		const total = Number(/data-testid="audit-found">[^<]*?(\d+)/.exec(first.text)?.[1]);
		expect(total).toBeGreaterThan(0);
		let seen = actions(first.text).length;
		let link = olderLink(first.text);
		expect(seen).toBe(Math.min(total, 50));
		while (link) {
			const next = await s.get(link, 'demo-admin');
			expect(next.status).toBe(200);
			seen += actions(next.text).length;
			link = olderLink(next.text);
		}
		expect(seen).toBe(total);
		expect(total).toBeGreaterThan(120);
	});
});
