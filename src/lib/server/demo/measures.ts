// The demo's catalogue of state support measures: a dozen of the kinds the clusters' plans needed,
// eight in force (the operators and acts are those Kazakhstan's programmes name, written to be
// believable, not quoted), two whose acts are drafted and two only proposed by the clusters' plans.
// Ceilings are in tenge; the drafted and proposed ones have no dates yet.
import type { Measure, MeasureInput } from '../../measures/measure';
import { checkNewMeasure } from '../../measures/measure-form';
import type { Db } from '../db';
import { writeMeasure } from '../measures/store';

type Text = [ru: string, kk: string, en: string];
const t = ([ru, kk, en]: Text) => ({ ru, kk, en });

const DAMU: Text = [
	'Фонд развития предпринимательства «Даму»',
	'«Даму» кәсіпкерлікті дамыту қоры',
	'Damu Entrepreneurship Development Fund'
];
const QAZINDUSTRY: Text = [
	'АО «QazIndustry» (Казахстанский институт развития индустрии)',
	'«QazIndustry» АҚ (Қазақстанның индустрияны дамыту институты)',
	'QazIndustry JSC (Kazakhstan Industry Development Institute)'
];
const MINISTRY_OF_INDUSTRY: Text = [
	'Министерство индустрии и инфраструктурного развития РК',
	'ҚР Индустрия және инфрақұрылымдық даму министрлігі',
	'Ministry of Industry and Infrastructure Development'
];
const BUSINESS_ROADMAP: Text = [
	'Государственная программа поддержки и развития бизнеса «Дорожная карта бизнеса-2020»',
	'«Бизнестің жол картасы-2020» бизнесті қолдау мен дамытудың мемлекеттік бағдарламасы',
	'State Programme for Business Support and Development “Business Roadmap 2020”'
];
const ENTREPRENEURSHIP_CODE: Text = [
	'Предпринимательский кодекс Республики Казахстан',
	'Қазақстан Республикасының Кәсіпкерлік кодексі',
	'Entrepreneurship Code of the Republic of Kazakhstan'
];
const SME: Text = [
	'Субъекты малого и среднего предпринимательства в обрабатывающей промышленности и сфере услуг',
	'Өңдеу өнеркәсібі мен қызмет көрсету саласындағы шағын және орта кәсіпкерлік субъектілері',
	'Small and medium-sized businesses in manufacturing and services'
];
const CLUSTER_RULES_DRAFT: Text = [
	'Проект Правил государственной поддержки территориальных кластеров',
	'Аумақтық кластерлерді мемлекеттік қолдау қағидаларының жобасы',
	'Draft Rules of State Support for Territorial Clusters'
];
const PLAN_PROPOSALS: Text = [
	'Предложение кластеров к изменениям Предпринимательского кодекса РК',
	'Кластерлердің ҚР Кәсіпкерлік кодексіне өзгерістер туралы ұсынысы',
	'Clusters’ proposal to amend the Entrepreneurship Code'
];

type Seed = Omit<MeasureInput, 'name' | 'operator' | 'recipients' | 'legalAct'> & {
	id: string;
	name: Text;
	operator: Text;
	recipients: Text;
	legalAct: Text;
};

