// The competitive selection end to end, in real browsers on the real server: an applicant writes and
// submits an application with two participating firms; after the deadline (the server's clock, moved
// through its clock file, never waited for) KIDI checks it, two evaluators score it while one of them
// declares a conflict on another application; the commission's decision is published, the applicant
// reads the result, and the chosen application becomes a cluster whose map is its value chain draft.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { binCheckDigit } from '../../src/lib/registry/bin';
import { hydrated, login } from './login';
import { mapIsLive } from './map';

/** Moves the server's clock (playwright.config.ts hands the server this file). */
function setClock(moment: string): void {
	writeFileSync(process.env.E2E_CLOCK_FILE!, moment);
}

/** A valid BIN from a serial: registered in June 2014, a resident legal entity. */
function bin(serial: number): string {
	const first = `140640${String(serial).padStart(5, '0')}`;
	const check = binCheckDigit(first);
	return check === null ? bin(serial + 50_000) : `${first}${check}`;
}

const run = Date.now().toString(36);
const words = (en: string, ru: string, kk: string) => ({ ru, kk, en });

async function signedIn(browser: Browser, username: string): Promise<Page> {
	const context = await browser.newContext({ locale: 'en-US' });
	const page = await context.newPage();
	await login(page, username);
	return page;
}

/** Adds a row with `button` unless the form already shows the field labelled `label`. */
async function addRowFor(page: Page, label: string, button: string): Promise<void> {
	if ((await page.getByLabel(label, { exact: true }).count()) === 0) {
		await page.getByRole('button', { name: button }).click();
	}
}

async function api(page: Page, method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) {
	const response = await page.request.fetch(path, { method, data });
	const body = (await response.json()) as Record<string, unknown>;
	expect(response.status(), `${method} ${path}: ${JSON.stringify(body)}`).toBeLessThan(300);
	return body;
}

