// Participants of the construction cluster of Karaganda region: cement, brick, block and steel
// structure makers, design institutes and contractors of Karaganda and Temirtau, two business
// associations and the institutions of its map. It has no cluster organisation, and in this demo it
// is the cluster the programme's coordinators did not reach (there were five for six), so its plan
// is still a draft.
import type { ParticipantEntry } from './index';
import { noOrganisationYet } from './no-organisation';

export const participants: ParticipantEntry[] = [
	{
		binStem: '07034093228',
		name: { ru: 'АО «Топар Цемент»', kk: '«Топар Цемент» АҚ', en: 'Topar Cement JSC' },
		kind: 'large',
		employees: 420,
		locality: 'Topar',
		stageId: 's-materials',
		joinedAt: '2017-06-07',
		contact: 'Председатель правления'
	},
	{
		binStem: '11064022436',
		name: {
			ru: 'ТОО «Темиртауский шлакоцемент»',
			kk: '«Теміртау шлакцементі» ЖШС',
			en: 'Temirtau Slag Cement LLP'
		},
		kind: 'sme',
		employees: 160,
		locality: 'Temirtau',
		stageId: 's-materials',
		joinedAt: '2017-06-07'
	},
	{
		binStem: '08104087640',
		name: { ru: 'ТОО «Сарань Кирпич»', kk: '«Саран Кірпіш» ЖШС', en: 'Saran Brick LLP' },
		kind: 'sme',
		employees: 110,
		locality: 'Saran',
		stageId: 's-materials',
		joinedAt: '2017-06-07'
	},
	{
		binStem: '12044056272',
		name: { ru: 'ТОО «Караганда Керамика»', kk: '«Қарағанды Керамика» ЖШС', en: 'Karaganda Ceramics LLP' },
		kind: 'sme',
		employees: 140,
		locality: 'Karaganda',
		stageId: 's-materials',
		joinedAt: '2017-06-07'
	},
	{
		binStem: '05024069712',
		name: {
			ru: 'ТОО «Майкудукский завод ЖБИ»',
			kk: '«Майқұдық ТБК зауыты» ЖШС',
			en: 'Maikuduk Precast Concrete Plant LLP'
		},
		kind: 'sme',
		employees: 190,
		locality: 'Karaganda',
		stageId: 's-materials',
		joinedAt: '2017-09-12'
	},
	{
		binStem: '13084065704',
		name: { ru: 'ТОО «БетонСтрой Темиртау»', kk: '«БетонСтрой Теміртау» ЖШС', en: 'BetonStroy Temirtau LLP' },
		kind: 'sme',
		employees: 75,
		locality: 'Temirtau',
		stageId: 's-materials',
		joinedAt: '2018-02-06'
	},
	{
		binStem: '14024019508',
		name: {
			ru: 'ТОО «Сарыарка Газобетон»',
			kk: '«Сарыарқа Газобетон» ЖШС',
			en: 'Saryarka Aerated Concrete LLP'
		},
		kind: 'sme',
		employees: 85,
		locality: 'Karaganda',
		stageId: 's-materials',
		joinedAt: '2017-06-07'
	},
	{
		binStem: '15114033052',
		name: { ru: 'ТОО «Шахтинский газоблок»', kk: '«Шахтинск газоблогы» ЖШС', en: 'Shakhtinsk Gas Block LLP' },
		kind: 'sme',
		employees: 45,
		locality: 'Shakhtinsk',
		stageId: 's-materials',
		joinedAt: '2018-04-24'
	},
	{
		binStem: '09064068044',
		name: {
			ru: 'ТОО «Карагандинские металлоконструкции»',
			kk: '«Қарағанды металл конструкциялары» ЖШС',
			en: 'Karaganda Steel Structures LLP'
		},
		kind: 'sme',
		employees: 130,
		locality: 'Karaganda',
		stageId: 's-materials',
		joinedAt: '2017-06-07'
	},
	{
		binStem: '06114017064',
		name: {
			ru: 'ТОО «Темиртауский завод металлоконструкций»',
			kk: '«Теміртау металл конструкциялары зауыты» ЖШС',
			en: 'Temirtau Steel Fabrication LLP'
		},
		kind: 'large',
		employees: 280,
		locality: 'Temirtau',
		stageId: 's-materials',
		joinedAt: '2017-10-17',
		contact: 'Генеральный директор'
	},
	{
		binStem: '10094037328',
		name: {
			ru: 'ТОО «Балхашский кирпичный завод»',
			kk: '«Балқаш кірпіш зауыты» ЖШС',
			en: 'Balkhash Brick Works LLP'
		},
		kind: 'sme',
		employees: 65,
		locality: 'Balkhash',
		stageId: 's-materials',
		joinedAt: '2018-06-19'
	},
	{
		binStem: '04044017156',
		name: { ru: 'ТОО «Сарыаркапроект»', kk: '«Сарыарқажоба» ЖШС', en: 'Saryarkaproekt LLP' },
		kind: 'sme',
		employees: 85,
		locality: 'Karaganda',
		stageId: 's-design',
		joinedAt: '2017-06-07',
		contact: 'Главный инженер'
	},
	{
		binStem: '10124006928',
		name: { ru: 'ТОО «Темиртаупроект»', kk: '«Теміртаужоба» ЖШС', en: 'Temirtauproekt LLP' },
		kind: 'sme',
		employees: 35,
		locality: 'Temirtau',
		stageId: 's-design',
		joinedAt: '2018-01-16'
	},
	{
		binStem: '16034008144',
		name: {
			ru: 'ТОО «BIM Инжиниринг Караганда»',
			kk: '«BIM Инжиниринг Қарағанды» ЖШС',
			en: 'BIM Engineering Karaganda LLP'
		},
		kind: 'sme',
		employees: 18,
		locality: 'Karaganda',
		stageId: 's-design',
		joinedAt: '2018-08-28'
	},
	{
		binStem: '06014019644',
		name: {
			ru: 'ТОО «Корпорация Караганда Курылыс»',
			kk: '«Қарағанды Құрылыс корпорациясы» ЖШС',
			en: 'Karaganda Kurylys Corporation LLP'
		},
		kind: 'large',
		employees: 650,
		locality: 'Karaganda',
		stageId: 's-building',
		joinedAt: '2017-06-07',
		contact: 'Генеральный директор'
	},
	{
		binStem: '08094006132',
		name: {
			ru: 'ТОО «Жезказган Стройсервис»',
			kk: '«Жезқазған Стройсервис» ЖШС',
			en: 'Zhezkazgan Stroyservice LLP'
		},
		kind: 'sme',
		employees: 160,
		locality: 'Zhezkazgan',
		stageId: 's-building',
		joinedAt: '2017-11-28'
	},
	{
		binStem: '07054043868',
		name: { ru: 'ТОО «Темиртау Жилстрой»', kk: '«Теміртау Жилстрой» ЖШС', en: 'Temirtau Zhilstroy LLP' },
		kind: 'sme',
		employees: 210,
		locality: 'Temirtau',
		stageId: 's-building',
		joinedAt: '2017-06-07'
	},
	{
		binStem: '11084099424',
		name: { ru: 'ТОО «Сарыарка Монтаж»', kk: '«Сарыарқа Монтаж» ЖШС', en: 'Saryarka Montazh LLP' },
		kind: 'sme',
		employees: 95,
		locality: 'Karaganda',
		stageId: 's-building',
		joinedAt: '2018-03-13'
	},
	{
		binStem: '13044098940',
		name: { ru: 'ТОО «Балхаш Курылыс»', kk: '«Балқаш Құрылыс» ЖШС', en: 'Balkhash Kurylys LLP' },
		kind: 'sme',
		employees: 70,
		locality: 'Balkhash',
		stageId: 's-building',
		joinedAt: '2018-06-19',
		leftAt: '2020-08-31'
	},
	{
		binStem: '14094048836',
		name: { ru: 'ТОО «Абайстрой»', kk: '«Абайстрой» ЖШС', en: 'Abaystroy LLP' },
		kind: 'sme',
		employees: 55,
		locality: 'Abay',
		stageId: 's-building',
		joinedAt: '2018-05-08'
	},
	{
		binStem: '12064000168',
		name: { ru: 'ТОО «Сатпаев Инжстрой»', kk: '«Сәтбаев Инжстрой» ЖШС', en: 'Satpayev Inzhstroy LLP' },
		kind: 'sme',
		employees: 48,
		locality: 'Satpayev',
		stageId: 's-building',
		joinedAt: '2018-10-02'
	},
	{
		binStem: '10054058816',
		name: {
			ru: 'ОЮЛ «Ассоциация строителей Карагандинской области»',
			kk: '«Қарағанды облысының құрылысшылар қауымдастығы» ЗТБ',
			en: "Karaganda Region Builders' Association"
		},
		kind: 'association',
		employees: 6,
		locality: 'Karaganda',
		stageId: 's-support',
		joinedAt: '2017-06-07',
		contact: 'Исполнительный директор'
	},
	{
		binStem: '14014090692',
		name: {
			ru: 'Палата предпринимателей Карагандинской области',
			kk: 'Қарағанды облысының кәсіпкерлер палатасы',
			en: 'Chamber of Entrepreneurs of Karaganda Region'
		},
		kind: 'association',
		employees: 90,
		locality: 'Karaganda',
		stageId: 's-support',
		joinedAt: '2017-06-07',
		contact: 'Заместитель директора'
	},
	{
		binStem: '03024097276',
		name: {
			ru: 'Карагандинский технический университет',
			kk: 'Қарағанды техникалық университеті',
			en: 'Karaganda Technical University'
		},
		kind: 'research',
		employees: 1500,
		locality: 'Karaganda',
		stageId: 's-support',
		joinedAt: '2017-06-07',
		contact: 'Проректор по науке',
		actorId: 'a-university'
	},
	{
		binStem: '09114058584',
		name: {
			ru: 'Аккредитованная испытательная лаборатория стройматериалов',
			kk: 'Құрылыс материалдарының аккредиттелген сынақ зертханасы',
			en: 'Accredited materials testing laboratory'
		},
		kind: 'research',
		employees: 24,
		locality: 'Karaganda',
		stageId: 's-support',
		joinedAt: '2017-12-12',
		contact: 'Заведующий лабораторией',
		actorId: 'a-testlab'
	},
	{
		binStem: '08124152356',
		name: {
			ru: 'АО «Фонд развития предпринимательства «Даму»',
			kk: '«Даму» кәсіпкерлікті дамыту қоры» АҚ',
			en: 'DAMU Entrepreneurship Development Fund'
		},
		kind: 'finance',
		employees: 36,
		locality: 'Karaganda',
		stageId: 's-support',
		joinedAt: '2018-04-10',
		contact: 'Директор филиала',
		actorId: 'a-damu'
	},
	{
		binStem: '05034017800',
		name: {
			ru: 'Управление строительства акимата Карагандинской области',
			kk: 'Қарағанды облысы әкімдігінің құрылыс басқармасы',
			en: 'Construction department of the Karaganda akimat'
		},
		kind: 'public',
		employees: 52,
		locality: 'Karaganda',
		stageId: 's-support',
		joinedAt: '2017-06-07',
		contact: 'Руководитель управления',
		actorId: 'a-akimat'
	},
	{
		binStem: '11124030180',
		name: { ru: 'СЭЗ «Сарыарка»', kk: '«Сарыарқа» АЭА', en: 'Saryarka special economic zone' },
		kind: 'public',
		employees: 40,
		locality: 'Karaganda',
		stageId: 's-support',
		joinedAt: '2018-01-30',
		contact: 'Председатель правления',
		actorId: 'a-sez'
	},
	// Joined after the report of 1 January 2019.
	{
		binStem: '16044199588',
		name: {
			ru: 'Госэкспертиза проектов',
			kk: 'Жобалардың мемлекеттік сараптамасы',
			en: 'State expertise of construction projects'
		},
		kind: 'public',
		employees: 60,
		locality: 'Karaganda',
		stageId: 's-support',
		joinedAt: '2019-11-19',
		contact: 'Директор филиала',
		actorId: 'a-expertise'
	},
	{
		binStem: '17074083488',
		name: { ru: 'ТОО «СарыаркаСтройМикс»', kk: '«СарыаркаСтройМикс» ЖШС', en: 'SaryarkaStroyMix LLP' },
		kind: 'sme',
		employees: 40,
		locality: 'Karaganda',
		stageId: 's-materials',
		joinedAt: '2019-04-09'
	},
	{
		binStem: '18024011808',
		name: { ru: 'ТОО «Фасад Профи»', kk: '«Фасад Профи» ЖШС', en: 'Fasad Profi LLP' },
		kind: 'sme',
		employees: 28,
		locality: 'Karaganda',
		stageId: 's-building',
		joinedAt: '2020-09-22'
	}
];

export const profile = noOrganisationYet({ strategyDate: null, stage: 'plan_drafted' });
