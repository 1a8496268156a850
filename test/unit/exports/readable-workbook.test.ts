// The workbooks meant for people, written and read back: sheet names, headers and enumerations in
// the reader's language, plan text with the pages' fallback, numbers as numbers and days as dates;
// and the file meant for the import still reads back as the values it holds.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import * as Y from 'yjs';
import { addActor, addIndicator, addLine, addObjective, addProject, initPlan, snapshot } from '$lib/plan';
import type { IndicatorValueRow } from '../../../src/lib/server/db/schema';
import { versionSheets, type VersionFacts } from '../../../src/lib/server/exports/version-sheets';
import { indicatorsSheet, valuesSheet } from '../../../src/lib/server/exports/indicator-sheets';
import { readableWorkbook } from '../../../src/lib/server/exports/readable-workbook';
import { readValueFile } from '../../../src/lib/server/indicators/sheet-read';
import { valuesTable, indicatorsTable } from '../../../src/lib/server/indicators/sheet-tables';
import { workbookBytes } from '../../../src/lib/server/indicators/sheet-write';

function plan() {
	const doc = new Y.Doc();
	initPlan(doc, { id: 'flour', title: { ru: 'План мукомолов', kk: 'Ұн тартушылар жоспары' } });
	addActor(doc, { id: 'mill', name: { ru: 'Костанайские мельницы' }, kind: 'firm' });
	addLine(doc, { id: 'line', title: { ru: 'Рынки' } });
	addObjective(doc, { id: 'export', lineId: 'line', title: { ru: 'Экспорт', kk: 'Экспорт нарығы' } });
	addProject(doc, {
		id: 'lab',
		title: { ru: 'Лаборатория качества' },
		leadActorId: 'mill',
		budget: 450000,
		fundingSource: 'state_support',
		start: '2023-06-15',
		status: 'in_progress',
		objectiveIds: ['export']
	});
	addIndicator(doc, {
		id: 'ind-exp',
		code: 'EXP1',
		name: { ru: 'Экспорт муки', kk: 'Ұн экспорты' },
		level: 'outcome',
		unit: 'т',
		baseline: 10,
		baselineYear: 2020,
		targets: { '2025': 600 },
		frequency: 'quarterly'
	});
	return snapshot(doc);
}

const facts: VersionFacts = {
	planId: 'flour',
	clusterName: { ru: 'Мукомольный кластер', kk: '', en: 'Flour cluster' },
	id: 3,
	label: 'Для КИРИ',
	note: '',
	authorName: 'Айгуль',
	createdAt: '2025-03-01T09:30:00.000Z',
	status: 'draft',
	decision: null
};

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
	return workbook;
}

/** A sheet's rows as objects keyed by its header row. */
function rowsOf(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
	const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
	const rows: Record<string, unknown>[] = [];
	sheet.eachRow((row, number) => {
		if (number === 1) return;
		const values = (row.values as unknown[]).slice(1);
		rows.push(Object.fromEntries(header.map((key, index) => [key, values[index] ?? null])));
	});
	return rows;
}

const value = (period: string, amount: number): IndicatorValueRow =>
	({
		id: 1,
		planId: 'flour',
		indicatorId: 'ind-exp',
		period,
		value: amount,
		note: 'по отчёту',
		evidence: '',
		authorId: 'u1',
		authorName: 'Айгуль',
		createdAt: new Date('2025-04-02T08:00:00.000Z')
	}) as IndicatorValueRow;