test('an application goes from its draft to a cluster whose map is its value chain', async ({ browser }) => {
	test.setTimeout(240_000);
	setClock('2031-05-01T06:00:00.000Z');
	const reviewer = await signedIn(browser, 'demo-reviewer');
	// The demo's open call has the consultants on its panel: the same two evaluate here.
	const demoCall = (await api(reviewer, 'GET', '/api/calls/clusters-second-round')).call as {
		evaluators: string[];
	};
	const evaluators = demoCall.evaluators.slice(1, 3);
	const title = `Pilot selection ${run}`;
	const created = await api(reviewer, 'POST', '/api/calls', {
		title: words(title, `Отбор ${run}`, `Іріктеу ${run}`),
		rules: words('Groups of firms apply.', 'Подают группы предприятий.', 'Кәсіпорын топтары береді.'),
		opensAt: '2031-04-10T09:00:00+05:00',
		closesAt: '2031-06-08T18:00:00+05:00',
		requirements: [
			{ id: 'memo', text: words('A signed memorandum', 'Подписанный меморандум', 'Қол қойылған меморандум') }
		],
		criteria: [
			{
				id: 'mass',
				area: words('Potential', 'Потенциал', 'Әлеует'),
				title: words('Critical mass', 'Критическая масса', 'Сыни масса'),
				guide: words('0: none; 10: large', '0: нет; 10: большая', '0: жоқ; 10: үлкен'),
				weight: 2,
				scale: 10
			},
			{
				id: 'lead',
				area: words('Management', 'Управление', 'Басқару'),
				title: words('The coordinator', 'Координатор', 'Үйлестіруші'),
				guide: words('0: none; 5: strong', '0: нет; 5: сильный', '0: жоқ; 5: күшті'),
				weight: 1,
				scale: 5
			}
		],
		passMark: 50,
		seats: 1,
		evaluators
	});
	const callId = (created.call as { id: string }).id;
	await api(reviewer, 'POST', `/api/calls/${callId}/state`, { state: 'open' });

	// Another initiative applies through the API: the one an evaluator will step back from.
	const applicant = await signedIn(browser, 'demo-applicant');
	const other = (await api(applicant, 'POST', `/api/calls/${callId}/applications`, {})).application as {
		id: string;
	};
	await api(applicant, 'PATCH', `/api/calls/${callId}/applications/${other.id}`, {
		name: { ru: `Другая инициатива ${run}` },
		region: 'Павлодарская область',
		sector: 'Химическая промышленность',
		enterprises: [
			{ bin: bin(901), name: 'ТОО «Химпром»', kind: 'large', employees: 400 },
			{ bin: bin(902), name: 'ТОО «Реактив»', kind: 'sme', employees: 35 }
		],
		valueChain: { stages: [{ id: 's1', title: 'Синтез' }], firms: [] },
		coordinator: 'ОЮЛ «Химический союз»',
		answers: { mass: 'Два завода.', lead: 'Союз работает с 2010 года.' }
	});
	await api(applicant, 'POST', `/api/calls/${callId}/applications/${other.id}/submit`);

	// The applicant's own application, written in the browser with two participating firms.
	await applicant.goto(`/calls/${callId}`);
	await hydrated(applicant);
	await applicant.getByRole('button', { name: 'Apply' }).click();
	await expect(applicant).toHaveURL(/\/applications\//);
	await hydrated(applicant);
	const initiative = `Кластер молока ${run}`;
	await applicant.getByLabel('In Russian').first().fill(initiative);
	await applicant.getByLabel('Region').fill('Акмолинская область');
	await applicant.getByLabel('Sector').fill('Пищевая промышленность');
	for (const [index, firm] of [
		{ bin: bin(911), name: 'ТОО «Молочная ферма»', kind: 'Small or medium firm' },
		{ bin: bin(912), name: 'ТОО «Молокозавод»', kind: 'Large firm' }
	].entries()) {
		const row = `Enterprise ${index + 1}`;
		await addRowFor(applicant, `${row}: BIN`, 'Add an enterprise');
		await applicant.getByLabel(`${row}: BIN`).fill(firm.bin);
		await applicant.getByLabel(`${row}: Name`).fill(firm.name);
		await applicant.getByLabel(`${row}: Kind`).selectOption({ label: firm.kind });
		await applicant.getByLabel(`${row}: Employees`).fill(String(60 * (index + 1)));
	}
	for (const [index, stage] of ['Молочные фермы', 'Переработка молока'].entries()) {
		await addRowFor(applicant, `Stage ${index + 1}`, 'Add a stage');
		await applicant.getByLabel(`Stage ${index + 1}`, { exact: true }).fill(stage);
	}
	for (const [index, firm] of [
		{ name: 'ТОО «Молочная ферма»', bin: bin(911), stage: 'Молочные фермы' },
		{ name: 'ТОО «Молокозавод»', bin: bin(912), stage: 'Переработка молока' }
	].entries()) {
		const row = `Value chain firm ${index + 1}`;
		await addRowFor(applicant, `${row}: Name`, 'Add a firm');
		await applicant.getByLabel(`${row}: Name`).fill(firm.name);
		await applicant.getByLabel(`${row}: BIN, if known`).fill(firm.bin);
		await applicant.getByLabel(`${row}: Stage`).selectOption({ label: firm.stage });
	}
	await applicant.getByLabel('Proposed coordinator').fill('ТОО «Молочный союз Акмолы»');
	await applicant.locator('[data-field="answers.mass"]').fill('Две фермы и завод, 180 работников.');
	await applicant.locator('[data-field="answers.lead"]').fill('Союз работает с 2012 года.');
	await applicant.getByRole('button', { name: 'Save draft' }).click();
	await expect(applicant.getByText(/Draft saved at/)).toBeVisible();
	await applicant.getByRole('button', { name: 'Submit the application' }).click();
	await applicant.getByRole('dialog').getByRole('button', { name: 'Submit', exact: true }).click();
	await expect(applicant.getByText('Status: Submitted')).toBeVisible();
	const mineUrl = applicant.url();
	const mine = mineUrl.split('/applications/')[1]!;

	// Past the deadline by the server's clock: no more submissions, and KIDI closes the call.
	setClock('2031-06-09T06:00:00.000Z');
	await reviewer.goto(`/calls/${callId}`);
	await hydrated(reviewer);
	await reviewer.getByRole('button', { name: 'Close the call to applications' }).click();
	await expect(reviewer.getByText('The call no longer takes applications.')).toBeVisible();
	await reviewer.getByRole('button', { name: 'Start scoring' }).click();
	await expect(reviewer.getByText('Scoring has begun.')).toBeVisible();

	// The formal check of the applicant's application in the browser, the other one through the API.
	await reviewer.goto(`/calls/${callId}/applications/${mine}`);
	await hydrated(reviewer);
	const requirement = reviewer.getByRole('group', { name: /A signed memorandum/ });
	await requirement.getByLabel('Met', { exact: true }).check();
	await reviewer.getByRole('button', { name: 'Confirm the check' }).click();
	await expect(reviewer.getByText('The application passed the formal check.')).toBeVisible();
	await api(reviewer, 'POST', `/api/calls/${callId}/applications/${other.id}/check`, {
		requirements: [{ id: 'memo', met: true, reason: '' }]
	});
	await reviewer.goto(`/calls/${callId}`);
	await hydrated(reviewer);
	await reviewer.getByRole('button', { name: 'Spread evaluators evenly' }).click();
	await expect(reviewer.getByText('The evaluators are spread over the applications.')).toBeVisible();

	// The first evaluator scores both; the second steps back from the other application, scores ours.
	const first = await signedIn(browser, 'demo-evaluator');
	const second = await signedIn(browser, 'demo-evaluator-2');
	await api(second, 'POST', `/api/calls/${callId}/applications/${other.id}/scores`, { conflict: true });
	const refused = await second.request.get(`/api/calls/${callId}/applications/${other.id}`);
	expect(refused.status()).toBe(403);
	await api(first, 'POST', `/api/calls/${callId}/applications/${other.id}/scores`, {
		conflict: false,
		scores: [
			{ criterionId: 'mass', score: 4, comment: 'Два завода, мало связей.' },
			{ criterionId: 'lead', score: 2, comment: 'Союз слабый.' }
		]
	});
	for (const [evaluator, mass, lead] of [
		[first, 8, 4],
		[second, 9, 5]
	] as const) {
		await evaluator.goto(`/calls/${callId}/applications/${mine}`);
		await hydrated(evaluator);
		await evaluator.getByRole('button', { name: 'I have no conflict of interest' }).click();
		await expect(evaluator.getByText('You declared no conflict of interest.')).toBeVisible();
		const sheet = evaluator.getByRole('group', { name: /Critical mass/ });
		await sheet.getByLabel(/Score, 0 to 10/).fill(String(mass));
		await sheet.getByLabel('Comment').fill('Крепкая цепочка.');
		const coordinator = evaluator.getByRole('group', { name: /The coordinator/ });
		await coordinator.getByLabel(/Score, 0 to 5/).fill(String(lead));
		await coordinator.getByLabel('Comment').fill('Опытный союз.');
		await evaluator.getByRole('button', { name: 'Submit scores' }).click();
		await expect(evaluator.getByText('Your scores are submitted.')).toBeVisible();
	}

	// The commission decides on the ranking: ours first, the only seat; then the results are published.
	await reviewer.goto(`/calls/${callId}/ranking`);
	await hydrated(reviewer);
	const rows = reviewer.locator('table tbody tr');
	await expect(rows.first()).toContainText(initiative);
	await reviewer.getByLabel(/Date/).first().fill('2031-06-20');
	await reviewer
		.getByLabel(/Protocol/)
		.first()
		.fill(`7-${run}`);
	await reviewer
		.getByRole('button', { name: /decision/i })
		.first()
		.click();
	await expect(reviewer.getByText(/Chosen/).first()).toBeVisible();
	await reviewer.getByRole('button', { name: 'Publish the results' }).click();
	await expect(reviewer.getByText(/published/i).first()).toBeVisible();

	// The applicant reads the result of their application.
	await applicant.goto(mineUrl);
	await expect(applicant.getByText('Status: Chosen')).toBeVisible();
	await expect(applicant.getByText(`protocol No. 7-${run}`, { exact: false })).toBeVisible();

	// The chosen application becomes a cluster; its map starts from the application's value chain.
	await reviewer.goto(`/calls/${callId}/ranking`);
	await hydrated(reviewer);
	await reviewer
		.getByLabel(/^Facilitator/)
		.first()
		.selectOption({ index: 1 });
	await reviewer.getByRole('button', { name: /^Create the cluster’s workspace/ }).click();
	await reviewer.getByRole('link', { name: /^Open the cluster/ }).click();
	await expect(reviewer).toHaveURL(/\/c\//);
	await reviewer.getByRole('link', { name: /Strategic development plan/ }).click();
	await mapIsLive(reviewer);
	const canvas = reviewer.getByTestId('map-canvas');
	await expect(canvas).toContainText('ТОО «Молочная ферма»');
	await expect(canvas).toContainText('ТОО «Молокозавод»');
	await expect(canvas).toContainText('Переработка молока');
	for (const page of [reviewer, applicant, first, second]) await page.context().close();
});
