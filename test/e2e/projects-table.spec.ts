// The projects page: filters, sorting, grouping and the budget totals for a known dataset (the demo
// plan of the construction cluster, which no spec changes; the expected figures are summed here
// from the demo data itself), and rows added, edited and removed live between two members, with a
// negative budget refused and stored nowhere.
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import * as Y from 'yjs';
import {
	FUNDING_SOURCES,
	snapshot,
	type FundingSource,
	type Project,
	type ProjectStatus
} from '../../src/lib/plan';
import { demoPlans } from '../../src/lib/server/demo/plans';
import { openTab, removeTaggedProjects, storedPlan, uniqueTag, type PlanUser } from './plan-pages';

test.describe.configure({ timeout: 120_000 });

/** A demo plan no spec edits, read by a reviewer, so its figures are what its source says. */
const knownPlan = 'construction-karaganda';
/** A plan both demo-member and demo-facilitator edit; other specs leave its projects alone. */
const livePlan = 'milk-akmola';

const knownProjects: Project[] = (() => {
	const doc = new Y.Doc();
	demoPlans[knownPlan]!(doc);
	const { projects } = snapshot(doc);
	doc.destroy();
	return projects;
})();

// How the page writes tenge in English: "₸1,200,000,000".
const tenge = new Intl.NumberFormat('en', {
	style: 'currency',
	currency: 'KZT',
	currencyDisplay: 'narrowSymbol',
	maximumFractionDigits: 0
}).format;

const fundingNames: Record<FundingSource, string> = {
	state_support: 'State support measure',
	own_funds: 'Own funds',
	donor: 'Donor',
	loan: 'Loan',
	other: 'Other'
};
const statusNames: Record<ProjectStatus, string> = {
	proposed: 'Proposed',
	approved: 'Approved',
	in_progress: 'In progress',
	completed: 'Completed',
	cancelled: 'Cancelled'
};

function sum(projects: Project[]): number {
	return projects.reduce((total, project) => total + project.budget, 0);
}

/** What the projects draw from `source`: a project of several sources counts each line under its own. */
function sumFrom(projects: Project[], source: FundingSource): number {
	return projects.reduce(
		(total, project) =>
			total +
			project.funding.filter((line) => line.source === source).reduce((s, line) => s + line.amount, 0),
		0
	);
}

/** Projects with a line from `source`, as the funding filter keeps them. */
const drawingOn = (source: FundingSource) => (project: Project) =>
	project.funding.some((line) => line.source === source);

function table(page: Page): Locator {
	return page.getByRole('table', { name: 'Projects of the plan' });
}

function rows(page: Page): Locator {
	return table(page).locator('tr[data-project]');
}

/**
 * The page shows exactly `shown` of the known projects: as many rows with their titles, the count
 * and total in the summary and the table's foot, and the amount of each funding source in both.
 */
async function showsTotalsOf(page: Page, shown: Project[]): Promise<void> {
	const titles = shown.map((project) => project.title.en).sort();
	await expect
		.poll(async () =>
			(await rows(page).locator('th[data-col="title"]').allInnerTexts()).map((t) => t.trim()).sort()
		)
		.toEqual(titles);
	await expect(page.getByTestId('projects-count')).toHaveText(
		`Projects shown: ${shown.length} of ${knownProjects.length}; total budget ${tenge(sum(shown))}`
	);
	await expect(page.getByTestId('projects-total')).toContainText(`Total (projects: ${shown.length})`);
	await expect(page.getByTestId('projects-total-budget')).toHaveText(tenge(sum(shown)));
	for (const source of FUNDING_SOURCES) {
		const amount = tenge(sumFrom(shown, source));
		await expect(page.getByTestId(`projects-summary-${source}`)).toHaveText(
			`${fundingNames[source]}: ${amount}`
		);
		await expect(page.getByTestId(`projects-total-${source}`)).toHaveText(amount);
	}
}

test('filters by status and funding source, sorting and grouping show the right rows and totals', async ({
	browser
}) => {
	const reader = await openTab(browser, 'demo-reviewer', 'projects', knownPlan);
	const { page } = reader;
	try {
		const filters = page.getByTestId('projects-filters');
		const status = filters.getByRole('group', { name: 'Status' });
		const funding = filters.getByRole('group', { name: 'Funding source' });
		// The dataset must exercise the filters: several statuses and sources, some rows left out.
		const proposed = knownProjects.filter((p) => p.status === 'proposed');
		const stateSupport = knownProjects.filter(drawingOn('state_support'));
		expect(new Set(proposed.map((p) => p.fundingSource)).size).toBeGreaterThan(1);
		expect(proposed.length).toBeLessThan(knownProjects.length);
		expect(stateSupport.length).toBeLessThan(knownProjects.length);

		await showsTotalsOf(page, knownProjects);

		await status.getByLabel(statusNames.proposed).check();
		await showsTotalsOf(page, proposed);

		await funding.getByLabel(fundingNames.state_support).check();
		await showsTotalsOf(page, proposed.filter(drawingOn('state_support')));

		await status.getByLabel(statusNames.proposed).uncheck();
		await showsTotalsOf(page, stateSupport);

		// Budget sorts ascending, then descending.
		await filters.getByRole('button', { name: 'Clear filters' }).click();
		await showsTotalsOf(page, knownProjects);
		const byBudget = [...knownProjects].sort((a, b) => a.budget - b.budget);
		await table(page).getByRole('button', { name: 'Budget' }).click();
		await expect(rows(page).locator('td[data-col="budget"]')).toHaveText(
			byBudget.map((p) => tenge(p.budget))
		);
		await table(page).getByRole('button', { name: 'Budget' }).click();
		await expect(rows(page).locator('td[data-col="budget"]')).toHaveText(
			byBudget.reverse().map((p) => tenge(p.budget))
		);

		// Grouped by status: one subtotal per status present, each the sum of its rows.
		await filters.getByLabel('Group by').selectOption({ label: 'Status' });
		const statuses = [...new Set(knownProjects.map((p) => p.status))];
		for (const key of statuses) {
			const group = knownProjects.filter((p) => p.status === key);
			const subtotal = table(page).getByTestId(`projects-subtotal-${key}`);
			await expect(subtotal).toContainText(`Subtotal (projects: ${group.length})`);
			await expect(subtotal.getByTestId('projects-subtotal-budget')).toHaveText(tenge(sum(group)));
		}
		await expect(
			table(page).locator('[data-testid^="projects-subtotal-"]:not([data-testid$="budget"])')
		).toHaveCount(statuses.length);
		await showsTotalsOf(page, knownProjects);
	} finally {
		await reader.context.close();
	}
});

