// The catalogue of support measures in the browser: a KIDI reviewer filters it, adds a measure
// from the keyboard alone (a refusal shown beside its field first), and changes it; the page and
// its dialog have no serious or critical accessibility violation. The measure is the spec's own, so
// other specs that read the demo's dozen are not disturbed.
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { login } from './login';

test('a reviewer filters the catalogue, adds a measure by keyboard after a refusal, and changes it', async ({
	page
}) => {
	await login(page, 'demo-reviewer');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Support measures' })
		.click();
	await expect(page.getByRole('heading', { name: 'State support measures' })).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);

	await page.getByLabel('Status').selectOption({ label: 'Proposed' });
	await expect(page.getByTestId('measure-row')).toHaveCount(2);
	await page.getByLabel('Instrument').selectOption({ label: 'Grant' });
	await expect(page.getByTestId('measure-row')).toHaveCount(1);
	await page.getByLabel('Status').selectOption({ label: 'All' });
	await page.getByLabel('Instrument').selectOption({ label: 'All' });

	await page.getByRole('button', { name: 'New measure' }).focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('heading', { name: 'New support measure' })).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
	await dialog.getByRole('textbox', { name: 'Id (optional)' }).fill('e2e-cluster-voucher');
	await dialog.getByRole('group', { name: /^Name/ }).getByLabel('English').fill('Cluster voucher');
	await dialog.getByLabel('Own share, %').fill('150');
	await dialog.getByLabel('Own share, %').press('Enter');
	await expect(dialog.getByText('The own share is a percent from 0 to 100.')).toBeVisible();
	await expect(dialog.getByLabel('Own share, %')).toBeFocused();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('20');
	await page.keyboard.press('Enter');
	await expect(dialog).toBeHidden();

	const row = page.locator('[data-testid="measure-row"][data-id="e2e-cluster-voucher"]');
	await expect(row).toContainText('Cluster voucher');
	await expect(row).toContainText('20%');
	await row.getByRole('button', { name: 'Edit Cluster voucher' }).click();
	await dialog.getByLabel('Status').selectOption({ label: 'In force' });
	await dialog.getByLabel('In force from').fill('2025-01-01');
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(dialog).toBeHidden();
	await expect(row).toContainText('In force');
	await expect(row).toContainText('from Jan 1, 2025');
});

test('a member reads the catalogue and is offered no change', async ({ page }) => {
	await login(page, 'demo-member');
	await page.goto('/measures');
	await expect(page.getByTestId('measure-row').first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'New measure' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: /^Edit / })).toHaveCount(0);
});
