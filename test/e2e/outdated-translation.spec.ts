// A title renamed in one language marks the other languages as possibly outdated: an English reader
// renames an objective, and a Russian reader, on the page at the same time, sees their Russian title
// marked; "Still correct" takes the mark away for everyone, and the diff of the versions shows it.
// The test works in a strategic line it adds itself and takes it out afterwards.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { addLine, addObjective } from '../../src/lib/plan';
import { seriousViolations } from './axe';
import {
	changeStoredPlan,
	detailsOf,
	editDescription,
	flourPlan,
	openDetails,
	outlineItem,
	removeLines,
	rowOf,
	storedPlan,
	tabIn,
	tabUrl,
	titleOf,
	uniqueTag
} from './plan-pages';

test.describe.configure({ timeout: 120_000 });

/** The badge online, for an editor ("saved") or a reader ("up to date"). */
const ONLINE = {
	en: /^Online, (saved|up to date)$/,
	ru: /^В сети, (сохранено|актуально)$/,
	kk: /^Желіде, (сақталды|өзекті)$/
};
const pages: Page[] = [];
let lines: string[] = [];

test.afterEach(async ({ browser }) => {
	for (const page of pages.splice(0)) await page.context().close();
	await removeLines(browser, lines);
	lines = [];
});

/** A member's browser at 1280 px whose pages are in `lang`, on the flour plan's strategy, live. */
async function reader(browser: Browser, username: string, lang: 'en' | 'ru' | 'kk'): Promise<Page> {
	const page = await tabIn(browser, username, lang);
	pages.push(page);
	await expect(page.getByRole('status').filter({ hasText: ONLINE[lang] })).toBeVisible();
	return page;
}

/** A line of its own with one objective titled in all three languages; returns their ids. */
async function objectiveInThreeLanguages(browser: Browser, unique: string) {
	const line = `line-e9-${unique}`;
	const objective = `objective-e9-${unique}`;
	lines.push(line);
	await changeStoredPlan(
		browser,
		flourPlan,
		(doc) => {
			addLine(doc, {
				id: line,
				title: { ru: `Рынки ${unique}`, kk: `Нарықтар ${unique}`, en: `Markets ${unique}` }
			});
			addObjective(doc, {
				id: objective,
				lineId: line,
				title: { ru: `Экспорт муки ${unique}`, kk: `Ұн экспорты ${unique}`, en: `Flour exports ${unique}` },
				description: { ru: 'Мука на экспорт', en: 'Flour for export' }
			});
		},
		(stored) => outlineItem(stored, objective) !== undefined
	);
	return { line, objective };
}

async function saveVersion(page: Page, label: string): Promise<number> {
	const response = await page.request.post(`/api/plans/${flourPlan}/versions`, { data: { label, note: '' } });
	expect(response.status()).toBe(201);
	return ((await response.json()) as { id: number }).id;
}

test('an English rename marks the Russian title as possibly outdated until a Russian reader confirms it', async ({
	browser
}) => {
	const unique = uniqueTag();
	const { objective } = await objectiveInThreeLanguages(browser, unique);
	const english = await reader(browser, 'demo-member', 'en');
	const russian = await reader(browser, 'demo-facilitator', 'ru');
	const kazakh = await reader(browser, 'demo-reviewer', 'kk');
	const before = await saveVersion(russian, `Before the rename ${unique}`);

	// Nothing is outdated yet.
	await expect(titleOf(russian, objective)).toHaveValue(`Экспорт муки ${unique}`);
	await expect(rowOf(russian, objective).getByTestId('lang-outdated')).toHaveCount(0);

	// The English reader renames the objective in English.
	await titleOf(english, objective).fill(`Flour and bran exports ${unique}`);
	await titleOf(english, objective).press('Enter');

	// The Russian reader, live, keeps their title, now marked.
	const mark = rowOf(russian, objective).getByTestId('lang-outdated');
	await expect(mark).toHaveText('Возможно, устарело: текст на английском изменён позже');
	await expect(titleOf(russian, objective)).toHaveValue(`Экспорт муки ${unique}`);
	await expect(titleOf(russian, objective)).toHaveAccessibleDescription(/Возможно, устарело/);
	// So does the Kazakh reader (read-only: no confirm for them).
	await expect(rowOf(kazakh, objective).getByTestId('lang-outdated')).toHaveText(
		'Ескірген болуы мүмкін: мәтін кейін ағылшын тілінде өзгертілді'
	);
	// The English reader's own title is the newest: nothing marked for them.
	await expect(rowOf(english, objective).getByTestId('lang-outdated')).toHaveCount(0);
	await rowOf(russian, objective).scrollIntoViewIfNeeded();
	await russian.screenshot({ path: '/tmp/shots-e9/strategy-outdated-ru.png' });
	await rowOf(kazakh, objective).scrollIntoViewIfNeeded();
	await kazakh.screenshot({ path: '/tmp/shots-e9/strategy-outdated-kk.png' });

	// The versions' diff marks the Russian and Kazakh titles the rename left behind.
	await russian.goto(`/c/${flourPlan}/p/${flourPlan}/versions/${before}/diff/live`);
	const item = russian.getByTestId('change-outdated').filter({ hasText: 'Название (русский)' });
	await expect(item).toHaveText('Название (русский): возможно, устарело — текст на английском изменён позже');
	await item.scrollIntoViewIfNeeded();
	await russian.screenshot({ path: '/tmp/shots-e9/diff-outdated-ru.png' });
	await kazakh.goto(`/c/${flourPlan}/p/${flourPlan}/versions/${before}/diff/live`);
	const kazakhItem = kazakh.getByTestId('change-outdated').filter({ hasText: 'Атауы (орыс тілі)' });
	await expect(kazakhItem).toContainText('ескірген болуы мүмкін');
	await kazakhItem.scrollIntoViewIfNeeded();
	await kazakh.screenshot({ path: '/tmp/shots-e9/diff-outdated-kk.png' });
	await kazakh.goto(tabUrl('strategy'));
	await expect(kazakh.getByRole('status').filter({ hasText: ONLINE.kk })).toBeVisible();
	await russian.goto(tabUrl('strategy'));
	await expect(russian.getByRole('status').filter({ hasText: ONLINE.ru })).toBeVisible();

	// The Russian reader opens the translations and confirms their title still correct.
	await rowOf(russian, objective).getByTestId('text-translations').click();
	const confirm = rowOf(russian, objective).getByRole('button', { name: /^Всё ещё верно ?: Русский/ });
	await rowOf(russian, objective).scrollIntoViewIfNeeded();
	await russian.screenshot({ path: '/tmp/shots-e9/translations-outdated-ru.png' });
	expect(await seriousViolations(russian)).toEqual([]);
	await confirm.click();

	// Gone for everyone: the English reader's side-by-side editor marks only the Kazakh title now,
	// which the Kazakh reader still sees marked until someone writes or confirms it.
	await rowOf(english, objective).getByTestId('text-translations').click();
	await expect(
		rowOf(english, objective).getByRole('button', { name: /^Still correct ?: Kazakh/ })
	).toBeVisible();
	await expect(
		rowOf(english, objective).getByRole('button', { name: /^Still correct ?: Russian/ })
	).toHaveCount(0);
	await expect(rowOf(english, objective).getByTestId('lang-outdated')).toHaveCount(1);
	await expect(
		rowOf(russian, objective).getByRole('button', { name: /^Всё ещё верно ?: Русский/ })
	).toHaveCount(0);
	await expect(rowOf(kazakh, objective).getByTestId('lang-outdated')).toHaveCount(1);
	await expect
		.poll(async () => outlineItem(await storedPlan(english), objective)?.outdated, {
			message: 'the server keeps only the Kazakh mark'
		})
		.toEqual({ title: { kk: 'en' } });
	await rowOf(kazakh, objective).scrollIntoViewIfNeeded();
	await kazakh.screenshot({ path: '/tmp/shots-e9/strategy-confirmed-kk.png' });
});