let users: PlanUser[] = [];
let tag = '';

async function open(browser: Browser, username: string): Promise<PlanUser> {
	const user = await openTab(browser, username, 'projects', livePlan);
	users.push(user);
	return user;
}

test.afterEach(async ({ browser }) => {
	for (const user of users) await user.context.close();
	users = [];
	if (!tag) return;
	await removeTaggedProjects(browser, livePlan, tag);
	tag = '';
});

/** The row of the project titled `title`. */
function row(page: Page, title: string): Locator {
	return rows(page).filter({ has: page.locator('th[data-col="title"]', { hasText: title }) });
}

/**
 * A cell's text showing `value`: the cell in the Tab order also holds its edit button (✎).
 */
function showing(value: string): RegExp {
	return new RegExp(`^\\s*${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*✎?\\s*$`);
}

/** The cell of column `column` in the row of the project titled `title`. */
function cell(page: Page, title: string, column: string): Locator {
	return row(page, title).locator(`[data-col="${column}"]`);
}

/** Opens a cell's editor from the keyboard: focus the cell, Enter. */
async function editCell(page: Page, title: string, column: string): Promise<Locator> {
	const target = cell(page, title, column);
	await target.focus();
	await page.keyboard.press('Enter');
	const control = target.locator('.cell-editor').locator('input, select').first();
	await expect(control).toBeFocused();
	return control;
}

test('a row added, edited and removed by one member is seen live by another; a negative budget is refused', async ({
	browser
}) => {
	const a = await open(browser, 'demo-member');
	const b = await open(browser, 'demo-facilitator');
	tag = uniqueTag();
	const title = `Shared dairy lab ${tag}`;
	const before = (await storedPlan(a.page, livePlan)).projects.length;

	// A adds a row: its title cell opens for typing at once.
	await a.page.getByRole('button', { name: 'Add a project' }).click();
	const titleField = table(a.page).locator('th[data-col="title"] .cell-editor input');
	await expect(titleField).toBeFocused();
	await expect(titleField).toHaveValue('New project');
	await a.page.keyboard.type(title);
	await a.page.keyboard.press('Enter');
	await expect(row(a.page, title)).toHaveCount(1);
	await expect(row(b.page, title)).toHaveCount(1);
	await expect(b.page.getByTestId('projects-count')).toContainText(`of ${before + 1};`);
	const id = (await row(a.page, title).getAttribute('data-project'))!;
	const stored = async () => (await storedPlan(b.page, livePlan)).projects.find((p) => p.id === id);

	// A sets the budget; B sees it in the row and in the totals.
	const budget = await editCell(a.page, title, 'budget');
	await budget.fill('250000000');
	await budget.press('Enter');
	await expect(cell(b.page, title, 'budget')).toHaveText(showing(tenge(250_000_000)));
	await expect
		.poll(async () => (await stored())?.budget, { message: 'the budget is stored' })
		.toBe(250_000_000);

	// B changes the funding source (by double-click and the list); A sees it.
	await row(b.page, title).locator('td[data-col="funding"]').dblclick();
	const source = row(b.page, title).locator('td[data-col="funding"] select');
	await source.selectOption({ label: fundingNames.donor });
	await source.press('Enter');
	await expect(cell(a.page, title, 'funding')).toHaveText(showing(fundingNames.donor));
	await expect.poll(async () => (await stored())?.fundingSource).toBe('donor');

	// A negative budget: the reason is shown, the cell stays open, nothing is written.
	const negative = await editCell(a.page, title, 'budget');
	await negative.fill('-5');
	await negative.press('Enter');
	await expect(row(a.page, title).getByRole('alert')).toHaveText(
		'The budget must be a number of tenge, zero or more.'
	);
	await expect(negative).toBeFocused();
	await expect(negative).toHaveAttribute('aria-invalid', 'true');
	await negative.press('Escape');
	await expect(cell(a.page, title, 'budget')).toHaveText(showing(tenge(250_000_000)));
	await expect(cell(b.page, title, 'budget')).toHaveText(showing(tenge(250_000_000)));
	expect((await stored())?.budget).toBe(250_000_000);

	// B removes the row after confirming; it leaves A's table and the server.
	await row(b.page, title)
		.getByRole('button', { name: /^Remove/ })
		.click();
	const dialog = b.page.getByRole('dialog', { name: 'Remove this project?' });
	await expect(dialog).toContainText(title);
	await dialog.getByRole('button', { name: 'Remove the project' }).click();
	await expect(row(b.page, title)).toHaveCount(0);
	await expect(row(a.page, title)).toHaveCount(0);
	await expect(a.page.getByTestId('projects-count')).toContainText(`of ${before};`);
	await expect.poll(stored, { message: 'the removal is stored' }).toBeUndefined();
});
