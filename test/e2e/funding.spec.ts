// The funding tab live between two browsers: a member splits a demo project's budget into own funds
// and a state support line while a reviewer on the same page sees the plan's totals, the project's
// lines and the projects waiting for a measure change; a negative amount is refused beside its field
// and stored nowhere; a line is removed from the keyboard. The project's lines are put back after.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	planFunding,
	removeFundingLine,
	snapshot,
	updateFundingLine,
	type FundingLine,
	type PlanData
} from '../../src/lib/plan';
import { seriousViolations } from './axe';
import { changeStoredPlan, openTab, storedPlan, type PlanUser } from './plan-pages';

test.describe.configure({ timeout: 120_000 });

/** A plan demo-member edits; other specs add projects of their own to it but leave the demo's alone. */
const plan = 'milk-akmola';
/** Its regional brand: ₸30,000,000 of own funds in one planned line. */
const projectId = 'p-brand';
const projectTitle = 'Regional brand "Milk of Akmola"';

// How the page writes tenge in English: "₸30,000,000".
const tenge = new Intl.NumberFormat('en', {
	style: 'currency',
	currency: 'KZT',
	currencyDisplay: 'narrowSymbol',
	maximumFractionDigits: 0
}).format;

let users: PlanUser[] = [];
let original: FundingLine[] = [];

test.afterEach(async ({ browser }) => {
	for (const user of users) await user.context.close();
	users = [];
	if (!original.length) return;
	// The project's lines as the demo had them: the added ones out, the first one as it was.
	const lines = original;
	const kept = new Set(lines.map((line) => line.id));
	const linesOf = (data: PlanData) => data.projects.find((p) => p.id === projectId)!.funding;
	await changeStoredPlan(
		browser,
		plan,
		(doc) => {
			for (const line of linesOf(snapshot(doc))) if (!kept.has(line.id)) removeFundingLine(doc, line.id);
			for (const line of lines)
				updateFundingLine(doc, line.id, {
					source: line.source,
					measureId: line.measureId,
					amount: line.amount,
					fromYear: line.fromYear,
					toYear: line.toYear,
					state: line.state,
					appliedOn: line.appliedOn,
					decidedOn: line.decidedOn,
					paidOn: line.paidOn,
					note: line.note
				});
		},
		(stored) => JSON.stringify(linesOf(stored)) === JSON.stringify(lines)
	);
	original = [];
});

function section(page: Page): Locator {
	return page.locator(`section[data-project="${projectId}"]`);
}

function lineRow(page: Page, number: number): Locator {
	return section(page)
		.locator('tbody tr')
		.nth(number - 1);
}

/** The plan's funding picture as the page computes it, from what the server stores now. */
async function storedPicture(page: Page) {
	return planFunding(await storedPlan(page, plan), new Map(), new Date().toISOString().slice(0, 10));
}
const storedTotals = async (page: Page) => (await storedPicture(page)).total;

