// Participants of the pharmaceutical cluster of South Kazakhstan region (its old name, which still
// takes in Shymkent): generic, infusion, herbal and medical device makers, their packaging and raw
// material suppliers, and the institutions of its map. The map's "Shymkent city and regional akimats"
// are two bodies; the city's industry department, which took part, stands for them here. The cluster
// registered its association in April 2019, one of the first two; its member firms are in it.
import type { ParticipantEntry, ProfileEntry } from './index';

export const participants: ParticipantEntry[] = [
	{
		binStem: '06034082716',
		name: { ru: 'АО «Онтустик Фарм»', kk: '«Оңтүстік Фарм» АҚ', en: 'Ontustik Pharm JSC' },
		kind: 'large',
		employees: 620,
		locality: 'Shymkent',
		stageId: 's-manufacturing',
		joinedAt: '2017-06-01',
		contact: 'Председатель правления',
		inOrganisation: true
	},
	{
		binStem: '11074032500',
		name: { ru: 'ТОО «Шымкент Генерикс»', kk: '«Шымкент Генерикс» ЖШС', en: 'Shymkent Generics LLP' },
		kind: 'sme',
		employees: 180,
		locality: 'Shymkent',
		stageId: 's-manufacturing',
		joinedAt: '2017-06-01',
		inOrganisation: true
	},
	{
		binStem: '09124068820',
		name: { ru: 'ТОО «ИнфузияМед»', kk: '«ИнфузияМед» ЖШС', en: 'InfuziyaMed LLP' },
		kind: 'large',
		employees: 270,
		locality: 'Shymkent',
		stageId: 's-manufacturing',
		joinedAt: '2017-06-01',
		contact: 'Генеральный директор',
		inOrganisation: true
	},
	{
		binStem: '13044049692',
		name: {
			ru: 'ТОО «Сайрам Фитоэкстракт»',
			kk: '«Сайрам Фитоэкстракт» ЖШС',
			en: 'Sayram Phytoextract LLP'
		},
		kind: 'sme',
		employees: 65,
		locality: 'Sayram',
		stageId: 's-manufacturing',
		joinedAt: '2017-10-05',
		inOrganisation: true
	},
	{
		binStem: '14104058820',
		name: { ru: 'ТОО «Мия Агро»', kk: '«Мия Агро» ЖШС', en: 'Miya Agro LLP' },
		kind: 'sme',
		employees: 40,
		locality: 'Arys',
		stageId: 's-inputs',
		joinedAt: '2018-02-08',
		inOrganisation: true
	},
	{
		binStem: '12084077636',
		name: { ru: 'ТОО «МедПласт Онтустик»', kk: '«МедПласт Оңтүстік» ЖШС', en: 'MedPlast Ontustik LLP' },
		kind: 'sme',
		employees: 110,
		locality: 'Shymkent',
		stageId: 's-manufacturing',
		joinedAt: '2017-06-01',
		inOrganisation: true
	},
	{
		binStem: '15024031584',
		name: { ru: 'ТОО «ФармГласс Кентау»', kk: '«ФармГласс Кентау» ЖШС', en: 'PharmGlass Kentau LLP' },
		kind: 'sme',
		employees: 90,
		locality: 'Kentau',
		stageId: 's-inputs',
		joinedAt: '2018-04-12',
		inOrganisation: true
	},
	{
		binStem: '16094055836',
		name: {
			ru: 'ТОО «Блистер Пак Шымкент»',
			kk: '«Блистер Пак Шымкент» ЖШС',
			en: 'Blister Pack Shymkent LLP'
		},
		kind: 'sme',
		employees: 35,
		locality: 'Shymkent',
		stageId: 's-inputs',
		joinedAt: '2018-06-21',
		leftAt: '2021-12-31'
	},
	{
		binStem: '16034001232',
		name: {
			ru: 'Лаборатория контроля качества',
			kk: 'Сапаны бақылау зертханасы',
			en: 'Quality control laboratory'
		},
		kind: 'sme',
		employees: 18,
		locality: 'Shymkent',
		stageId: 's-manufacturing',
		joinedAt: '2017-10-05',
		contact: 'Заведующий лабораторией',
		inOrganisation: true,
		actorId: 'a-qclab'
	},
	{
		binStem: '13114027840',
		name: {
			ru: 'ТОО «Сайрам Фарм Логистик»',
			kk: '«Сайрам Фарм Логистик» ЖШС',
			en: 'Sayram Pharm Logistics LLP'
		},
		kind: 'sme',
		employees: 55,
		locality: 'Shymkent',
		stageId: 's-distribution',
		joinedAt: '2018-09-27',
		inOrganisation: true
	},
	{
		binStem: '09124188092',
		name: {
			ru: 'ТОО «СК-Фармация» (единый дистрибьютор)',
			kk: '«СҚ-Фармация» ЖШС (бірыңғай дистрибьютор)',
			en: 'SK-Pharmacy single distributor'
		},
		kind: 'public',
		employees: 30,
		locality: 'Shymkent',
		stageId: 's-distribution',
		joinedAt: '2018-03-15',
		contact: 'Директор филиала',
		actorId: 'a-singledistributor'
	},
	{
		binStem: '02104002764',
		name: {
			ru: 'Южно-Казахстанская медицинская академия',
			kk: 'Оңтүстік Қазақстан медицина академиясы',
			en: 'South Kazakhstan Medical Academy'
		},
		kind: 'research',
		employees: 1100,
		locality: 'Shymkent',
		stageId: 's-support',
		joinedAt: '2017-06-01',
		contact: 'Проректор по науке',
		actorId: 'a-academy'
	},
	{
		binStem: '05084050420',
		name: { ru: 'СЭЗ «Онтүстік»', kk: '«Оңтүстік» АЭА', en: 'Ontustik special economic zone' },
		kind: 'public',
		employees: 35,
		locality: 'Shymkent',
		stageId: 's-support',
		joinedAt: '2017-06-01',
		contact: 'Председатель правления',
		actorId: 'a-sez'
	},
	{
		binStem: '08074144308',
		name: {
			ru: 'АО «Фонд развития предпринимательства «Даму»',
			kk: '«Даму» кәсіпкерлікті дамыту қоры» АҚ',
			en: 'DAMU Entrepreneurship Development Fund'
		},
		kind: 'finance',
		employees: 42,
		locality: 'Shymkent',
		stageId: 's-support',
		joinedAt: '2018-05-17',
		contact: 'Директор филиала',
		actorId: 'a-damu'
	},
	{
		binStem: '18074064520',
		name: {
			ru: 'ГУ «Управление предпринимательства и индустриально-инновационного развития города Шымкент»',
			kk: '«Шымкент қаласының кәсіпкерлік және индустриалдық-инновациялық даму басқармасы» ММ',
			en: 'Department of Entrepreneurship and Industrial-Innovative Development of Shymkent'
		},
		kind: 'public',
		employees: 45,
		locality: 'Shymkent',
		stageId: 's-support',
		joinedAt: '2018-09-27',
		contact: 'Руководитель управления'
	},
	// Joined after the report of 1 January 2019.
	{
		binStem: '10014121352',
		name: {
			ru: 'Национальный центр экспертизы лекарственных средств',
			kk: 'Дәрілік заттарды сараптаудың ұлттық орталығы',
			en: 'National centre for expertise of medicines'
		},
		kind: 'public',
		employees: 40,
		locality: 'Shymkent',
		stageId: 's-support',
		joinedAt: '2019-06-11',
		contact: 'Директор филиала',
		actorId: 'a-expertise'
	},
	{
		binStem: '18034193008',
		name: {
			ru: 'АО «ЭСК «KazakhExport»',
			kk: '«KazakhExport» ЭСК» АҚ',
			en: 'KazakhExport export credit agency'
		},
		kind: 'finance',
		employees: 4,
		locality: 'Shymkent',
		stageId: 's-support',
		joinedAt: '2020-04-14',
		contact: 'Региональный менеджер',
		actorId: 'a-kazakhexport'
	},
	{
		binStem: '18114006292',
		name: { ru: 'ТОО «РегФарм Консалт»', kk: '«РегФарм Консалт» ЖШС', en: 'RegPharm Consult LLP' },
		kind: 'sme',
		employees: 7,
		locality: 'Shymkent',
		stageId: 's-development',
		joinedAt: '2019-09-24',
		inOrganisation: true
	},
	{
		binStem: '20054007372',
		name: {
			ru: 'ТОО «БиоЭквивалент Центр»',
			kk: '«БиоЭквивалент Орталығы» ЖШС',
			en: 'BioEquivalent Centre LLP'
		},
		kind: 'sme',
		employees: 16,
		locality: 'Shymkent',
		stageId: 's-development',
		joinedAt: '2021-02-09',
		inOrganisation: true
	}
];

export const profile: ProfileEntry = {
	hasOrganisation: true,
	since: '2019-04-18',
	legalForm: 'Объединение юридических лиц в форме ассоциации',
	name: {
		ru: 'ОЮЛ «Фармацевтический кластер Южного Казахстана»',
		kk: '«Оңтүстік Қазақстан фармацевтикалық кластері» ЗТБ',
		en: 'South Kazakhstan Pharmaceutical Cluster Association'
	},
	binStem: '19044029600',
	coordinator: 'Исполнительный директор ассоциации',
	staffFte: 2,
	website: '',
	funding: { fees: 70, public: 20, other: 10 },
	strategyDate: '2018-11-22',
	stage: 'implementing'
};
