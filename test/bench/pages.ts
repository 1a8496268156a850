// The pages bench: the generated plan (10 lines, 60 objectives, 300 actions, 500 projects,
// in three languages) served by the production server process and driven by headless Chromium. Time
// to interactive of the strategy and projects pages, and keystroke to peer on the strategy page.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { startServer } from '../integration/collab/harness';
import type { PlanData } from '../../src/lib/plan';
import { launchBrowser, signedInContext } from './map-browser';
import { actionsOf, pagesFixture } from './pages-fixture';
import { openPage, timeToInteractive, type PageLoad } from './pages-load';
import { descriptionTyping, titleRenames } from './pages-typing';

const ttiRuns = 5;

export function strategyLoad(planId: string, plan: PlanData): PageLoad {
	const actions = actionsOf(plan);
	const rows = plan.strategy.lines.length + plan.strategy.lines.flatMap((l) => l.objectives).length;
	const first = actions[0]!.id;
	return {
		url: `/c/alpha/p/${planId}/strategy`,
		rows: { selector: '[id^="handle-"]', count: rows + actions.length },
		click: {
			target: `[aria-controls="details-${first}"]`,
			answered: `document.getElementById('details-${first}') !== null`
		}
	};
}

export function projectsLoad(planId: string, plan: PlanData): PageLoad {
	const cheapest = [...plan.projects].sort((a, b) => a.budget - b.budget)[0]!.id;
	if (cheapest === plan.projects[0]!.id) throw new Error('bench: sorting by budget would change nothing');
	return {
		url: `/c/alpha/p/${planId}/projects`,
		rows: { selector: 'tr[data-project]', count: plan.projects.length },
		click: {
			target: 'button[data-sort="budget"]',
			answered: `document.querySelector('tr[data-project]')?.dataset.project === '${cheapest}'`
		}
	};
}

async function editors(browser: Browser, origin: string, load: PageLoad, tokens: string[]) {
	return Promise.all(
		tokens.map(async (token) => {
			const context = await signedInContext(browser, origin, token);
			const page = await context.newPage();
			await openPage(context, page, origin, load);
			return { context, page };
		})
	);
}

/** Runs the pages bench and returns its measurements. */
export async function measurePages() {
	const started = Date.now();
	const progress = (what: string) =>
		console.error(`bench: pages, ${what} (at ${((Date.now() - started) / 1000).toFixed(0)} s)`);
	const build = process.env.CLUSTERPLAN_BUILD || 'build';
	if (!existsSync(resolve(build, 'handler.js'))) throw new Error(`bench: no app in ${build}/; npm run build`);
	const { fixture, planId, plan, bytes } = await pagesFixture();
	const server = await startServer(fixture.env, { CLUSTERPLAN_BUILD: build });
	const browser = await launchBrowser();
	const token = () => fixture.login(fixture.users.member);
	try {
		const strategy = strategyLoad(planId, plan);
		progress('strategy, time to interactive');
		const strategyTti = await timeToInteractive(browser, server.origin, await token(), strategy, ttiRuns);
		progress('projects, time to interactive');
		const projects = projectsLoad(planId, plan);
		const projectsTti = await timeToInteractive(browser, server.origin, await token(), projects, ttiRuns);

		progress('keystroke to peer');
		const [a, b] = await editors(browser, server.origin, strategy, [
			await token(),
			await fixture.login(fixture.users.member2)
		]);
		// Actions in the middle of the outline, written in the readers' language (English).
		const written = actionsOf(plan).filter((action) => action.title.en && action.description.en);
		const typing = await descriptionTyping(a!, b!, written[Math.floor(written.length / 2)]!.id);
		progress('title to peer');
		const titles = await titleRenames(a!, b!, written[Math.floor(written.length / 2) + 1]!.id);
		await Promise.all([a!.context.close(), b!.context.close()]);
		progress('done');
		return {
			plan: { bytes, lines: plan.strategy.lines.length, projects: plan.projects.length },
			strategy: strategyTti,
			projects: projectsTti,
			typing,
			titles
		};
	} finally {
		await browser.close();
		await server.stop();
		await fixture.dispose();
	}
}