describe('a version’s workbook for people', () => {
	it('is in Russian for a Russian reader: sheets, headers, funding source, status and dates', async () => {
		const workbook = await read(await readableWorkbook(versionSheets(plan(), facts, 'ru'), 'ru'));
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Проекты', 'Индикаторы', 'О версии']);
		const [project] = rowsOf(workbook.getWorksheet('Проекты')!);
		expect(project).toMatchObject({
			Проект: 'Лаборатория качества',
			'Ведущее предприятие': 'Костанайские мельницы',
			Бюджет: 450000,
			'Источник финансирования': 'Меры господдержки',
			Начало: new Date('2023-06-15T00:00:00Z'),
			Статус: 'Реализуется',
			Цели: '1.1 Экспорт'
		});
		const [indicator] = rowsOf(workbook.getWorksheet('Индикаторы')!);
		expect(indicator).toMatchObject({
			Код: 'EXP1',
			Название: 'Экспорт муки',
			Уровень: 'Результат',
			'Целевое значение 2025': 600,
			Периодичность: 'Ежеквартально'
		});
		const about = Object.fromEntries(
			rowsOf(workbook.getWorksheet('О версии')!).map((row) => [row['Пункт'], row['Сведения']])
		);
		expect(about).toMatchObject({
			План: 'План мукомолов',
			Кластер: 'Мукомольный кластер',
			Версия: 'v3',
			'Статус утверждения': 'Черновик, не отправлен на рассмотрение',
			Проекты: 1
		});
		expect(about['Сохранена']).toBeInstanceOf(Date);
	});

	it('is in Kazakh for a Kazakh reader, with text not yet in Kazakh marked with its language', async () => {
		const workbook = await read(await readableWorkbook(versionSheets(plan(), facts, 'kk'), 'kk'));
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
			'Жобалар',
			'Индикаторлар',
			'Нұсқа туралы'
		]);
		const [project] = rowsOf(workbook.getWorksheet('Жобалар')!);
		expect(project).toMatchObject({
			Жоба: 'Лаборатория качества [RU]',
			'Қаржыландыру көзі': 'Мемлекеттік қолдау шарасы',
			Мәртебесі: 'Іске асырылуда',
			Мақсаттар: '1.1 Экспорт нарығы'
		});
		expect(rowsOf(workbook.getWorksheet('Индикаторлар')!)[0]).toMatchObject({
			Атауы: 'Ұн экспорты',
			Деңгейі: 'Нәтиже'
		});
		const about = Object.fromEntries(
			rowsOf(workbook.getWorksheet('Нұсқа туралы')!).map((row) => [row['Тармақ'], row['Мәліметтер']])
		);
		expect(about['Кластер']).toBe('Мукомольный кластер [RU]');
	});
});

describe('the monitoring workbook for people', () => {
	const data = plan();
	const values = [value('2025-Q1', 120.5)];

	it('names the period, the reporting year’s state and the time of recording in Russian', async () => {
		const sheets = [
			valuesSheet(data.indicators, values, () => 'submitted', 'ru'),
			indicatorsSheet(data.indicators, 'ru')
		];
		const workbook = await read(await readableWorkbook(sheets, 'ru'));
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Значения', 'Индикаторы']);
		const [row] = rowsOf(workbook.getWorksheet('Значения')!);
		expect(row).toMatchObject({
			Код: 'EXP1',
			Название: 'Экспорт муки',
			Период: '1-й квартал 2025',
			Значение: 120.5,
			Примечание: 'по отчёту',
			'Статус отчётного года': 'Отправлен на рассмотрение',
			'Кем внесено': 'Айгуль'
		});
		expect(row!['Когда внесено']).toBeInstanceOf(Date);
	});

	it('names them in Kazakh for a Kazakh reader', async () => {
		const workbook = await read(
			await readableWorkbook([valuesSheet(data.indicators, values, () => 'submitted', 'kk')], 'kk')
		);
		expect(workbook.worksheets[0]!.name).toBe('Мәндер');
		expect(rowsOf(workbook.worksheets[0]!)[0]).toMatchObject({
			Кезең: '2025 ж. 1-тоқсан',
			Мән: 120.5,
			'Есепті жыл мәртебесі': 'Қарауға жіберілді',
			'Кім енгізді': 'Айгуль'
		});
	});

	it('leaves the file for the import as the import reads it', async () => {
		const table = valuesTable(data.indicators, values, () => 'submitted');
		const bytes = await workbookBytes([table, indicatorsTable(data.indicators)]);
		expect(await readValueFile(bytes)).toEqual([
			{ row: 2, indicator: 'EXP1', period: '2025-Q1', value: 120.5, note: 'по отчёту', evidence: undefined }
		]);
	});
});
