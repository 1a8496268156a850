import { describe, expect, it } from 'vitest';
import { detailSummary } from '$lib/components/audit/audit-detail';

describe('an audit entry’s detail in the reader’s language', () => {
	it('names a member’s role in English, Russian and Kazakh', () => {
		expect(detailSummary({ role: 'member' }, 'en')).toBe('Role: Member');
		expect(detailSummary({ role: 'member' }, 'ru')).toBe('Роль: Участник');
		expect(detailSummary({ role: 'facilitator' }, 'kk')).toBe('Рөл: Фасилитатор');
	});

	it('words a reporting year’s change of state and keeps the comment', () => {
		const detail = { from: 'in_progress', to: 'submitted', comment: '' };
		expect(detailSummary(detail, 'en')).toBe('In progress → Submitted');
		expect(detailSummary(detail, 'ru')).toBe('Заполняется → Отправлен на рассмотрение');
		expect(detailSummary({ ...detail, comment: 'Жарайды' }, 'kk')).toBe(
			'Толтырылуда → Қарауға жіберілді; Пікір: Жарайды'
		);
	});

	it('labels names, titles and the new account’s fields, and leaves an empty role out', () => {
		expect(detailSummary({ name: 'Мука' }, 'ru')).toBe('Название: Мука');
		expect(detailSummary({ username: 'aigul', globalRole: 'reviewer' }, 'kk')).toBe(
			'Пайдаланушы аты: aigul; Барлық кластерлердегі рөлі: Сарапшы-рецензент'
		);
		expect(detailSummary({ username: 'aigul', globalRole: null }, 'en')).toBe('Username: aigul');
	});

	it('says which version a restore kept and a workshop saved, and names a workshop by its title', () => {
		expect(detailSummary({ label: 'Before KIDI', kept: 7 }, 'en')).toBe(
			'Version label: Before KIDI; The plan as it was is kept as v7'
		);
		expect(detailSummary({ workshopId: 'w-1', title: 'Стратегия', version: 8 }, 'ru')).toBe(
			'Семинар: Стратегия; Сохранён как v8'
		);
	});

	it('counts an import’s lines and names the cluster it came from', () => {
		expect(detailSummary({ rows: 1200, recorded: 1200 }, 'ru')).toBe(
			'Строк в файле: 1\u00a0200; Внесено значений: 1\u00a0200'
		);
		const imported = { from: 'flour-old', plans: 1, versions: 3, values: 0, unknownMembers: ['a', 'b'] };
		expect(detailSummary(imported, 'kk')).toBe(
			'Бастапқы кластер: flour-old; Жоспарлар: 1; Нұсқалар: 3; Мәндер: 0; Мұнда тіркелгісі жоқ мүшелер: a, b'
		);
	});

	it('reads a key it does not know as words, never as code', () => {
		expect(detailSummary({ someNewField: true, other_thing: 'x' }, 'ru')).toBe(
			'Some new field: Да; Other thing: x'
		);
		expect(detailSummary({ role: 'chief' }, 'en')).toBe('Role: chief');
		expect(detailSummary(null, 'en')).toBe('');
	});
});
