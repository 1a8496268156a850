import { expect, test } from '@playwright/test';
import { openMap } from './map';

test('a node one member adds appears live for another, survives a reload, and is undone by its author', async ({
	browser
}) => {
	const a = await openMap(browser, 'demo-member');
	const b = await openMap(browser, 'demo-facilitator');
	const name = `Kostanay test mill ${Date.now().toString(36)}`;

	await a.page.getByLabel('Name of the firm or institution').fill(name);
	await a.page.getByRole('button', { name: 'Add to map' }).click();
	await expect(b.page.locator('.svelte-flow__node', { hasText: name })).toHaveCount(1);

	await b.page.reload();
	await expect(b.page.locator('.svelte-flow__node', { hasText: name })).toHaveCount(1);

	await a.page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(b.page.locator('.svelte-flow__node', { hasText: name })).toHaveCount(0);
	await a.context.close();
	await b.context.close();
});

test('a reviewer sees the map live but has no controls to change it', async ({ browser }) => {
	const reviewer = await openMap(browser, 'demo-reviewer');
	await expect(reviewer.page.getByText('You see the map live; your role does not change it.')).toBeVisible();
	await expect(reviewer.page.getByRole('button', { name: 'Add to map' })).toHaveCount(0);

	const member = await openMap(browser, 'demo-member');
	const name = `Seen by the reviewer ${Date.now().toString(36)}`;
	await member.page.getByLabel('Name of the firm or institution').fill(name);
	await member.page.getByRole('button', { name: 'Add to map' }).click();
	await expect(reviewer.page.locator('.svelte-flow__node', { hasText: name })).toHaveCount(1);
	await member.page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(reviewer.page.locator('.svelte-flow__node', { hasText: name })).toHaveCount(0);
	await reviewer.context.close();
	await member.context.close();
});
