// The map bench: a generated 500-node / 800-edge plan served by the production server process and
// driven by headless Chromium. Time to interactive, frame times while one editor drags and another
// watches, and how much the stored document grows from 10,000 pointer moves.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { startServer } from '../integration/collab/harness';
import { launchBrowser, openMap, signedInContext } from './map-browser';
import { mapFixture, storedDocumentBytes } from './map-fixture';
import { timeToInteractive } from './map-load';
import { dragFrames } from './map-frames';
import { dragMany, growthIfEveryMoveWritten } from './map-growth';

const ttiRuns = 5;
// 10,000 pointer moves in all. Each drag costs the page seconds on a busy 2-core machine (see the
// README), so fewer, longer drags keep the bench within minutes; the growth is per drop anyway.
const drags = 20;
const movesPerDrag = 500;

export async function editors(browser: Browser, origin: string, planId: string, tokens: string[]) {
	return Promise.all(
		tokens.map(async (token) => {
			const context = await signedInContext(browser, origin, token);
			const page = await context.newPage();
			await openMap(page, origin, planId);
			return { context, page };
		})
	);
}

/** Runs the map bench and returns its measurements. */
export async function measureMap() {
	const started = Date.now();
	const progress = (what: string) =>
		console.error(`bench: map, ${what} (at ${((Date.now() - started) / 1000).toFixed(0)} s)`);
	const build = process.env.CLUSTERPLAN_BUILD || 'build';
	if (!existsSync(resolve(build, 'handler.js'))) throw new Error(`bench: no app in ${build}/; npm run build`);
	const fixture = await mapFixture(2);
	const [framesPlan, growthPlan] = fixture.plans as [string, string];
	const sizeBefore = await storedDocumentBytes(fixture.db, growthPlan);
	const written = await growthIfEveryMoveWritten(fixture.db, growthPlan, drags, movesPerDrag);
	const server = await startServer(fixture.env, { CLUSTERPLAN_BUILD: build });
	const browser = await launchBrowser();
	const token = () => fixture.login(fixture.users.member);
	try {
		progress('time to interactive');
		const tti = await timeToInteractive(browser, server.origin, framesPlan, await token(), ttiRuns);

		progress('frames while dragging');
		const [a, b] = await editors(browser, server.origin, framesPlan, [
			await token(),
			await fixture.login(fixture.users.member2)
		]);
		const frames = await dragFrames(a!, b!);
		await Promise.all([a!.context.close(), b!.context.close()]);

		progress(`${drags} drags × ${movesPerDrag} moves`);
		const [mover] = await editors(browser, server.origin, growthPlan, [await token()]);
		const dragStart = Date.now();
		await dragMany(mover!, drags, movesPerDrag);
		const dragSeconds = (Date.now() - dragStart) / 1000;
		await mover!.context.close();
		await browser.close();
		await server.stop();
		progress('done');
		const sizeAfter = await storedDocumentBytes(fixture.db, growthPlan);

		return {
			tti,
			frames,
			drags,
			movesPerDrag,
			dragSeconds,
			stored: { before: sizeBefore, after: sizeAfter },
			written
		};
	} finally {
		await browser.close();
		await server.stop();
		await fixture.dispose();
	}
}
