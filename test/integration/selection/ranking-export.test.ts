// The ranking's exports against the real server process on a call scored through the JSON API: the
// XLSX workbook read back with exceljs and the PDF printed by real headless Chromium read back with
// pdf.js, both in Russian, both with the totals and the decision GET /api/calls/<id>/ranking gives;
// and who may download them. The server's clock is a file the test writes (CLUSTERPLAN_CLOCK_FILE),
// so the call opens, takes applications and closes without waiting.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Db } from '../../../src/lib/server/db';
import { createSession } from '../../../src/lib/server/auth/session';
import { createUser } from '../../../src/lib/server/users';
import { binCheckDigit } from '../../../src/lib/registry/bin';
import type { GlobalRole } from '../../../src/lib/roles';
import { startServer, type RunningServer } from '../collab/harness';
import { testDatabase, type TestDatabase } from '../../storage';
import { pageText, pdfPages } from '../versions/pdf-text';

const PDF_TIMEOUT = 180_000;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Answer = { status: number; body: Record<string, unknown> };
type Row = {
	applicationId: string;
	name: { ru: string; kk: string; en: string };
	rank: number;
	total: number | null;
	spread: number;
	disputed: boolean;
	passes: boolean;
	decision: string | null;
	byCriterion: Record<string, number | null>;
};

/** A valid BIN from a serial: registered in March 2015, a resident legal entity. */
function bin(serial: number): string {
	const first = `150340${String(serial).padStart(5, '0')}`;
	const check = binCheckDigit(first);
	return check === null ? bin(serial + 50_000) : `${first}${check}`;
}

const words = (ru: string, en: string) => ({ ru, kk: '', en });

const CRITERIA = [
	{ id: 'potential', title: words('Потенциал кластера', 'Potential'), weight: 3, scale: 10 },
	{ id: 'cooperation', title: words('Кооперация', 'Cooperation'), weight: 2, scale: 5 },
	{ id: 'coordinator', title: words('Координатор', 'Coordinator'), weight: 1, scale: 5 }
];

/** The applications, in the order they are submitted, and each evaluator's scores (criteria order). */
const APPLICATIONS = [
	{
		key: 'grain',
		name: 'Зерновой кластер Костаная',
		region: 'Костанайская область',
		fails: false,
		scores: [
			[9, 5, 4],
			[8, 4, 5],
			[9, 5, 5]
		]
	},
	{
		key: 'tourism',
		name: 'Туристический кластер Алматы',
		region: 'г. Алматы',
		fails: false,
		scores: [
			[7, 4, 4],
			[8, 4, 3],
			[7, 3, 4]
		]
	},
	{
		key: 'pharma',
		name: 'Фармацевтический кластер',
		region: 'Туркестанская область',
		fails: false,
		scores: [
			[10, 5, 5],
			[3, 1, 1],
			[6, 3, 3]
		]
	},
	{
		key: 'paint',
		name: 'Лакокрасочный кластер',
		region: 'Павлодарская область',
		fails: false,
		scores: [
			[3, 2, 2],
			[4, 2, 1],
			[2, 1, 2]
		]
	},
	{ key: 'furniture', name: 'Мебельный кластер', region: 'Карагандинская область', fails: true, scores: [] }
];