const SEEDS: Seed[] = [
	{
		id: 'damu-interest-subsidy',
		name: [
			'Субсидирование ставки вознаграждения по кредитам',
			'Кредиттер бойынша сыйақы мөлшерлемесін субсидиялау',
			'Interest rate subsidy on bank loans'
		],
		operator: DAMU,
		instrument: 'interest_subsidy',
		recipients: SME,
		maxPerProject: 1_500_000_000,
		ownShare: 0,
		legalAct: BUSINESS_ROADMAP,
		legalArticle: 'направление 1, п. 5.1',
		inForceFrom: '2010-04-01',
		inForceTo: null,
		status: 'in_force'
	},
	{
		id: 'damu-loan-guarantee',
		name: [
			'Частичное гарантирование кредитов',
			'Кредиттерге ішінара кепілдік беру',
			'Partial loan guarantee'
		],
		operator: DAMU,
		instrument: 'loan_guarantee',
		recipients: [
			'Предприниматели, которым не хватает залогового обеспечения для кредита банка',
			'Банк кредиті үшін кепіл қамтамасыз етуі жетпейтін кәсіпкерлер',
			'Businesses whose collateral falls short of what a bank asks'
		],
		maxPerProject: 3_000_000_000,
		ownShare: 15,
		legalAct: BUSINESS_ROADMAP,
		legalArticle: 'направление 1, п. 5.3',
		inForceFrom: '2011-01-01',
		inForceTo: null,
		status: 'in_force'
	},
	{
		id: 'industry-service-support',
		name: [
			'Сервисная поддержка промышленных предприятий: консалтинг, маркетинг, сертификация',
			'Өнеркәсіп кәсіпорындарын сервистік қолдау: консалтинг, маркетинг, сертификаттау',
			'Service support for manufacturers: consulting, marketing, certification'
		],
		operator: QAZINDUSTRY,
		instrument: 'service',
		recipients: [
			'Отечественные производители обрабатывающей промышленности',
			'Өңдеу өнеркәсібінің отандық өндірушілері',
			'Domestic manufacturers'
		],
		maxPerProject: 30_000_000,
		ownShare: 10,
		legalAct: [
			'Закон Республики Казахстан «О промышленной политике»',
			'«Өнеркәсіптік саясат туралы» Қазақстан Республикасының Заңы',
			'Law of the Republic of Kazakhstan “On Industrial Policy”'
		],
		legalArticle: 'ст. 29',
		inForceFrom: '2022-01-01',
		inForceTo: null,
		status: 'in_force'
	},
	{
		id: 'innovation-grant',
		name: [
			'Инновационный грант на коммерциализацию технологий',
			'Технологияларды коммерцияландыруға арналған инновациялық грант',
			'Innovation grant for technology commercialisation'
		],
		operator: [
			'АО «QazTech Ventures» (ранее НАТР)',
			'«QazTech Ventures» АҚ (бұрынғы ТДҰА)',
			'QazTech Ventures JSC (formerly NATD)'
		],
		instrument: 'grant',
		recipients: [
			'Предприятия и консорциумы, выводящие на рынок результаты научно-технической деятельности',
			'Ғылыми-техникалық қызмет нәтижелерін нарыққа шығаратын кәсіпорындар мен консорциумдар',
			'Companies and consortia bringing research results to market'
		],
		maxPerProject: 200_000_000,
		ownShare: 20,
		legalAct: ENTREPRENEURSHIP_CODE,
		legalArticle: 'гл. 23, ст. 247',
		inForceFrom: '2016-01-01',
		inForceTo: null,
		status: 'in_force'
	},
	{
		id: 'export-insurance',
		name: [
			'Страхование экспортных контрактов и предэкспортного финансирования',
			'Экспорттық келісімшарттарды және экспорт алдындағы қаржыландыруды сақтандыру',
			'Insurance of export contracts and pre-export finance'
		],
		operator: ['АО «ЭСК «KazakhExport»', '«KazakhExport» ЭСК» АҚ', 'KazakhExport Export Credit Agency'],
		instrument: 'other',
		recipients: [
			'Экспортёры несырьевых товаров, работ и услуг',
			'Шикізаттық емес тауарлардың, жұмыстар мен қызметтердің экспорттаушылары',
			'Exporters of non-commodity goods and services'
		],
		maxPerProject: 3_000_000_000,
		ownShare: 10,
		legalAct: ENTREPRENEURSHIP_CODE,
		legalArticle: 'ст. 252',
		inForceFrom: '2013-01-01',
		inForceTo: null,
		status: 'in_force'
	},
	{
		id: 'agro-investment-subsidy',
		name: [
			'Возмещение части инвестиционных вложений в переработку сельхозпродукции',
			'Ауыл шаруашылығы өнімдерін қайта өңдеуге салынған инвестициялардың бір бөлігін өтеу',
			'Compensation of part of the investment in agro-processing'
		],
		operator: [
			'Министерство сельского хозяйства РК',
			'ҚР Ауыл шаруашылығы министрлігі',
			'Ministry of Agriculture'
		],
		instrument: 'co_financing',
		recipients: [
			'Переработчики сельхозпродукции, вводящие новые или модернизирующие мощности',
			'Жаңа қуаттарды іске қосатын немесе жаңғыртатын ауыл шаруашылығы өнімдерін өңдеушілер',
			'Agro-processors building or modernising capacity'
		],
		maxPerProject: 2_000_000_000,
		ownShare: 50,
		legalAct: [
			'Закон РК «О государственном регулировании развития агропромышленного комплекса и сельских территорий»',
			'«Агроөнеркәсіптік кешенді және ауылдық аумақтарды дамытуды мемлекеттік реттеу туралы» ҚР Заңы',
			'Law “On State Regulation of the Development of the Agro-Industrial Complex and Rural Areas”'
		],
		legalArticle: 'ст. 11',
		inForceFrom: '2014-01-01',
		inForceTo: null,
		status: 'in_force'
	},
	{
		id: 'export-promotion-reimbursement',
		name: [
			'Возмещение части затрат на продвижение товаров на внешние рынки',
			'Тауарларды сыртқы нарықтарға жылжыту шығындарының бір бөлігін өтеу',
			'Reimbursement of part of the cost of export promotion'
		],
		operator: [
			'АО «QazTrade» (Центр развития торговой политики)',
			'«QazTrade» АҚ (Сауда саясатын дамыту орталығы)',
			'QazTrade JSC (Trade Policy Development Centre)'
		],
		instrument: 'co_financing',
		recipients: [
			'Производители обрабатывающей промышленности, выходящие на экспорт',
			'Экспортқа шығатын өңдеу өнеркәсібі өндірушілері',
			'Manufacturers entering export markets'
		],
		maxPerProject: 100_000_000,
		ownShare: 50,
		legalAct: ENTREPRENEURSHIP_CODE,
		legalArticle: 'ст. 279',
		inForceFrom: '2015-01-01',
		inForceTo: '2025-12-31',
		status: 'in_force'
	},
	{
		id: 'sez-tax-relief',
		name: [
			'Налоговые льготы участникам специальных экономических зон',
			'Арнайы экономикалық аймақтар қатысушыларына салық жеңілдіктері',
			'Tax relief for special economic zone residents'
		],
		operator: [
			'Комитет государственных доходов Министерства финансов РК',
			'ҚР Қаржы министрлігінің Мемлекеттік кірістер комитеті',
			'State Revenue Committee of the Ministry of Finance'
		],
		instrument: 'tax_relief',
		recipients: [
			'Участники СЭЗ, ведущие приоритетные виды деятельности на её территории',
			'АЭА аумағында басым қызмет түрлерін жүргізетін қатысушылар',
			'SEZ residents in the zone’s priority activities'
		],
		maxPerProject: null,
		ownShare: 0,
		legalAct: [
			'Кодекс Республики Казахстан «О налогах и других обязательных платежах в бюджет» (Налоговый кодекс)',
			'«Салық және бюджетке төленетін басқа да міндетті төлемдер туралы» ҚР Кодексі (Салық кодексі)',
			'Tax Code of the Republic of Kazakhstan'
		],
		legalArticle: 'ст. 708',
		inForceFrom: '2018-01-01',
		inForceTo: null,
		status: 'in_force'
	},
	{
		id: 'cluster-organisation-cofinancing',
		name: [
			'Софинансирование текущих расходов кластерной организации',
			'Кластерлік ұйымның ағымдағы шығыстарын бірлесіп қаржыландыру',
			'Co-financing of a cluster organisation’s running costs'
		],
		operator: MINISTRY_OF_INDUSTRY,
		instrument: 'co_financing',
		recipients: [
			'Специализированные организации территориальных кластеров, отобранных по конкурсу',
			'Конкурс бойынша іріктелген аумақтық кластерлердің мамандандырылған ұйымдары',
			'Cluster organisations of territorial clusters chosen by competition'
		],
		maxPerProject: 60_000_000,
		ownShare: 30,
		legalAct: CLUSTER_RULES_DRAFT,
		legalArticle: 'п. 12',
		inForceFrom: null,
		inForceTo: null,
		status: 'drafted'
	},
	{
		id: 'cluster-training-service',
		name: [
			'Обучение команд кластерных организаций',
			'Кластерлік ұйымдардың командаларын оқыту',
			'Training for cluster organisation teams'
		],
		operator: QAZINDUSTRY,
		instrument: 'service',
		recipients: [
			'Сотрудники кластерных организаций и предприятий кластера',
			'Кластерлік ұйымдар мен кластер кәсіпорындарының қызметкерлері',
			'Staff of cluster organisations and cluster companies'
		],
		maxPerProject: 30_000_000,
		ownShare: 0,
		legalAct: CLUSTER_RULES_DRAFT,
		legalArticle: 'п. 18',
		inForceFrom: null,
		inForceTo: null,
		status: 'drafted'
	},
	{
		id: 'cluster-joint-project-grant',
		name: [
			'Грант на совместные проекты участников кластера',
			'Кластер мүшелерінің бірлескен жобаларына арналған грант',
			'Grant for joint projects of cluster participants'
		],
		operator: MINISTRY_OF_INDUSTRY,
		instrument: 'grant',
		recipients: [
			'Группы из трёх и более участников кластера с общим проектом',
			'Ортақ жобасы бар үш және одан да көп кластер мүшелерінен тұратын топтар',
			'Groups of three or more cluster participants with a shared project'
		],
		maxPerProject: 500_000_000,
		ownShare: 30,
		legalAct: PLAN_PROPOSALS,
		legalArticle: '',
		inForceFrom: null,
		inForceTo: null,
		status: 'proposed'
	},
	{
		id: 'cluster-infrastructure-cofinancing',
		name: [
			'Софинансирование общей инфраструктуры кластера: лаборатории, логистические центры',
			'Кластердің ортақ инфрақұрылымын бірлесіп қаржыландыру: зертханалар, логистикалық орталықтар',
			'Co-financing of shared cluster infrastructure: laboratories, logistics centres'
		],
		operator: [
			'Министерство индустрии и инфраструктурного развития РК совместно с акиматами областей',
			'ҚР Индустрия және инфрақұрылымдық даму министрлігі облыс әкімдіктерімен бірлесіп',
			'Ministry of Industry and Infrastructure Development with the regional akimats'
		],
		instrument: 'co_financing',
		recipients: [
			'Кластерные организации и консорциумы участников кластера',
			'Кластерлік ұйымдар мен кластер мүшелерінің консорциумдары',
			'Cluster organisations and consortia of cluster participants'
		],
		maxPerProject: 3_000_000_000,
		ownShare: 40,
		legalAct: PLAN_PROPOSALS,
		legalArticle: '',
		inForceFrom: null,
		inForceTo: null,
		status: 'proposed'
	}
];

/** The demo's measures, each checked as a body sent to POST /api/measures would be. */
export function demoMeasures(updatedAt: string): Measure[] {
	return SEEDS.map(({ id, name, operator, recipients, legalAct, ...rest }) => ({
		...checkNewMeasure({
			...rest,
			name: t(name),
			operator: t(operator),
			recipients: t(recipients),
			legalAct: t(legalAct)
		}).input,
		id,
		updatedAt
	}));
}

/** Writes the catalogue, in one transaction. */
export async function seedDemoMeasures(db: Db, now: number): Promise<void> {
	const measures = demoMeasures(new Date(now).toISOString());
	await db.transaction(async (tx) => {
		for (const measure of measures) await writeMeasure(tx, measure, null);
	});
}
