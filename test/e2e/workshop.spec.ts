// A workshop end to end with three browsers: a facilitator starts it with an agenda, both members
// see the agenda and the running timer; "follow me" takes the members to the facilitator's pages;
// a dot vote over projects is opened, voted by the members, closed, its results shown to all three,
// and the priorities it wrote show on everyone's projects page.
//
// On the tourism cluster's plan, which no other spec opens, with three accounts made for the run:
// the milk plan is edited live by demo-member and demo-facilitator in projects-table.spec.ts, and a
// running workshop with "follow me" on would move those pages (the same facilitator leads there too).
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { updateProject, type Project } from '../../src/lib/plan';
import { seriousViolations } from './axe';
import { newClusterMember, tidyPlanAs } from './cluster-people';
import { login } from './login';
import { storedPlan, uniqueTag, type PlanUser } from './plan-pages';

test.describe.configure({ timeout: 180_000 });

const plan = 'tourism-almaty-region';
const planUrl = `/c/${plan}/p/${plan}`;

/**
 * The plan's projects as the server holds them before these tests: their titles, and the priorities
 * to put back. Read from the server, not the generator: the demo seed changes the tourism plan after
 * its first version (a new project, budgets).
 */
let demoProjects: Project[] = [];

test.beforeAll(async ({ browser }) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await login(page, 'demo-admin');
	demoProjects = (await storedPlan(page, plan)).projects;
	await context.close();
});

const titleOf = (id: string) => demoProjects.find((p) => p.id === id)!.title.en;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A project as the workshop names it: its number in the plan ("P1") and title, after "Project" in a vote. */
const projectName = (id: string, before = '') =>
	new RegExp(`^${before}(Project )?P\\d+ ${escaped(titleOf(id))}$`);

let users: PlanUser[] = [];

/** The browser languages of the people in these tests, and what the connection badge says in each. */
const online = { 'en-US': 'Online, saved', 'ru-RU': 'В сети, сохранено', 'kk-KZ': 'Желіде, сақталды' };
type Locale = keyof typeof online;

/** Signs a person in with a browser in `locale` (a new account has no saved language) and opens a plan page. */
async function open(
	browser: Browser,
	username: string,
	path: string,
	locale: Locale = 'en-US'
): Promise<PlanUser> {
	const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	users.push({ context, page });
	await login(page, username);
	await page.goto(`${planUrl}/${path}`);
	await expect(connection(page)).toHaveText(online[locale]);
	return { context, page };
}

function connection(page: Page): Locator {
	return page.getByRole('status').filter({
		hasText: /^\s*(Online|Offline|Connecting|В сети|Нет связи|Подключ|Желіде|Байланыс жоқ|Қосыл)/
	});
}

function agendaOf(page: Page): Locator {
	return page.getByRole('region', { name: 'Agenda' });
}

function voteOf(page: Page, title: string): Locator {
	return page.getByRole('article', { name: title, exact: true });
}

function resultsOf(page: Page, title: string): Locator {
	return page.getByRole('table', { name: `Results of the vote “${title}”, best first` });
}

/** The preview a facilitator confirms before a vote closes. */
function closingOf(page: Page, title: string): Locator {
	return page.getByRole('dialog', { name: `Close “${title}”?` });
}

function priorityCell(page: Page, projectId: string): Locator {
	return page.locator(`tr[data-project="${projectId}"] [data-col="priority"]`);
}

test.afterEach(async ({ browser }) => {
	for (const user of users) await user.context.close();
	users = [];
	// Whatever the test got to: no workshop left running, and the demo priorities back.
	await tidyPlanAs(
		browser,
		'demo-admin',
		plan,
		async (page) => {
			const origin = new URL(page.url()).origin;
			const ended = await page.request.post(`/api/plans/${plan}/workshop`, {
				headers: { origin },
				data: { op: 'end' }
			});
			expect([200, 409]).toContain(ended.status());
		},
		(doc) => {
			for (const project of demoProjects) updateProject(doc, project.id, { priority: project.priority });
		},
		async (page) =>
			(await storedPlan(page, plan)).projects.every(
				(p) => p.priority === demoProjects.find((d) => d.id === p.id)?.priority
			)
	);
});

