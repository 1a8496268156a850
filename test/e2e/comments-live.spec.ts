// A reviewer, read-only on the plan, comments on an objective of the strategy: a member with the
// same objective's comments open sees it arrive without a reload, with the mention of them
// highlighted; the member answers (and corrects their answer), the reviewer resolves the thread and
// the member sees it resolved, live. A member may not resolve a reviewer's thread.
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
	addChild,
	addLine,
	openTab,
	outlineToolbar,
	removeLines,
	rowOf,
	storedPlan,
	uniqueTag,
	type PlanUser
} from './plan-pages';

test.describe.configure({ timeout: 120_000 });

let users: PlanUser[] = [];
let lines: string[] = [];

async function open(browser: Browser, username: string): Promise<PlanUser> {
	const user = await openTab(browser, username, 'strategy');
	users.push(user);
	return user;
}

test.afterEach(async ({ browser }) => {
	for (const user of users) await user.context.close();
	await removeLines(browser, lines);
	users = [];
	lines = [];
});

/** The comments button of an outline row ("Comments (n)"). */
function commentsButton(page: Page, id: string) {
	return rowOf(page, id).getByRole('button', { name: /^Comments \(\d+\)/ });
}

/** Opens a row's comments panel and returns it. */
async function openComments(page: Page, id: string, title: string) {
	await commentsButton(page, id).click();
	const panel = page.getByRole('dialog', { name: `Comments on “${title}”` });
	await expect(panel).toBeVisible();
	return panel;
}

test("a reviewer's comment reaches a member live; the member answers, the reviewer resolves it and the member sees that", async ({
	browser
}) => {
	const member = await open(browser, 'demo-member');
	const reviewer = await open(browser, 'demo-reviewer');
	const tag = uniqueTag();
	const title = `Commented objective ${tag}`;
	const line = await addLine(member.page, `Comments line ${tag}`);
	lines.push(line);
	const objective = await addChild(member.page, line, title);

	// The reviewer reads the outline, cannot change it, but may comment.
	await expect(rowOf(reviewer.page, objective)).toBeVisible();
	await expect(outlineToolbar(reviewer.page).getByRole('button', { name: 'Add strategic line' })).toHaveCount(
		0
	);
	await expect(commentsButton(reviewer.page, objective)).toHaveText(/^Comments \(0\)/);

	const memberPanel = await openComments(member.page, objective, title);
	await expect(memberPanel.getByText('No comments yet.')).toBeVisible();
	const reviewerPanel = await openComments(reviewer.page, objective, title);
	const text = `Please add the baseline for this, @demo-member (${tag}).`;
	await reviewerPanel.getByLabel('New comment').fill(text);
	await reviewerPanel.getByRole('button', { name: 'Post comment' }).click();
	await expect(reviewerPanel.getByLabel('New comment')).toHaveValue('');

	// The member's open panel shows it without a reload, the mention of them marked as theirs.
	const thread = memberPanel.getByRole('article', { name: /^Thread started by / });
	await expect(thread).toContainText(text);
	await expect(memberPanel.getByText('No comments yet.')).toHaveCount(0);
	const mention = thread.locator('mark.mention');
	await expect(mention).toHaveText('@demo-member');
	await expect(mention).toHaveClass(/\bme\b/);
	// For the reviewer it is a mention of someone else: highlighted, not as theirs.
	const reviewerThread = reviewerPanel.getByRole('article', { name: /^Thread started by / });
	await expect(reviewerThread.locator('mark.mention')).toHaveText('@demo-member');
	await expect(reviewerThread.locator('mark.mention')).not.toHaveClass(/\bme\b/);

	// The reviewer's question is the reviewer's (or the facilitator's) to settle: the member answers.
	await expect(thread.getByRole('button', { name: 'Resolve' })).toHaveCount(0);
	await thread.getByRole('button', { name: 'Reply' }).click();
	await thread.getByLabel('Your reply').fill(`Baseline added (${tag})`);
	await thread.getByRole('button', { name: 'Post reply' }).click();
	await expect(reviewerThread).toContainText(`Baseline added (${tag})`);
	// Only its author may change a comment: the member corrects the answer, the reviewer cannot.
	await expect(reviewerThread.getByRole('button', { name: 'Edit' })).toHaveCount(1);
	await thread.getByRole('button', { name: 'Edit' }).click();
	await thread.getByLabel('Your comment').fill(`Baseline for 2019 added (${tag})`);
	await thread.getByRole('button', { name: 'Save' }).click();
	await expect(reviewerThread).toContainText(`Baseline for 2019 added (${tag})`);
	await expect(reviewerThread).toContainText('(edited)');

	// The reviewer resolves it; the member's open panel moves it to the resolved threads.
	await reviewerThread.getByRole('button', { name: 'Resolve' }).click();
	await expect(reviewerPanel.getByText('Resolved threads (1)')).toBeVisible();
	const resolved = memberPanel.getByText('Resolved threads (1)');
	await expect(resolved).toBeVisible();
	await resolved.click();
	await expect(thread.getByText('Resolved by Dana Reviewer (KIDI)')).toBeVisible();
	await expect(thread.getByRole('button', { name: 'Reopen' })).toHaveCount(0);

	const stored = (await storedPlan(reviewer.page)).comments
		.filter((c) => c.anchorId === objective)
		.sort((x, y) => x.createdAt.localeCompare(y.createdAt));
	expect(stored).toEqual([
		expect.objectContaining({
			author: 'demo-reviewer',
			text,
			mentions: ['demo-member'],
			resolved: true,
			resolvedBy: 'demo-reviewer'
		}),
		expect.objectContaining({ author: 'demo-member', text: `Baseline for 2019 added (${tag})` })
	]);

	// Closed, the panels give the focus back to the button, which counts no open thread now.
	await reviewerPanel.getByRole('button', { name: 'Close' }).click();
	await expect(commentsButton(reviewer.page, objective)).toBeFocused();
	await expect(commentsButton(reviewer.page, objective)).toHaveText(/^Comments \(0\)/);

	// Opened again, the thread names its author as people know them, not by their username.
	const again = await openComments(reviewer.page, objective, title);
	await again.getByText('Resolved threads (1)').click();
	const shown = again.getByRole('article', { name: /^Thread started by / });
	await expect(shown.locator('.meta strong').first()).toHaveText('Dana Reviewer (KIDI)');
	await expect(shown).toHaveAccessibleName('Thread started by Dana Reviewer (KIDI)');
});