test('a description revised in English in its editor marks the Russian one until it is confirmed', async ({
	browser
}) => {
	const unique = uniqueTag();
	const { objective } = await objectiveInThreeLanguages(browser, unique);
	const english = await reader(browser, 'demo-member', 'en');
	const russian = await reader(browser, 'demo-facilitator', 'ru');

	// The English reader adds to the English description and leaves the editor.
	await openDetails(english, objective);
	const editor = await editDescription(english, objective);
	await english.keyboard.press('Control+End');
	await english.keyboard.type(' and bran');
	await expect(editor).toHaveText('Flour for export and bran');
	await english.getByRole('heading', { level: 1 }).click();
	await expect(editor).toHaveCount(0);

	// The Russian reader's description is marked, with "Still correct".
	await rowOf(russian, objective)
		.getByRole('button', { name: /^Подробнее/ })
		.click();
	const details = detailsOf(russian, objective);
	await expect(details.getByTestId('lang-outdated')).toHaveText(
		'Возможно, устарело: текст на английском изменён позже'
	);
	await details.scrollIntoViewIfNeeded();
	await russian.screenshot({ path: '/tmp/shots-e9/description-outdated-ru.png' });
	await details.getByRole('button', { name: /^Всё ещё верно/ }).click();
	await expect(details.getByTestId('lang-outdated')).toHaveCount(0);
	await expect
		.poll(async () => outlineItem(await storedPlan(english), objective)?.outdated, {
			message: 'the server keeps no mark'
		})
		.toBeUndefined();
});

test('a first translation typed with pauses marks nothing, though the pauses write it in steps', async ({
	browser
}) => {
	const unique = uniqueTag();
	const line = `line-e9k-${unique}`;
	const objective = `objective-e9k-${unique}`;
	lines.push(line);
	await changeStoredPlan(
		browser,
		flourPlan,
		(doc) => {
			addLine(doc, { id: line, title: { ru: `Рынки ${unique}`, en: `Markets ${unique}` } });
			addObjective(doc, {
				id: objective,
				lineId: line,
				title: { ru: `Экспорт муки ${unique}`, en: `Flour exports ${unique}` }
			});
		},
		(stored) => outlineItem(stored, objective) !== undefined
	);
	const kazakh = await reader(browser, 'demo-facilitator', 'kk');
	const russian = await reader(browser, 'demo-member', 'ru');
	const kazakhTitle = async () => outlineItem(await storedPlan(kazakh), objective);
	const storedKazakh = async () => (await kazakhTitle())?.title.kk;

	// The Kazakh title is typed in two bursts; a pause writes each to the plan before the next.
	const field = titleOf(kazakh, objective);
	await field.click();
	await kazakh.keyboard.type('Ұн');
	await expect.poll(storedKazakh).toBe('Ұн');
	await kazakh.keyboard.type(` экспорты ${unique}`);
	await expect.poll(storedKazakh).toBe(`Ұн экспорты ${unique}`);
	await field.press('Enter');

	// Neither the Russian nor the English title is marked, in the plan or on the Russian page.
	await expect.poll(async () => (await kazakhTitle())?.outdated ?? null).toBeNull();
	await expect(rowOf(russian, objective).getByTestId('lang-outdated')).toHaveCount(0);
});