test('a workshop runs with three people: agenda and timer for all, follow me, and a vote that writes priorities', async ({
	browser
}) => {
	const tag = uniqueTag();
	const [leadName, firstName, secondName] = [
		`Tour Facilitator ${tag}`,
		`Tour Member One ${tag}`,
		`Tour Member Two ${tag}`
	];
	const [leadUser, firstUser, secondUser] = [
		await newClusterMember(browser, plan, leadName, 'facilitator'),
		await newClusterMember(browser, plan, firstName, 'member'),
		await newClusterMember(browser, plan, secondName, 'member')
	];
	const lead = (await open(browser, leadUser, 'workshop')).page;

	// The facilitator starts the workshop with a two-step agenda.
	const title = `Tourism priorities ${tag}`;
	await lead.getByLabel('Workshop title').fill(title);
	await lead.getByLabel('Title of step 1').fill('Ideas for the season');
	await lead.getByLabel('Minutes for step 1').fill('20');
	await lead.getByRole('button', { name: 'Add a step' }).click();
	await lead.getByLabel('Title of step 2').fill('Prioritise projects');
	await lead.getByLabel('Minutes for step 2').fill('15');
	await lead.getByLabel('Page of step 2').selectOption('projects');
	await lead.getByRole('button', { name: 'Start workshop' }).click();
	await expect(lead.getByRole('heading', { name: title, level: 2 })).toBeVisible();
	await lead
		.getByRole('region', { name: 'Facilitator controls' })
		.getByRole('button', { name: 'Next step' })
		.click();

	// Both members see the agenda, the current step and its timer running.
	const members = [
		(await open(browser, firstUser, 'workshop')).page,
		(await open(browser, secondUser, 'workshop')).page
	];
	for (const page of [lead, ...members]) {
		await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
		const steps = agendaOf(page).getByRole('listitem');
		await expect(steps).toHaveCount(2);
		await expect(steps.nth(0)).toContainText('Ideas for the season');
		await expect(steps.nth(0)).toContainText('20 min');
		await expect(steps.nth(0)).toHaveAttribute('aria-current', 'step');
		await expect(steps.nth(1)).toContainText('Prioritise projects');
		await expect(steps.nth(1)).toContainText('15 min');
		await expect(page.getByText('Step 1 of 2: Ideas for the season', { exact: true })).toBeVisible();
		const timer = page.getByRole('timer', { name: 'Step timer' });
		// A fresh 20-minute step: the time left is under twenty minutes and counting, not paused.
		await expect(timer).toContainText(/(20:00|19:\d\d)\s*left/);
		const shown = await timer.textContent();
		await expect(timer).not.toHaveText(shown!);
	}

	// Follow me: the facilitator goes to the projects page and the members' pages go with them.
	const controls = lead.getByRole('region', { name: 'Facilitator controls' });
	await controls.getByRole('button', { name: 'Follow me' }).click();
	await expect(controls.getByRole('button', { name: 'Follow me' })).toHaveAttribute('aria-pressed', 'true');
	for (const page of members) await expect(page.getByText(`Following ${leadName}`)).toBeVisible();
	await lead
		.getByRole('navigation', { name: 'Plan sections' })
		.getByRole('link', { name: 'Projects' })
		.click();
	await expect(lead).toHaveURL(new RegExp(`${planUrl}/projects$`));
	for (const page of members) {
		await expect(page).toHaveURL(new RegExp(`${planUrl}/projects$`));
		await expect(page.getByRole('table', { name: 'Projects of the plan' })).toBeVisible();
	}

	// Back on the workshop page (the members come along), the facilitator opens a vote over three projects.
	await lead
		.getByRole('navigation', { name: 'Plan sections' })
		.getByRole('link', { name: 'Workshop' })
		.click();
	for (const page of members) await expect(page).toHaveURL(new RegExp(`${planUrl}/workshop$`));
	const voteTitle = `Which projects first? ${tag}`;
	const voted = ['p-routes', 'p-website', 'p-guides'];
	await lead.getByRole('button', { name: 'Open a vote' }).click();
	const form = lead.getByRole('form', { name: 'New vote' });
	await form.getByLabel('Title of the vote').fill(voteTitle);
	for (const id of voted) await form.getByRole('checkbox', { name: projectName(id) }).check();
	await form.getByLabel('Votes per person').fill('3');
	await form.getByLabel('Most votes one person may give one item').fill('2');
	await form.getByRole('button', { name: 'Open the vote' }).click();

	// Each member places their three dots through the page; the per-item limit holds in the page too.
	const dots: [Page, string, number][] = [
		[members[0]!, 'p-routes', 2],
		[members[0]!, 'p-website', 1],
		[members[1]!, 'p-routes', 1],
		[members[1]!, 'p-guides', 2]
	];
	for (const page of members) {
		const vote = voteOf(page, voteTitle);
		await expect(vote).toContainText('Votes per person: 3, at most 2 on one item.');
		await expect(vote).toContainText('Votes left: 3');
	}
	for (const [page, id, count] of dots) {
		const vote = voteOf(page, voteTitle);
		const add = vote.getByRole('button', { name: projectName(id, 'Add a vote to ') });
		for (let i = 0; i < count; i++) await add.click();
		await expect(vote.getByRole('listitem').filter({ hasText: titleOf(id) })).toContainText(
			`Your votes: ${count}`
		);
	}
	for (const page of members) {
		const vote = voteOf(page, voteTitle);
		await expect(vote).toContainText('Votes left: 0');
		await expect(vote).toContainText('People who voted: 2');
	}

	// The facilitator closes the vote, confirming the three priorities the preview ticks (every
	// project got votes); all three see the results, best first: 3, 2 and 1 dots.
	await voteOf(lead, voteTitle).getByRole('button', { name: 'Close the vote' }).click();
	await closingOf(lead, voteTitle).getByRole('button', { name: 'Close and write priorities: 3' }).click();
	const expected = [
		['1', 'p-routes', '3', '2', '10 of 10'],
		['2', 'p-guides', '2', '1', '7 of 10'],
		['3', 'p-website', '1', '1', '3 of 10']
	];
	for (const page of [lead, ...members]) {
		const rows = resultsOf(page, voteTitle).locator('tbody tr');
		await expect(rows).toHaveCount(3);
		for (const [index, [rank, item, count, voters, priority]] of expected.entries()) {
			const cells = rows.nth(index).locator('td, th');
			await expect(cells.nth(0)).toHaveText(rank!);
			await expect(cells.nth(1)).toHaveText(projectName(item!));
			await expect(cells.nth(2)).toHaveText(count!);
			await expect(cells.nth(3)).toHaveText(new RegExp(`^\\s*${voters}\\b`));
			await expect(cells.nth(4)).toContainText(priority!);
		}
	}

	// The running workshop, its controls and the closed vote's results are as accessible as any page.
	for (const page of [lead, members[0]!]) expect(await seriousViolations(page)).toEqual([]);

	// The priorities are written into the projects: everyone's projects page shows them, and the server has them.
	await lead
		.getByRole('navigation', { name: 'Plan sections' })
		.getByRole('link', { name: 'Projects' })
		.click();
	const written = { 'p-routes': 10, 'p-guides': 7, 'p-website': 3 };
	for (const page of [lead, ...members]) {
		await expect(page).toHaveURL(new RegExp(`${planUrl}/projects$`));
		for (const [id, priority] of Object.entries(written))
			await expect(priorityCell(page, id)).toHaveText(new RegExp(`^\\s*${priority}\\s*✎?\\s*$`));
	}
	const stored = await storedPlan(lead, plan);
	for (const project of stored.projects) {
		const demo = demoProjects.find((p) => p.id === project.id)!;
		expect(project.priority, project.id).toBe(written[project.id as keyof typeof written] ?? demo.priority);
	}
});

