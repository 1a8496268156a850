// Participants of the flour cluster of Kostanay region: the mills, elevators, farms and bakeries that
// applied in June 2017 or came in during the diagnosis, and the institutions of its map. The rail
// carrier, the credit agencies and the state grain reserve joined once the plan asked for them.
import type { ParticipantEntry } from './index';
import { noOrganisationYet } from './no-organisation';

export const participants: ParticipantEntry[] = [
	{
		binStem: '09034078932',
		name: { ru: 'ТОО «Алтын Дан»', kk: '«Алтын Дән» ЖШС', en: 'Altyn Dan LLP' },
		kind: 'large',
		employees: 310,
		locality: 'Kostanay',
		stageId: 's-milling',
		joinedAt: '2017-06-05',
		contact: 'Генеральный директор'
	},
	{
		binStem: '06114037112',
		name: { ru: 'АО «Рудненский мелькомбинат»', kk: '«Рудный ұн комбинаты» АҚ', en: 'Rudny Flour Mill JSC' },
		kind: 'large',
		employees: 265,
		locality: 'Rudny',
		stageId: 's-milling',
		joinedAt: '2017-06-05',
		contact: 'Председатель правления'
	},
	{
		binStem: '12044006136',
		name: {
			ru: 'ТОО «Житикаринская мукомольная компания»',
			kk: '«Жітіқара ұн тарту компаниясы» ЖШС',
			en: 'Zhitikara Milling Company LLP'
		},
		kind: 'sme',
		employees: 72,
		locality: 'Zhitikara',
		stageId: 's-milling',
		joinedAt: '2017-06-05'
	},
	{
		binStem: '14094033308',
		name: { ru: 'ТОО «Сарыкольская мельница»', kk: '«Сарыкөл диірмені» ЖШС', en: 'Sarykol Mill LLP' },
		kind: 'sme',
		employees: 48,
		locality: 'Sarykol',
		stageId: 's-milling',
		joinedAt: '2017-11-20'
	},
	{
		binStem: '08024081492',
		name: {
			ru: 'ТОО «Карабалыкский элеватор»',
			kk: '«Қарабалық элеваторы» ЖШС',
			en: 'Karabalyk Elevator LLP'
		},
		kind: 'sme',
		employees: 95,
		locality: 'Karabalyk',
		stageId: 's-storage',
		joinedAt: '2017-06-05'
	},
	{
		binStem: '10074094460',
		name: { ru: 'ТОО «Денисовский элеватор»', kk: '«Денисов элеваторы» ЖШС', en: 'Denisovka Elevator LLP' },
		kind: 'sme',
		employees: 64,
		locality: 'Denisovka',
		stageId: 's-storage',
		joinedAt: '2018-02-14',
		leftAt: '2021-06-30',
		contact: 'Коммерческий директор'
	},
	{
		binStem: '07054033536',
		name: { ru: 'ТОО «Тобыл Агро»', kk: '«Тобыл Агро» ЖШС', en: 'Tobyl Agro LLP' },
		kind: 'large',
		employees: 540,
		locality: 'Fyodorovka',
		stageId: 's-farming',
		joinedAt: '2017-06-05',
		contact: 'Генеральный директор'
	},
	{
		binStem: '11034078488',
		name: { ru: 'ТОО «Камысты Дала»', kk: '«Қамысты Дала» ЖШС', en: 'Kamysty Dala LLP' },
		kind: 'sme',
		employees: 85,
		locality: 'Kamysty',
		stageId: 's-farming',
		joinedAt: '2018-03-01'
	},
	{
		binStem: '05094083288',
		name: {
			ru: 'ТОО «Костанайский хлебозавод № 1»',
			kk: '«№ 1 Қостанай нан зауыты» ЖШС',
			en: 'Kostanay Bakery No. 1 LLP'
		},
		kind: 'sme',
		employees: 180,
		locality: 'Kostanay',
		stageId: 's-processing',
		joinedAt: '2017-09-18'
	},
	{
		binStem: '13064032032',
		name: {
			ru: 'ТОО «Макаронная фабрика «Береке»',
			kk: '«Береке» макарон фабрикасы» ЖШС',
			en: 'Bereke Pasta Factory LLP'
		},
		kind: 'sme',
		employees: 120,
		locality: 'Kostanay',
		stageId: 's-processing',
		joinedAt: '2017-06-05',
		contact: 'Главный технолог'
	},
	{
		binStem: '15104045100',
		name: {
			ru: 'ТОО «Лисаковский хлебокомбинат»',
			kk: '«Лисаков нан комбинаты» ЖШС',
			en: 'Lisakovsk Bakery LLP'
		},
		kind: 'sme',
		employees: 58,
		locality: 'Lisakovsk',
		stageId: 's-processing',
		joinedAt: '2018-05-22'
	},
	{
		binStem: '04094040336',
		name: {
			ru: 'Костанайский государственный университет',
			kk: 'Қостанай мемлекеттік университеті',
			en: 'Kostanay State University'
		},
		kind: 'research',
		employees: 1400,
		locality: 'Kostanay',
		stageId: 's-support',
		joinedAt: '2017-06-05',
		contact: 'Проректор по науке',
		actorId: 'a-university'
	},
	{
		binStem: '06074019860',
		name: {
			ru: 'Областная сельскохозяйственная опытная станция',
			kk: 'Облыстық ауыл шаруашылығы тәжірибе станциясы',
			en: 'Regional agricultural research station'
		},
		kind: 'research',
		employees: 120,
		locality: 'Karabalyk',
		stageId: 's-support',
		joinedAt: '2018-03-15',
		actorId: 'a-research'
	},
	{
		binStem: '08114122584',
		name: {
			ru: 'АО «Фонд развития предпринимательства «Даму»',
			kk: '«Даму» кәсіпкерлікті дамыту қоры» АҚ',
			en: 'DAMU Entrepreneurship Development Fund'
		},
		kind: 'finance',
		employees: 38,
		locality: 'Kostanay',
		stageId: 's-support',
		joinedAt: '2018-05-10',
		contact: 'Директор филиала',
		actorId: 'a-damu'
	},
	{
		binStem: '14014035040',
		name: {
			ru: 'Палата предпринимателей Костанайской области',
			kk: 'Қостанай облысының кәсіпкерлер палатасы',
			en: 'Regional Chamber of Entrepreneurs'
		},
		kind: 'association',
		employees: 60,
		locality: 'Kostanay',
		stageId: 's-support',
		joinedAt: '2017-06-05',
		contact: 'Заместитель директора',
		actorId: 'a-chamber'
	},
	{
		binStem: '03054006132',
		name: {
			ru: 'Центр кластерного развития КИРИ',
			kk: 'ҚИДИ кластерлік даму орталығы',
			en: 'KIDI cluster development centre'
		},
		kind: 'public',
		employees: 180,
		region: 'Nur-Sultan',
		locality: 'Nur-Sultan',
		stageId: 's-support',
		joinedAt: '2017-09-15',
		contact: 'Руководитель центра',
		actorId: 'a-kidi'
	},
	// Joined after the report of 1 January 2019.
	{
		binStem: '15034131976',
		name: { ru: 'Грузовые ж/д перевозки (КТЖ)', kk: 'Теміржол жүк тасымалы (ҚТЖ)', en: 'Rail freight (KTZ)' },
		kind: 'large',
		employees: 1200,
		locality: 'Kostanay',
		stageId: 's-logistics',
		joinedAt: '2019-06-17',
		contact: 'Начальник отделения',
		actorId: 'a-rail'
	},
	{
		binStem: '09054190132',
		name: {
			ru: 'АО «Аграрная кредитная корпорация»',
			kk: '«Аграрлық несие корпорациясы» АҚ',
			en: 'Agrarian Credit Corporation'
		},
		kind: 'finance',
		employees: 22,
		locality: 'Kostanay',
		stageId: 's-support',
		joinedAt: '2019-09-02',
		contact: 'Директор филиала',
		actorId: 'a-acc'
	},
	{
		binStem: '07114191232',
		name: {
			ru: 'АО «НК «Продкорпорация» (госрезерв зерна)',
			kk: '«Азық-түлік келісімшарт корпорациясы» ҰК» АҚ (мемлекеттік астық резерві)',
			en: 'Food Contract Corporation (state grain reserve)'
		},
		kind: 'public',
		employees: 45,
		locality: 'Kostanay',
		stageId: 's-storage',
		joinedAt: '2020-02-10',
		contact: 'Директор филиала',
		actorId: 'a-foodcorp'
	},
	{
		binStem: '17024158936',
		name: {
			ru: 'АО «ЭСК «KazakhExport»',
			kk: '«KazakhExport» ЭСК» АҚ',
			en: 'KazakhExport export credit agency'
		},
		kind: 'finance',
		employees: 4,
		locality: 'Kostanay',
		stageId: 's-support',
		joinedAt: '2020-11-05',
		contact: 'Региональный менеджер',
		actorId: 'a-kazakhexport'
	},
	{
		binStem: '16084044660',
		name: {
			ru: 'ТОО «КостанайТрансЭкспедиция»',
			kk: '«ҚостанайТрансЭкспедиция» ЖШС',
			en: 'KostanayTransExpedition LLP'
		},
		kind: 'sme',
		employees: 40,
		locality: 'Kostanay',
		stageId: 's-logistics',
		joinedAt: '2020-03-12'
	},
	{
		binStem: '20094053592',
		name: {
			ru: 'ТОО «Аулиекольский комбикормовый завод»',
			kk: '«Әулиекөл құрама жем зауыты» ЖШС',
			en: 'Auliekol Feed Mill LLP'
		},
		kind: 'sme',
		employees: 46,
		locality: 'Auliekol',
		stageId: 's-milling',
		joinedAt: '2021-04-20'
	}
];

// The flour cluster was to register its association by May 2019 and had not yet.
export const profile = noOrganisationYet({ strategyDate: '2018-12-07', stage: 'plan_approved' });