test('a member splits a project budget into two lines and a reviewer on the funding page sees the totals change', async ({
	browser
}) => {
	const a = await openTab(browser, 'demo-member', 'funding', plan);
	users.push(a);
	const b = await openTab(browser, 'demo-reviewer', 'funding', plan);
	users.push(b);
	const start = await storedPlan(a.page, plan);
	original = start.projects.find((p) => p.id === projectId)!.funding;
	expect(original).toHaveLength(1);
	expect(original[0]).toMatchObject({ source: 'own_funds', amount: 30_000_000, state: 'planned' });
	const stored = async () => (await storedPlan(b.page, plan)).projects.find((p) => p.id === projectId)!;
	// The demo's own applications on this plan (the cheese plant's loan, the herd's subsidy): the
	// test's 18 million come on top of them, in all and in 2020.
	const before = await storedPicture(a.page);
	const applied = before.total.applied;
	const applied2020 = before.byYear.find((row) => row.year === 2020)?.applied ?? 0;
	await expect(b.page.getByTestId('funding-total-applied')).toHaveText(tenge(applied));
	await expect(section(b.page).getByTestId('project-budget')).toHaveText(`Budget: ${tenge(30_000_000)}`);
	// The reviewer reads: no controls.
	await expect(section(b.page).locator('input, select, button')).toHaveCount(0);

	// The member takes ₸18,000,000 off the own funds...
	const amount = lineRow(a.page, 1).getByLabel('Amount, ₸, line 1');
	await amount.fill('12000000');
	await amount.press('Tab');
	await expect(section(b.page).getByTestId('project-budget')).toHaveText(`Budget: ${tenge(12_000_000)}`);
	await expect(lineRow(b.page, 1)).toContainText(tenge(12_000_000));

	// ...and asks state support for them, in a line added from the keyboard.
	const add = section(a.page).getByRole('button', { name: `Add a funding line to «${projectTitle}»` });
	await add.focus();
	await a.page.keyboard.press('Enter');
	const source = lineRow(a.page, 2).getByLabel('Source, line 2');
	await expect(source).toBeFocused();
	await source.selectOption({ label: 'State support measure' });
	// The line names no measure until one is chosen.
	await expect(lineRow(a.page, 2).getByLabel('Measure, line 2')).toHaveValue('');
	const second = lineRow(a.page, 2).getByLabel('Amount, ₸, line 2');
	await second.fill('18000000');
	await second.press('Tab');
	await lineRow(a.page, 2).getByLabel('State, line 2').selectOption({ label: 'Applied for' });
	await lineRow(a.page, 2).getByLabel('From year, line 2').fill('2020');
	await lineRow(a.page, 2).getByLabel('From year, line 2').press('Tab');

	// The reviewer sees the project's two lines, the plan's totals and the project waiting for a measure.
	await expect(section(b.page).getByTestId('project-budget')).toHaveText(`Budget: ${tenge(30_000_000)}`);
	await expect(lineRow(b.page, 2)).toContainText('State support measure');
	await expect(lineRow(b.page, 2)).toContainText('no measure named yet');
	await expect(lineRow(b.page, 2)).toContainText('Applied for');
	await expect(b.page.getByTestId('funding-total-applied')).toHaveText(tenge(applied + 18_000_000));
	await expect(
		b.page.locator('[data-testid="funding-by-year"] tr[data-row="2020"] td[data-col="applied"]')
	).toHaveText(tenge(applied2020 + 18_000_000));
	await expect(b.page.locator(`[data-blocked="${projectId}"]`)).toContainText(
		`${tenge(18_000_000)} waits for no measure named yet`
	);
	await expect
		.poll(async () => (await stored()).funding.map((l) => [l.source, l.amount, l.state, l.fromYear]))
		.toEqual([
			['own_funds', 12_000_000, 'planned', null],
			['state_support', 18_000_000, 'applied', 2020]
		]);
	// Both screens show the plan's budget as the server sums it.
	const budget = tenge((await storedTotals(b.page)).budget);
	await expect(b.page.getByTestId('funding-total-budget')).toHaveText(budget);
	await expect(a.page.getByTestId('funding-total-budget')).toHaveText(budget);

	// A negative amount: the reason beside the field, nothing written.
	await second.fill('-5');
	await second.press('Tab');
	await expect(lineRow(a.page, 2).getByRole('alert')).toHaveText(
		'The amount must be a number of tenge, zero or more.'
	);
	await expect(second).toHaveAttribute('aria-invalid', 'true');
	expect((await stored()).funding[1]!.amount).toBe(18_000_000);
	await expect(b.page.getByTestId('funding-total-applied')).toHaveText(tenge(applied + 18_000_000));
	expect(await seriousViolations(a.page)).toEqual([]);
	expect(await seriousViolations(b.page)).toEqual([]);

	// The line removed from the keyboard: the focus stays in the project, on its add button.
	await lineRow(a.page, 2)
		.getByRole('button', { name: `Remove line 2 of «${projectTitle}»` })
		.focus();
	await a.page.keyboard.press('Enter');
	await expect(add).toBeFocused();
	await expect(section(b.page).locator('tbody tr')).toHaveCount(1);
	await expect(b.page.getByTestId('funding-total-applied')).toHaveText(tenge(applied));
	await expect(section(b.page).getByTestId('project-budget')).toHaveText(`Budget: ${tenge(12_000_000)}`);
	await expect(b.page.locator(`[data-blocked="${projectId}"]`)).toHaveCount(0);
});
