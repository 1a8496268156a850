// scratch: main-thread CPU to mount the projects table (timeline -> table), 500 projects
import { startServer } from '/work/main/test/integration/collab/harness';
import { launchBrowser, signedInContext } from '/work/main/test/bench/map-browser';
import { pagesFixture } from '/work/main/test/bench/pages-fixture';

const { fixture, planId, plan } = await pagesFixture();
const server = await startServer(fixture.dbPath, { CLUSTERPLAN_BUILD: process.env.CLUSTERPLAN_BUILD! });
const browser = await launchBrowser();
try {
	const context = await signedInContext(browser, server.origin, fixture.login(fixture.users.member));
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	const cpu = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value * 1000);
	await page.goto(`${server.origin}/c/alpha/p/${planId}/projects`);
	await page.waitForFunction((n) => document.querySelectorAll('tr[data-project]').length >= n, plan.projects.length, { timeout: 120000 });
	await page.waitForTimeout(1500);
	const mounts: number[] = [];
	const sorts: number[] = [];
	for (let i = 0; i < 6; i++) {
		await page.getByRole('button', { name: 'Timeline' }).click();
		await page.waitForTimeout(300);
		const a = await cpu();
		await page.evaluate(async () => {
			[...document.querySelectorAll('button')].find((b) => b.textContent === 'Table')!.click();
			await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
			void document.body.offsetHeight;
		});
		mounts.push(Math.round((await cpu()) - a));
		const b = await cpu();
		await page.evaluate(async () => {
			document.querySelector<HTMLButtonElement>('button[data-sort="budget"]')!.click();
			await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
			void document.body.offsetHeight;
		});
		sorts.push(Math.round((await cpu()) - b));
	}
	console.log('mount cpu', mounts.sort((x, y) => x - y), 'sort cpu', sorts.sort((x, y) => x - y));
} finally {
	await browser.close();
	await server.stop();
	fixture.dispose();
}
