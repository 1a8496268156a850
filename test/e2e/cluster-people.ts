// People a spec makes for itself in a cluster (so it changes no demo account's clusters), and a live
// change to a plan made as any account, for cleaning up a plan the demo facilitator does not hold.
import { expect, type Browser, type Page } from '@playwright/test';
import * as Y from 'yjs';
import type { ClusterRole } from '../../src/lib/server/db/schema';
import { login, newAccount } from './login';
import { changePlan } from './map';

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

/**
 * Signs `username` in, runs `cleanup(page)` (requests with their session), then `change` on the live
 * plan in one transaction, and waits until `stored` says the server has it.
 */
export function tidyPlanAs(
	browser: Browser,
	username: string,
	plan: string,
	cleanup: (page: Page) => Promise<void>,
	change: (doc: Y.Doc) => void,
	stored: (page: Page) => Promise<boolean>
): Promise<void> {
	return changePlan(browser, plan, change, stored, { as: username, before: cleanup });
}
