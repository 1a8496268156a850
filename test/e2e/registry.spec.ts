// The cluster registry in the browser: a facilitator adds a participant, links a map actor to it,
// makes it a project's lead and renames it; another member's map, projects table and cluster page
// all show the new name. A reviewer counts the programme's 166 participants of 1 January 2019.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { removeActor, removeProject, snapshot } from '../../src/lib/plan';
import { binCheckDigit } from '../../src/lib/registry/bin';
import { login } from './login';
import { mapNode, openMap, uniqueName } from './map';
import { changeStoredPlan, flourPlan, showTab, type PlanUser } from './plan-pages';

test.describe.configure({ timeout: 120_000 });

/** A valid BIN no other run uses: registered in January 2024, a resident legal entity. */
function freshBin(): string {
	for (let serial = Date.now() % 100_000; ; serial = (serial + 1) % 100_000) {
		const first = `240140${String(serial).padStart(5, '0')}`;
		const check = binCheckDigit(first);
		if (check !== null) return `${first}${check}`;
	}
}

function participantRow(page: Page, name: string): Locator {
	return page.getByTestId('participants').getByTestId('participant-row').filter({ hasText: name });
}

function projectRow(page: Page, title: string): Locator {
	return page
		.getByRole('table', { name: 'Projects of the plan' })
		.locator('tr[data-project]')
		.filter({ has: page.locator('th[data-col="title"]', { hasText: title }) });
}

let opened: PlanUser[] = [];
let tag = '';

test.afterEach(async ({ browser }) => {
	for (const user of opened) await user.context.close();
	opened = [];
	if (!tag) return;
	const mine = (text: string) => text.includes(tag);
	// The project and the actor this test added leave the shared demo plan; the participant stays in
	// the registry (a registry keeps its history), under a BIN no other run uses.
	await changeStoredPlan(
		browser,
		flourPlan,
		(doc) => {
			const data = snapshot(doc);
			for (const project of data.projects.filter((p) => Object.values(p.title).some(mine)))
				removeProject(doc, project.id);
			for (const actor of data.actors.filter((a) => Object.values(a.name).some(mine)))
				removeActor(doc, actor.id);
		},
		(stored) =>
			!stored.projects.some((p) => Object.values(p.title).some(mine)) &&
			!stored.actors.some((a) => Object.values(a.name).some(mine))
	);
	tag = '';
});

test('a participant linked on the map and renamed in the registry is renamed on another member’s map, projects table and cluster page', async ({
	browser
}) => {
	tag = uniqueName('Reg').replace(/\s+/g, '-');
	const name = `Tobol Grain ${tag} LLP`;
	const renamed = `Kostanay Grain ${tag} LLP`;

	// The facilitator adds the participant to the flour cluster's registry.
	const facilitator = await openMap(browser, 'demo-facilitator');
	opened.push(facilitator);
	const registry = await facilitator.context.newPage();
	await registry.goto(`/c/${flourPlan}/participants`);
	const add = registry.getByRole('button', { name: 'Add participant' });
	await expect(add).toBeEnabled();
	await add.click();
	const form = registry.getByTestId('participant-form');
	await form.getByLabel('Name (Russian)').fill(`ТОО «Тобол Грейн ${tag}»`);
	await form.getByLabel('Name (English)').fill(name);
	await form.getByLabel('BIN').fill(freshBin());
	await form.getByLabel('Kind').selectOption({ label: 'Small or medium firm' });
	await form.getByLabel('Employees').fill('42');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(participantRow(registry, name)).toHaveCount(1);

	// On the map, an actor drawn by hand is linked to it and takes its name.
	const map = facilitator.page;
	await map.reload();
	await map.getByLabel('Name of the firm or institution').fill(`Grain trader ${tag}`);
	await map.getByRole('button', { name: 'Add to map' }).click();
	await expect(mapNode(map, `Grain trader ${tag}`)).toHaveCount(1);
	const link = map.getByTestId('actor-participant').getByLabel('Link to a participant');
	await link.selectOption({ label: name });
	await expect(mapNode(map, name)).toHaveCount(1);
	await expect(map.getByTestId('actor-participant')).toContainText('Stands for the participant');

	// It leads a new project.
	const projects = await facilitator.context.newPage();
	await showTab(projects, 'projects');
	const title = `Grain terminal ${tag}`;
	await projects.getByRole('button', { name: 'Add a project' }).click();
	const titleField = projects.locator('th[data-col="title"] .cell-editor input');
	await expect(titleField).toBeFocused();
	await projects.keyboard.type(title);
	await projects.keyboard.press('Enter');
	const leadCell = projectRow(projects, title).locator('[data-col="lead"]');
	await leadCell.focus();
	await projects.keyboard.press('Enter');
	const lead = leadCell.locator('.cell-editor select');
	await expect(lead).toBeFocused();
	await lead.selectOption({ label: name });
	await lead.press('Enter');
	await expect(leadCell).toContainText(name);

	// Another member has the map, the projects table and the cluster page open.
	const member = await openMap(browser, 'demo-member');
	opened.push(member);
	await expect(mapNode(member.page, name)).toHaveCount(1);
	const theirProjects = await member.context.newPage();
	await showTab(theirProjects, 'projects');
	await expect(projectRow(theirProjects, title).locator('[data-col="lead"]')).toContainText(name);
	const clusterPage = await member.context.newPage();
	await clusterPage.goto(`/c/${flourPlan}`);
	await expect(clusterPage.getByTestId('newest-participants')).toContainText(name);

	// The facilitator renames the participant in the registry.
	await participantRow(registry, name).getByRole('button', { name: /^Edit/ }).click();
	await form.getByLabel('Name (English)').fill(renamed);
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(participantRow(registry, renamed)).toHaveCount(1);

	// Live on the member's map and projects table; on the cluster page once it is loaded again.
	await expect(mapNode(member.page, renamed)).toHaveCount(1);
	await expect(mapNode(member.page, name)).toHaveCount(0);
	await expect(projectRow(theirProjects, title).locator('[data-col="lead"]')).toContainText(renamed);
	await clusterPage.reload();
	await expect(clusterPage.getByTestId('newest-participants')).toContainText(renamed);
	await expect(clusterPage.getByTestId('newest-participants')).not.toContainText(name);
});

test('a reviewer counts the programme’s 166 participants of 1 January 2019, cluster by cluster', async ({
	browser
}) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await login(page, 'demo-reviewer');
	await page.goto('/monitoring?asOf=2019-01-01');
	const block = page.getByTestId('programme-participants');
	await expect(block.getByLabel('As of')).toHaveValue('2019-01-01');
	await expect(block.getByTestId('programme-participant-total')).toHaveText('166');
	// The six pilot clusters' rows (other specs add clusters of their own, with no participants).
	const counted = {
		'furniture-almaty': 24,
		'milk-akmola': 25,
		'flour-kostanay': 16,
		'pharma-south-kazakhstan': 15,
		'tourism-almaty-region': 58,
		'construction-karaganda': 28
	};
	for (const [clusterId, count] of Object.entries(counted)) {
		const row = block.locator(`[data-testid="programme-participant-cluster"][data-cluster="${clusterId}"]`);
		await expect(row.locator('td.number'), clusterId).toHaveText(String(count));
	}
	await context.close();
});