describe('the ranking’s exports', () => {
	let database: TestDatabase | undefined;
	let server: RunningServer | undefined;
	let clock = '';
	let callId = '';
	const tokens: Record<string, string> = {};
	const ids: Record<string, string> = {};

	const at = (moment: string) => writeFileSync(clock, moment);
	const origin = () => server!.origin;

	async function answer(res: Response): Promise<Answer> {
		const text = await res.text();
		return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
	}
	const get = async (path: string, who: string) =>
		answer(await fetch(`${origin()}${path}`, { headers: { cookie: `session=${tokens[who]}` } }));
	async function post(path: string, who: string, body: unknown): Promise<Record<string, unknown>> {
		const res = await fetch(`${origin()}${path}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: origin(), cookie: `session=${tokens[who]}` },
			body: JSON.stringify(body)
		});
		const answered = await answer(res);
		if (res.status >= 300)
			throw new Error(`POST ${path} as ${who}: ${res.status} ${JSON.stringify(answered.body)}`);
		return answered.body;
	}

	async function person(db: Db, username: string, globalRole: GlobalRole | null): Promise<void> {
		const id = await createUser(db, {
			username,
			displayName: `Test ${username}`,
			password: 'a long enough test password',
			globalRole
		});
		ids[username] = id;
		tokens[username] = (await createSession(db, id)).token;
	}

	/** GET the export as `who` (or signed out) in `locale`. */
	async function download(format: string, who: string | null, locale = 'ru') {
		const cookies = [`PARAGLIDE_LOCALE=${locale}`];
		if (who) cookies.push(`session=${tokens[who]}`);
		const res = await fetch(`${origin()}/api/calls/${callId}/ranking/export?format=${format}`, {
			headers: { cookie: cookies.join('; ') },
			redirect: 'manual'
		});
		return {
			status: res.status,
			type: res.headers.get('content-type'),
			disposition: res.headers.get('content-disposition'),
			bytes: new Uint8Array(await res.arrayBuffer())
		};
	}

	async function ranking(): Promise<Row[]> {
		const res = await get(`/api/calls/${callId}/ranking`, 'reviewer');
		expect(res.status).toBe(200);
		return res.body as unknown as Row[];
	}

	beforeAll(async () => {
		database = await testDatabase();
		clock = join(database.dir, 'clock');
		at('2017-06-15T06:00:00.000Z');
		const db = database.db;
		await person(db, 'reviewer', 'reviewer');
		await person(db, 'applicant', 'applicant');
		for (const evaluator of ['eva', 'ivan', 'aigul']) await person(db, evaluator, null);
		await person(db, 'facilitator', null);
		server = await startServer(database.env, { CLUSTERPLAN_CLOCK_FILE: clock });

		const created = await post('/api/calls', 'reviewer', {
			title: words('Конкурсный отбор кластеров 2017', 'Competitive selection of clusters 2017'),
			rules: words('Заявки оцениваются по опубликованной методике.', 'Scored under the methodology.'),
			opensAt: '2017-06-01T09:00:00+06:00',
			closesAt: '2017-07-01T18:00:00+06:00',
			requirements: [{ id: 'letters', text: words('Письма о намерениях', 'Letters of intent') }],
			criteria: CRITERIA.map((criterion) => ({ ...criterion, area: words('', ''), guide: words('', '') })),
			passMark: 60,
			seats: 2,
			evaluators: [ids.eva, ids.ivan, ids.aigul]
		});
		callId = (created.call as { id: string }).id;
		await post(`/api/calls/${callId}/state`, 'reviewer', { state: 'open' });

		for (const [index, application] of APPLICATIONS.entries()) {
			const made = await post(`/api/calls/${callId}/applications`, 'applicant', {
				name: words(application.name, application.key),
				region: application.region,
				sector: 'Пищевая промышленность',
				enterprises: [
					{ bin: bin(index * 2 + 1), name: `ТОО «${application.key} 1»`, kind: 'sme', employees: 40 },
					{ bin: bin(index * 2 + 2), name: `ТОО «${application.key} 2»`, kind: 'large', employees: 900 }
				],
				valueChain: {
					stages: [{ id: 'making', title: 'Производство' }],
					firms: [{ name: `ТОО «${application.key} 1»`, stageId: 'making', bin: bin(index * 2 + 1) }]
				},
				coordinator: 'Ассоциация производителей',
				answers: { potential: 'Экспорт', cooperation: 'Общая лаборатория', coordinator: 'Десять лет' }
			});
			const id = (made.application as { id: string }).id;
			ids[application.key] = id;
			// A minute apart, so the earlier submission is plain.
			at(`2017-06-15T06:0${index + 1}:00.000Z`);
			await post(`/api/calls/${callId}/applications/${id}/submit`, 'applicant', {});
		}

		at('2017-07-02T06:00:00.000Z');
		await post(`/api/calls/${callId}/state`, 'reviewer', { state: 'closed' });
		for (const application of APPLICATIONS) {
			const verdict = application.fails
				? { id: 'letters', met: false, reason: 'Нет писем о намерениях' }
				: { id: 'letters', met: true, reason: '' };
			await post(`/api/calls/${callId}/applications/${ids[application.key]}/check`, 'reviewer', {
				requirements: [verdict]
			});
		}
		await post(`/api/calls/${callId}/assignments`, 'reviewer', { perApplication: 3 });
		await post(`/api/calls/${callId}/state`, 'reviewer', { state: 'scoring' });
		for (const application of APPLICATIONS.filter((each) => !each.fails)) {
			for (const [k, evaluator] of ['eva', 'ivan', 'aigul'].entries()) {
				const given = application.scores[k]!;
				await post(`/api/calls/${callId}/applications/${ids[application.key]}/scores`, evaluator, {
					conflict: false,
					scores: CRITERIA.map((criterion, c) => ({
						criterionId: criterion.id,
						score: given[c],
						comment: 'Обосновано'
					}))
				});
			}
		}
	}, 120_000);

	afterAll(async () => {
		await server?.stop();
		await database?.dispose();
	});

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

	async function workbook(who = 'reviewer'): Promise<ExcelJS.Workbook> {
		const file = await download('xlsx', who);
		expect(file.status).toBe(200);
		expect(file.type).toBe(XLSX_TYPE);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(file.bytes.buffer as ArrayBuffer);
		return book;
	}

	it('writes the ranking in Russian with the totals, means and spread the ranking API gives, best first', async () => {
		const api = await ranking();
		expect(api.map((row) => row.name.ru)).toEqual([
			'Зерновой кластер Костаная',
			'Туристический кластер Алматы',
			'Фармацевтический кластер',
			'Лакокрасочный кластер'
		]);
		const book = await workbook();
		expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Рейтинг заявок']);
		const rows = rowsOf(book.getWorksheet('Рейтинг заявок')!);
		expect(rows.map((row) => row['Место'])).toEqual([1, 2, 3, 4]);
		expect(rows.map((row) => row['Заявка'])).toEqual(api.map((row) => row.name.ru));
		expect(rows.map((row) => row['Итоговый балл'])).toEqual(api.map((row) => row.total));
		expect(rows.map((row) => row['Разброс'])).toEqual(api.map((row) => row.spread));
		expect(rows.map((row) => row['Потенциал кластера'])).toEqual(api.map((row) => row.byCriterion.potential));
		expect(rows.map((row) => row['Регион'])).toEqual([
			'Костанайская область',
			'г. Алматы',
			'Туркестанская область',
			'Павлодарская область'
		]);
		// The pharmaceutical cluster's evaluators gave it 100, 25 and 60: a spread the commission reads.
		expect(rows.map((row) => row['Оценки расходятся'])).toEqual(['Нет', 'Нет', 'Да', 'Нет']);
		expect(rows.map((row) => row['Набран проходной балл'])).toEqual(['Да', 'Да', 'Да', 'Нет']);
		expect(rows.every((row) => row['Решение'] === null)).toBe(true);
		// The rejected application is not ranked.
		expect(rows.map((row) => row['Заявка'])).not.toContain('Мебельный кластер');
	});

	it('adds the decision once taken: its date, protocol, the chosen and the reserve, in Russian', async () => {
		const proposal = await ranking();
		await post(`/api/calls/${callId}/decision`, 'reviewer', {
			date: '2017-07-12',
			protocol: '17-КПР',
			decisions: [{ applicationId: proposal[0]!.applicationId, decision: 'chosen', note: 'Лидер' }]
		});
		const api = await ranking();
		expect(api.map((row) => row.decision)).toEqual(['chosen', 'chosen', 'reserve', 'not_chosen']);

		const book = await workbook();
		expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Рейтинг заявок', 'Решение']);
		const rows = rowsOf(book.getWorksheet('Рейтинг заявок')!);
		expect(rows.map((row) => row['Итоговый балл'])).toEqual(api.map((row) => row.total));
		expect(rows.map((row) => row['Решение'])).toEqual(['Отобрана', 'Отобрана', 'Резерв', 'Не отобрана']);
		expect(rows.map((row) => row['Примечание'])).toEqual(['Лидер', null, null, null]);

		const decision = rowsOf(book.getWorksheet('Решение')!).map((row) => [row['Пункт'], row['Сведения']]);
		expect(decision).toContainEqual(['Номер протокола', '17-КПР']);
		expect(decision).toContainEqual(['Дата заседания комиссии', '12 июля 2017 г.']);
		expect(decision.slice(-3)).toEqual([
			['Отобраны (2)', '1. Зерновой кластер Костаная'],
			[null, '2. Туристический кластер Алматы'],
			['Резерв (1)', '3. Фармацевтический кластер']
		]);
	});

	it(
		'prints the same ranking and decision to a PDF in Russian, totals as the ranking API gives them',
		async () => {
			const api = await ranking();
			const file = await download('pdf', 'reviewer');
			expect(file.status).toBe(200);
			expect(file.type).toBe('application/pdf');
			expect(file.disposition).toBe(`attachment; filename="ranking-${callId}-ru.pdf"`);
			const text = pageText((await pdfPages(file.bytes)).flat());
			expect(text).toContain('Рейтинг заявок');
			expect(text).toContain('Итоговый балл');
			const points = new Intl.NumberFormat('ru', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
			// Each application in rank order, each followed by its total.
			let from = text.indexOf('Итоговый балл');
			for (const row of api) {
				const name = text.indexOf(row.name.ru, from);
				expect(name, row.name.ru).toBeGreaterThan(from);
				const total = text.indexOf(points.format(row.total!), name);
				expect(total, `${row.name.ru}: ${points.format(row.total!)}`).toBeGreaterThan(name);
				from = name;
			}
			// pdf.js splits runs at punctuation, so the sentence is compared without its spaces.
			const squeezed = (said: string) => said.replace(/\s+/g, '');
			expect(squeezed(text)).toContain(squeezed('Решение комиссии от 12 июля 2017 г., протокол № 17-КПР.'));
			expect(text).toContain('Отобраны (2)');
			expect(text).toContain('Резерв (1)');
		},
		PDF_TIMEOUT
	);

	it('makes a chosen application a cluster, which the published results link to', async () => {
		const [grain] = await ranking();
		const made = await post(
			`/api/calls/${callId}/applications/${grain!.applicationId}/workspace`,
			'reviewer',
			{
				facilitatorId: ids.facilitator
			}
		);
		const clusterId = made.clusterId as string;
		await post(`/api/calls/${callId}/state`, 'reviewer', { state: 'published' });

		const published = await get(`/api/calls/${callId}/results`, 'applicant');
		expect(published.status).toBe(200);
		const results = published.body.results as {
			name: { ru: string };
			result: string;
			total: number | null;
			clusterId: string | null;
		}[];
		expect(results.map((row) => [row.name.ru, row.result, row.clusterId])).toEqual([
			['Зерновой кластер Костаная', 'chosen', clusterId],
			['Туристический кластер Алматы', 'chosen', null],
			['Фармацевтический кластер', 'reserve', null],
			['Лакокрасочный кластер', 'not_chosen', null],
			['Мебельный кластер', 'rejected', null]
		]);
		expect(results.at(-1)!.total).toBeNull();
		// The applicant is a member of the new cluster, its facilitator the one KIDI chose.
		const cluster = await fetch(`${origin()}/c/${encodeURIComponent(clusterId)}`, {
			headers: { cookie: `session=${tokens.facilitator}; PARAGLIDE_LOCALE=ru` },
			redirect: 'manual'
		});
		expect(cluster.status).toBe(200);
		expect(await cluster.text()).toContain('Зерновой кластер Костаная');
	});

	it('is KIDI’s alone: an applicant or an evaluator is refused, a signed-out request asked to sign in', async () => {
		for (const who of ['applicant', 'eva']) {
			const refused = await download('xlsx', who);
			expect(refused.status).toBe(403);
			expect(JSON.parse(new TextDecoder().decode(refused.bytes))).toMatchObject({ code: 'forbidden' });
		}
		expect((await download('pdf', 'applicant')).status).toBe(403);
		expect((await download('xlsx', null)).status).toBe(401);
		const wrong = await download('csv', 'reviewer');
		expect(wrong.status).toBe(400);
		expect(JSON.parse(new TextDecoder().decode(wrong.bytes))).toMatchObject({ field: 'format' });
	});
});
