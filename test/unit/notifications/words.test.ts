import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS, type NotificationDetail } from '../../../src/lib/notifications/kinds';
import { editedLines, noticeText } from '../../../src/lib/notifications/words';
import { LANGS } from '../../../src/lib/plan/localized';

const names = (ru: string, kk: string, en: string) => ({ ru, kk, en });
const detail: NotificationDetail = {
	cluster: names('Мукомольный кластер', 'Ұн кластері', 'Flour cluster'),
	plan: names('План развития', 'Даму жоспары', 'Development plan'),
	item: {
		collection: 'projects',
		name: names('Модернизация мельницы', 'Диірменді жаңғырту', 'Mill upgrade')
	},
	version: { number: 4, label: 'For KIDI', state: 'approved' },
	year: 2022,
	dueOn: '2023-02-20',
	role: 'coordinator',
	workshop: 'Priorities',
	vote: 'Which first?',
	call: names('Конкурс 2017', '2017 конкурсы', 'Call of 2017'),
	application: names('Кластер молока', 'Сүт кластері', 'Milk cluster'),
	decision: 'reserve'
};

describe('the words of an entry', () => {
	it('say every kind in every language, with who did it and what it is about', () => {
		for (const lang of LANGS) {
			const said = new Set<string>();
			for (const kind of NOTIFICATION_KINDS) {
				const text = noticeText({ kind, actorName: 'Айгерим Нурова', detail, count: 50 }, lang);
				expect(text, `${kind} in ${lang}`).not.toMatch(/\{|\}|undefined/);
				said.add(text);
			}
			// No two kinds read the same.
			expect(said.size).toBe(NOTIFICATION_KINDS.length);
		}
	});

	it('name the item and its cluster in the reader’s language, the cluster alone when there is no item', () => {
		const ru = noticeText({ kind: 'mention', actorName: 'Дана', detail, count: 1 }, 'ru');
		expect(ru).toContain('Модернизация мельницы');
		expect(ru).toContain('Мукомольный кластер');
		expect(
			noticeText({ kind: 'comment', actorName: 'Dana', detail: { plan: detail.plan }, count: 1 }, 'en')
		).toContain('Development plan');
		const kk = noticeText(
			{ kind: 'year_returned', actorName: 'Дана', detail: { ...detail, item: null }, count: 1 },
			'kk'
		);
		expect(kk).toContain('Ұн кластері');
		expect(kk).toContain('2022');
	});

	it('tell an approval from a request for changes, and a burst by its count', () => {
		const approved = noticeText({ kind: 'version_decided', actorName: 'Dana', detail, count: 1 }, 'en');
		const changes = noticeText(
			{
				kind: 'version_decided',
				actorName: 'Dana',
				detail: { ...detail, version: { number: 4, label: '', state: 'changes_requested' } },
				count: 1
			},
			'en'
		);
		expect(approved).toMatch(/approved version 4/);
		expect(changes).toMatch(/requested changes to version 4/);
		expect(noticeText({ kind: 'plan_edited', actorName: 'Aigerim', detail, count: 50 }, 'en')).toMatch(
			/50 edits/
		);
	});

	it('list what a burst changed by the version diff’s sections, the first names and how many more', () => {
		const lines = editedLines(
			[
				{
					collection: 'projects',
					count: 7,
					names: [names('Мельница', 'Диірмен', 'Mill'), names('Склад', 'Қойма', 'Store')]
				},
				{ collection: 'indicators', count: 1, names: [names('Экспорт', 'Экспорт', 'Export')] }
			],
			'en',
			5
		);
		expect(lines).toEqual(['Projects: Mill, Store (+5)', 'Indicators: Export']);
	});
});