/** The facilitator starts a workshop from the start form's defaults: one step, the SWOT columns. */
async function startWithDefaults(lead: Page, title: string, extraStep?: string): Promise<void> {
	await lead.getByLabel('Workshop title').fill(title);
	if (extraStep) {
		await lead.getByRole('button', { name: 'Add a step' }).click();
		await lead.getByLabel('Title of step 2').fill(extraStep);
	}
	await lead.getByRole('button', { name: 'Start workshop' }).click();
	await expect(lead.getByRole('heading', { name: title, level: 2 })).toBeVisible();
}

test('closing a vote shows first what it writes, keeps the priority of a project nobody voted for, and is undone for everyone', async ({
	browser
}) => {
	const tag = uniqueTag();
	const [leadUser, memberUser] = [
		await newClusterMember(browser, plan, `Tour Closer ${tag}`, 'facilitator'),
		await newClusterMember(browser, plan, `Tour Voter ${tag}`, 'member')
	];
	const lead = (await open(browser, leadUser, 'workshop')).page;
	await startWithDefaults(lead, `Close with care ${tag}`);
	const member = (await open(browser, memberUser, 'workshop')).page;

	// A vote over P1 (priority 9), P2 (8) and P3 (7): the member's three votes go to P2 and P3 only.
	const voteTitle = `What comes first? ${tag}`;
	await lead.getByRole('button', { name: 'Open a vote' }).click();
	const form = lead.getByRole('form', { name: 'New vote' });
	await form.getByLabel('Title of the vote').fill(voteTitle);
	for (const id of ['p-routes', 'p-website', 'p-guesthouses'])
		await form.getByRole('checkbox', { name: projectName(id) }).check();
	await form.getByLabel('Votes per person').fill('3');
	await form.getByLabel('Most votes one person may give one item').fill('2');
	await form.getByRole('button', { name: 'Open the vote' }).click();
	const ballot = voteOf(member, voteTitle);
	for (const [id, count] of [
		['p-website', 2],
		['p-guesthouses', 1]
	] as const) {
		const add = ballot.getByRole('button', { name: projectName(id, 'Add a vote to ') });
		for (let i = 0; i < count; i++) await add.click();
		await expect(ballot.getByRole('listitem').filter({ hasText: titleOf(id) })).toContainText(
			`Your votes: ${count}`
		);
	}
	await expect(voteOf(lead, voteTitle)).toContainText('People who voted: 1');

	// The member watches the projects page while the facilitator closes.
	await member
		.getByRole('navigation', { name: 'Plan sections' })
		.getByRole('link', { name: 'Projects' })
		.click();
	await expect(priorityCell(member, 'p-routes')).toHaveText(/^\s*9\s*✎?\s*$/);

	// Closing asks first: each project with its votes, its priority now and the one the votes give.
	await voteOf(lead, voteTitle).getByRole('button', { name: 'Close the vote' }).click();
	const preview = closingOf(lead, voteTitle);
	await expect(preview).toBeVisible();
	const row = (id: string) => preview.locator(`tr[data-item="project:${id}"]`);
	const write = (id: string) =>
		preview.getByRole('checkbox', { name: projectName(id, 'Write the priority of ') });
	for (const [id, votes, now, next] of [
		['p-website', '2', '8 of 10', '10 of 10'],
		['p-guesthouses', '1', '7 of 10', '5 of 10'],
		['p-routes', '0', '9 of 10', '0 of 10']
	] as const) {
		const cells = row(id).locator('td, th');
		await expect(cells.nth(2)).toHaveText(votes);
		await expect(cells.nth(3)).toHaveText(now);
		await expect(cells.nth(4)).toHaveText(next);
	}
	await expect(write('p-website')).toBeChecked();
	await expect(write('p-guesthouses')).toBeChecked();
	await expect(write('p-routes')).not.toBeChecked();
	expect(await seriousViolations(lead)).toEqual([]);
	await preview.getByRole('button', { name: 'Close and write priorities: 2' }).click();
	await expect(preview).toBeHidden();

	// P1 keeps its 9, for the member live and on the server; P2 and P3 have what the preview said.
	const after = { 'p-routes': 9, 'p-website': 10, 'p-guesthouses': 5 };
	for (const [id, priority] of Object.entries(after))
		await expect(priorityCell(member, id)).toHaveText(new RegExp(`^\\s*${priority}\\s*✎?\\s*$`));
	const stored = await storedPlan(lead, plan);
	for (const [id, priority] of Object.entries(after))
		expect(stored.projects.find((p) => p.id === id)!.priority, id).toBe(priority);
	const results = resultsOf(lead, voteTitle);
	await expect(results.locator('tbody tr').filter({ hasText: titleOf('p-routes') })).toContainText(
		'not written: kept its priority'
	);
	await expect(results.locator('tbody tr').filter({ hasText: titleOf('p-website') })).toContainText(
		'written, was 8'
	);

	// Undo, one step: the priorities before the vote come back on the member's page, live.
	await voteOf(lead, `Results: ${voteTitle}`)
		.getByRole('button', { name: 'Undo the priorities of this vote' })
		.click();
	await expect(voteOf(lead, `Results: ${voteTitle}`)).toContainText(
		`Tour Closer ${tag} undid the priorities of this vote`
	);
	const before = { 'p-routes': 9, 'p-website': 8, 'p-guesthouses': 7 };
	for (const [id, priority] of Object.entries(before))
		await expect(priorityCell(member, id)).toHaveText(new RegExp(`^\\s*${priority}\\s*✎?\\s*$`));
	const restored = await storedPlan(lead, plan);
	for (const [id, priority] of Object.entries(before))
		expect(restored.projects.find((p) => p.id === id)!.priority, id).toBe(priority);
	await expect(lead.getByRole('region', { name: 'Decisions' }).getByRole('listitem').last()).toContainText(
		'Priorities undone'
	);
});

