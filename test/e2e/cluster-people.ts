// People a spec makes for itself in a cluster (so it changes no demo account's clusters), and a live
// change to a plan made as any account, for cleaning up a plan the demo facilitator does not hold.
import { expect, type Browser, type Page } from '@playwright/test';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { ClusterRole } from '../../src/lib/server/db/schema';
import { login, newAccount } from './login';

/** A new account that the admin adds to `cluster` with `role` through the cluster page; its username. */
export async function newClusterMember(
	browser: Browser,
	cluster: string,
	displayName: string,
	role: ClusterRole
): Promise<string> {
	const username = await newAccount(browser, displayName);
	const context = await browser.newContext();
	const admin = await context.newPage();
	await login(admin, 'demo-admin');
	await admin.goto(`/c/${cluster}`);
	const add = admin.locator('form[action="?/addMember"]');
	await add.getByLabel('Username').fill(username);
	await add.getByLabel('Role').selectOption(role);
	await add.getByRole('button', { name: 'Add member' }).click();
	await expect(admin.getByRole('row', { name: new RegExp(displayName) })).toBeVisible();
	await context.close();
	return username;
}

/** A `ws` client class that presents `page`'s session cookie and origin, as the browser does. */
async function socketAs(page: Page) {
	const origin = new URL(page.url()).origin;
	const cookies = await page.context().cookies(origin);
	const headers = { origin, cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') };
	return class extends WebSocket {
		constructor(url: string, protocols?: string | string[]) {
			super(url, protocols, { headers });
		}
	};
}

/**
 * Signs `username` in, runs `cleanup(page)` (requests with their session), then `change` on the live
 * plan in one transaction, and waits until `stored` says the server has it.
 */
export async function tidyPlanAs(
	browser: Browser,
	username: string,
	plan: string,
	cleanup: (page: Page) => Promise<void>,
	change: (doc: Y.Doc) => void,
	stored: (page: Page) => Promise<boolean>
): Promise<void> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const doc = new Y.Doc();
	let provider: WebsocketProvider | undefined;
	try {
		await login(page, username);
		await cleanup(page);
		const origin = new URL(page.url()).origin;
		provider = new WebsocketProvider(`${origin.replace(/^http/, 'ws')}/collab`, plan, doc, {
			WebSocketPolyfill: (await socketAs(page)) as unknown as typeof globalThis.WebSocket,
			disableBc: true
		});
		const live = provider;
		await expect.poll(() => live.synced, { message: 'the cleanup client syncs' }).toBe(true);
		doc.transact(() => change(doc));
		await expect.poll(() => stored(page), { message: 'the server stores the cleanup' }).toBe(true);
	} finally {
		provider?.destroy();
		doc.destroy();
		await context.close();
	}
}
