// A role that reads the plan is not told that it edits: on the strategy page a coordinator reads
// that they follow the plan live and cannot change it (nor comment), and the badge says the plan is
// up to date, not saved; a reviewer is told they may comment; an editor still reads that what they
// change is saved.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { tabIn } from './plan-pages';

const shots = '/tmp/shots-b';

const wording = {
	en: {
		readNote: 'Your role can read the plan and follow changes live, but not change it.',
		upToDate: 'Online, up to date',
		keysView:
			"You can read the strategy; changes are made by cluster members. ↑ ↓ on a row's handle go from row to row.",
		keysComment:
			"You can read the strategy and comment; changes are made by cluster members. ↑ ↓ on a row's handle go from row to row.",
		editNote:
			'Everyone with the plan open edits it together; what you change is saved at once and shown to the others.',
		saved: 'Online, saved'
	},
	ru: {
		readNote: 'Ваша роль позволяет читать план и видеть изменения вживую, но не менять его.',
		upToDate: 'В сети, актуально',
		keysView:
			'Вы можете читать стратегию; изменения вносят участники кластера. ↑ ↓ на маркере строки — переход между строками.',
		keysComment:
			'Вы можете читать стратегию и комментировать; изменения вносят участники кластера. ↑ ↓ на маркере строки — переход между строками.',
		editNote:
			'Все, у кого открыт план, редактируют его вместе; изменения сохраняются сразу и видны остальным.',
		saved: 'В сети, сохранено'
	},
	kk: {
		readNote:
			'Сіздің рөліңіз жоспарды оқуға және өзгерістерді тікелей көруге мүмкіндік береді, бірақ оны өзгертуге болмайды.',
		upToDate: 'Желіде, өзекті',
		keysView:
			'Стратегияны оқи аласыз; өзгерістерді кластер мүшелері енгізеді. Жол белгісіндегі ↑ ↓ — жолдар арасында өту.',
		keysComment:
			'Стратегияны оқып, пікір қалдыра аласыз; өзгерістерді кластер мүшелері енгізеді. Жол белгісіндегі ↑ ↓ — жолдар арасында өту.',
		editNote: 'Жоспарды ашқандардың бәрі оны бірге өңдейді; өзгерістер бірден сақталып, басқаларға көрінеді.',
		saved: 'Желіде, сақталды'
	}
} as const;
type Lang = keyof typeof wording;

let pages: Page[] = [];

test.afterEach(async () => {
	for (const page of pages) await page.context().close();
	pages = [];
});

/** `username`'s strategy page of the flour plan in `lang` (the language cookie, as the switch sets it). */
async function strategyIn(browser: Browser, username: string, lang: Lang): Promise<Page> {
	const page = await tabIn(browser, username, lang);
	pages.push(page);
	return page;
}

function badgeOf(page: Page) {
	return page.locator('.state-badge');
}

for (const lang of ['en', 'ru', 'kk'] as const) {
	test(`a coordinator reads, in ${lang}, that the strategy is theirs to read, and the badge says it is up to date`, async ({
		browser
	}) => {
		const page = await strategyIn(browser, 'demo-coordinator', lang);
		await expect(badgeOf(page)).toHaveText(wording[lang].upToDate);
		await expect(page.getByText(wording[lang].readNote)).toBeVisible();
		await expect(page.getByText(wording[lang].editNote)).toHaveCount(0);
		await expect(badgeOf(page)).not.toHaveText(wording[lang].saved);
		// A coordinator does not comment on the plan: the outline's hint does not offer it.
		await expect(page.locator('#outline-keys')).toHaveText(wording[lang].keysView);
		if (lang !== 'en') {
			mkdirSync(shots, { recursive: true });
			await page.screenshot({ path: `${shots}/strategy-coordinator-${lang}.png` });
		}
	});
}

test('a reviewer reads the strategy live, up to date, and is told they may comment', async ({ browser }) => {
	const page = await strategyIn(browser, 'demo-reviewer', 'en');
	await expect(badgeOf(page)).toHaveText(wording.en.upToDate);
	await expect(page.getByText(wording.en.readNote)).toBeVisible();
	await expect(page.locator('#outline-keys')).toHaveText(wording.en.keysComment);
});

test('a member editing the strategy still reads that what they change is saved', async ({ browser }) => {
	for (const lang of ['en', 'ru'] as const) {
		const page = await strategyIn(browser, 'demo-member', lang);
		await expect(badgeOf(page)).toHaveText(wording[lang].saved);
		await expect(page.getByText(wording[lang].editNote)).toBeVisible();
		await expect(page.getByText(wording[lang].readNote)).toHaveCount(0);
	}
});