test('a Russian and a Kazakh member see the default columns and agenda steps in their language, a typed step as typed', async ({
	browser
}) => {
	const tag = uniqueTag();
	const [leadUser, russianUser, kazakhUser] = [
		await newClusterMember(browser, plan, `Tour Lead ${tag}`, 'facilitator'),
		await newClusterMember(browser, plan, `Турист ${tag}`, 'member'),
		await newClusterMember(browser, plan, `Туристік ${tag}`, 'member')
	];
	const lead = (await open(browser, leadUser, 'workshop')).page;
	// The English facilitator keeps the defaults ("Brainstorm", SWOT) and types one step of their own.
	await startWithDefaults(lead, `Season plan ${tag}`, 'Prioritise projects');
	await lead
		.getByRole('region', { name: 'Facilitator controls' })
		.getByRole('button', { name: 'Next step' })
		.click();

	const readers = [
		{
			page: lead,
			agenda: 'Agenda',
			columns: ['Strengths', 'Weaknesses', 'Opportunities', 'Threats'],
			step: 'Brainstorm'
		},
		{
			page: (await open(browser, russianUser, 'workshop', 'ru-RU')).page,
			agenda: 'Повестка',
			columns: ['Сильные стороны', 'Слабые стороны', 'Возможности', 'Угрозы'],
			step: 'Мозговой штурм'
		},
		{
			page: (await open(browser, kazakhUser, 'workshop', 'kk-KZ')).page,
			agenda: 'Күн тәртібі',
			columns: ['Күшті жақтары', 'Әлсіз жақтары', 'Мүмкіндіктер', 'Қатерлер'],
			step: 'Ми шабуылы'
		}
	];
	for (const { page, agenda, columns, step } of readers) {
		const steps = page.getByRole('region', { name: agenda }).getByRole('listitem');
		await expect(steps).toHaveCount(2);
		await expect(steps.nth(0)).toContainText(step);
		await expect(steps.nth(1)).toContainText('Prioritise projects');
		for (const column of columns)
			await expect(page.getByRole('heading', { name: column, level: 3, exact: true })).toBeVisible();
		// The current step's name in the heading of the running workshop too.
		await expect(page.locator('.now .step strong')).toHaveText(step);
	}
	for (const { page } of readers.slice(1)) {
		await expect(page.getByRole('heading', { name: 'Strengths', exact: true })).toHaveCount(0);
		await expect(page.getByText('Brainstorm', { exact: true })).toHaveCount(0);
	}
});

test('a sticky note typed and not yet added is still there after a reload, and gone once added', async ({
	browser
}) => {
	const tag = uniqueTag();
	const [leadUser, memberUser] = [
		await newClusterMember(browser, plan, `Tour Host ${tag}`, 'facilitator'),
		await newClusterMember(browser, plan, `Tour Writer ${tag}`, 'member')
	];
	const lead = (await open(browser, leadUser, 'workshop')).page;
	await startWithDefaults(lead, `Notes kept ${tag}`);
	const member = (await open(browser, memberUser, 'workshop')).page;

	const text = `Guides speak Chinese ${tag}`;
	const field = () => member.getByLabel('New note in “Strengths”');
	await field().fill(text);
	await member.reload();
	await expect(field()).toHaveValue(text);
	// Not sent by the reload: nobody else has it yet.
	await expect(lead.getByText(text, { exact: true })).toHaveCount(0);

	await member.getByRole('button', { name: 'Add note to “Strengths”' }).click();
	await expect(lead.getByText(text, { exact: true })).toBeVisible();
	await expect(field()).toHaveValue('');
	await member.reload();
	await expect(field()).toHaveValue('');
});
