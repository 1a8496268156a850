// The ranking's workbook for people: the ranking sheet's columns and rows in the reader's language
// (criterion titles as headers, means, totals, spread, the flags and the decision), and the decision
// sheet once the commission has decided.
import { describe, expect, it } from 'vitest';
import { rankingSheets, type RankingFacts } from '$lib/server/exports/ranking-sheets';
import { rankApplications } from '$lib/selection/ranking';
import { aCall, anApplication, aSheet } from './call-2017';

const call = aCall('scoring');
const submitted = (id: string, day: number, name: { ru: string; kk: string; en: string }) =>
	anApplication(id, {
		state: 'scored',
		name,
		region: 'Костанайская область',
		submittedAt: `2017-06-0${day}T08:00:00.000Z`
	});
const applications = [
	submitted('a1', 1, { ru: 'Мука', kk: 'Ұн', en: 'Flour' }),
	submitted('a2', 2, { ru: '', kk: '', en: 'Milk' }),
	submitted('a3', 3, { ru: 'Краска', kk: '', en: 'Paint' })
];
const sheets = [
	aSheet('a1', 'eva', [9, 5, 4]),
	aSheet('a1', 'ivan', [9, 4, 5]),
	// 100 and 25: evaluators far apart.
	aSheet('a2', 'eva', [10, 5, 5]),
	aSheet('a2', 'ivan', [3, 1, 1]),
	aSheet('a3', 'eva', [4, 2, 2])
];

function facts(decided: boolean): RankingFacts {
	const rows = rankApplications(call, applications, sheets).map((row, i) => ({
		...row,
		region: 'Костанайская область',
		sector: 'Пищевая промышленность',
		decision: decided ? (['chosen', 'reserve', 'not_chosen'] as const)[i]! : null,
		note: decided && i === 2 ? 'Ниже проходного балла' : ''
	}));
	return {
		call: { ...call, decision: decided ? { date: '2017-07-12', protocol: '17' } : null },
		rows
	};
}

describe('the ranking sheet', () => {
	it('heads its columns in the reader’s language, one per criterion by its title', () => {
		const [ranking] = rankingSheets(facts(false), 'ru');
		expect(ranking!.name).toBe('Рейтинг заявок');
		expect(ranking!.columns.map((column) => column.header)).toEqual([
			'Место',
			'Заявка',
			'Регион',
			'Отрасль',
			'Potential (ru)',
			'Cooperation (ru)',
			'Coordinator (ru)',
			'Итоговый балл',
			'Разброс',
			'Оценки расходятся',
			'Набран проходной балл',
			'Решение',
			'Примечание'
		]);
		expect(ranking!.columns.map((column) => column.kind)).toEqual([
			'number',
			'text',
			'text',
			'text',
			'number',
			'number',
			'number',
			'number',
			'number',
			'text',
			'text',
			'text',
			'text'
		]);
	});

	it('writes each application best first with its means, total and spread as numbers', () => {
		const [ranking] = rankingSheets(facts(false), 'en');
		const ranked = rankApplications(call, applications, sheets);
		expect(ranking!.rows.map((row) => row[0])).toEqual([1, 2, 3]);
		expect(ranking!.rows.map((row) => row[7])).toEqual(ranked.map((row) => row.total));
		expect(ranking!.rows.map((row) => row[8])).toEqual(ranked.map((row) => row.spread));
		expect(ranking!.rows[0]!.slice(4, 7)).toEqual([9, 4.5, 4.5]);
		expect(ranking!.rows.map((row) => [row[9], row[10], row[11]])).toEqual([
			['No', 'Yes', null],
			['Yes', 'Yes', null],
			['No', 'No', null]
		]);
	});

	it('names each application in the reader’s language, marking another language it falls back to', () => {
		const names = (lang: 'ru' | 'kk' | 'en') =>
			rankingSheets(facts(false), lang)[0]!.rows.map((row) => row[1]);
		expect(names('ru')).toEqual(['Мука', 'Milk [EN]', 'Краска']);
		expect(names('kk')).toEqual(['Ұн', 'Milk [EN]', 'Краска [RU]']);
	});

	it('says the decision in the reader’s words once it is taken, with the commission’s note', () => {
		const [ranking] = rankingSheets(facts(true), 'kk');
		expect(ranking!.rows.map((row) => row.slice(11))).toEqual([
			['Іріктелді', ''],
			['Резерв', ''],
			['Іріктелмеді', 'Ниже проходного балла']
		]);
	});
});

describe('the decision sheet', () => {
	it('is left out until the commission decides', () => {
		expect(rankingSheets(facts(false), 'ru')).toHaveLength(1);
	});

	it('states the date, the protocol, the pass mark and seats, then the chosen and the reserve by rank', () => {
		const [, decision] = rankingSheets(facts(true), 'ru');
		expect(decision!.name).toBe('Решение');
		expect(decision!.columns.map((column) => column.header)).toEqual(['Пункт', 'Сведения']);
		expect(decision!.rows).toEqual([
			['Конкурс', 'Competitive selection of cluster initiatives (ru)'],
			['Дата заседания комиссии', '12 июля 2017 г.'],
			['Номер протокола', '17'],
			['Проходной балл', 60],
			['Кластеров к отбору', 6],
			['Отобраны (1)', '1. Мука'],
			['Резерв (1)', '2. Milk [EN]']
		]);
	});
});
