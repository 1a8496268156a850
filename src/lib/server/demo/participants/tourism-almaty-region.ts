// Participants of the tourism cluster of Almaty region, the largest of the six: national parks, lake
// and ski resorts, hotels, rural guest houses and yurt camps, tour operators, guides, transfer firms,
// craft and riding businesses, and the institutions of its map. The national parks take part one by
// one, not as the map's single "National parks" actor. The airport and the academy work from Almaty
// city and Kazakh Tourism from the capital, outside the region.
import type { ParticipantEntry } from './index';
import { noOrganisationYet } from './no-organisation';

export const participants: ParticipantEntry[] = [
	// Nature and resorts
	{
		binStem: '04114077076',
		name: {
			ru: 'РГУ «Чарынский государственный национальный природный парк»',
			kk: '«Шарын мемлекеттік ұлттық табиғи паркі» РММ',
			en: 'Charyn State National Nature Park'
		},
		kind: 'public',
		employees: 120,
		locality: 'Shonzhy',
		stageId: 's-attractions',
		joinedAt: '2017-06-06'
	},
	{
		binStem: '07084044732',
		name: {
			ru: 'РГУ «Государственный национальный природный парк «Көлсай көлдері»',
			kk: '«Көлсай көлдері» мемлекеттік ұлттық табиғи паркі» РММ',
			en: 'Kolsai Lakes State National Nature Park'
		},
		kind: 'public',
		employees: 140,
		locality: 'Saty',
		stageId: 's-attractions',
		joinedAt: '2017-06-06'
	},
	{
		binStem: '04064052216',
		name: {
			ru: 'РГУ «Государственный национальный природный парк «Алтын-Эмель»',
			kk: '«Алтынемел» мемлекеттік ұлттық табиғи паркі» РММ',
			en: 'Altyn-Emel State National Nature Park'
		},
		kind: 'public',
		employees: 160,
		locality: 'Basshi',
		stageId: 's-attractions',
		joinedAt: '2017-09-05'
	},
	{
		binStem: '04054085220',
		name: {
			ru: 'РГУ «Иле-Алатауский государственный национальный природный парк»',
			kk: '«Іле Алатауы мемлекеттік ұлттық табиғи паркі» РММ',
			en: 'Ile-Alatau State National Nature Park'
		},
		kind: 'public',
		employees: 380,
		locality: 'Talgar',
		stageId: 's-attractions',
		joinedAt: '2018-02-13'
	},
	{
		binStem: '11054063024',
		name: {
			ru: 'ТОО «Капшагай Бич Резорт»',
			kk: '«Қапшағай Бич Резорт» ЖШС',
			en: 'Kapshagay Beach Resort LLP'
		},
		kind: 'sme',
		employees: 65,
		locality: 'Kapshagay',
		stageId: 's-attractions',
		joinedAt: '2017-06-06'
	},
	{
		binStem: '13044007212',
		name: { ru: 'ТОО «Жаркум Демалыс»', kk: '«Жарқұм Демалыс» ЖШС', en: 'Zharkum Demalys LLP' },
		kind: 'sme',
		employees: 28,
		locality: 'Kapshagay',
		stageId: 's-attractions',
		joinedAt: '2017-10-03'
	},
	{
		binStem: '12064003188',
		name: { ru: 'ТОО «Алаколь Жагажай»', kk: '«Алакөл Жағажай» ЖШС', en: 'Alakol Zhagazhai LLP' },
		kind: 'sme',
		employees: 40,
		locality: 'Akshi',
		stageId: 's-attractions',
		joinedAt: '2018-03-20'
	},
	{
		binStem: '09104064824',
		name: {
			ru: 'ТОО «Горнолыжный курорт «Тау Самалы»',
			kk: '«Тау Самалы» тау шаңғысы курорты» ЖШС',
			en: 'Tau Samaly Ski Resort LLP'
		},
		kind: 'sme',
		employees: 140,
		locality: 'Talgar',
		stageId: 's-attractions',
		joinedAt: '2017-06-06'
	},
	{
		binStem: '07124030844',
		name: {
			ru: 'ТОО «Карасай Альпийский курорт»',
			kk: '«Қарасай Альпі курорты» ЖШС',
			en: 'Karasai Alpine Resort LLP'
		},
		kind: 'large',
		employees: 260,
		locality: 'Kaskelen',
		stageId: 's-attractions',
		joinedAt: '2017-06-06',
		contact: 'Генеральный директор'
	},
	// Transport
	{
		binStem: '14034072652',
		name: { ru: 'ТОО «Жетысу Трансфер»', kk: '«Жетісу Трансфер» ЖШС', en: 'Zhetysu Transfer LLP' },
		kind: 'sme',
		employees: 35,
		locality: 'Talgar',
		stageId: 's-transport',
		joinedAt: '2017-06-06'
	},
	{
		binStem: '12094018120',
		name: { ru: 'ТОО «Алатау Тревел Бас»', kk: '«Алатау Тревел Бас» ЖШС', en: 'Alatau Travel Bus LLP' },
		kind: 'sme',
		employees: 52,
		locality: 'Kaskelen',
		stageId: 's-transport',
		joinedAt: '2017-11-14'
	},
	{
		binStem: '16014018044',
		name: { ru: 'ТОО «Шелек Авто Тур»', kk: '«Шелек Авто Тур» ЖШС', en: 'Shelek Auto Tour LLP' },
		kind: 'sme',
		employees: 14,
		locality: 'Shelek',
		stageId: 's-transport',
		joinedAt: '2018-04-17'
	},
	{
		binStem: '17054041368',
		name: { ru: 'ТОО «Кольсай Джип Сервис»', kk: '«Көлсай Джип Сервис» ЖШС', en: 'Kolsai Jeep Service LLP' },
		kind: 'sme',
		employees: 11,
		locality: 'Saty',
		stageId: 's-transport',
		joinedAt: '2018-06-05'
	},
	// Accommodation and food
	{
		binStem: '08064023860',
		name: {
			ru: 'ТОО «Отель «Талдыкорган Плаза»',
			kk: '«Талдықорған Плаза» қонақүйі» ЖШС',
			en: 'Taldykorgan Plaza Hotel LLP'
		},
		kind: 'sme',
		employees: 60,
		locality: 'Taldykorgan',
		stageId: 's-stay',
		joinedAt: '2017-06-06'
	},
	{
		binStem: '13104014936',
		name: { ru: 'ТОО «Жаркент Сарай»', kk: '«Жаркент Сарай» ЖШС', en: 'Zharkent Saray LLP' },
		kind: 'sme',
		employees: 32,
		locality: 'Zharkent',
		stageId: 's-stay',
		joinedAt: '2018-01-23'
	},
	{
		binStem: '10034048856',
		name: {
			ru: 'ТОО «Арасан Курорт Текели»',
			kk: '«Арасан Курорт Текелі» ЖШС',
			en: 'Arasan Resort Tekeli LLP'
		},
		kind: 'sme',
		employees: 85,
		locality: 'Tekeli',
		stageId: 's-stay',
		joinedAt: '2017-09-19'
	},
	{
		binStem: '15064048064',
		name: { ru: 'ТОО «Саты Гест Хаус»', kk: '«Саты Гест Хаус» ЖШС', en: 'Saty Guest House LLP' },
		kind: 'sme',
		employees: 6,
		locality: 'Saty',
		stageId: 's-stay',
		joinedAt: '2017-06-06'
	},
	{
		binStem: '16074053264',
		name: { ru: 'ТОО «Кольсай Эко Дом»', kk: '«Көлсай Эко Үй» ЖШС', en: 'Kolsai Eco House LLP' },
		kind: 'sme',
		employees: 8,
		locality: 'Saty',
		stageId: 's-stay',
		joinedAt: '2017-06-06'
	},
	{
		binStem: '16044076964',
		name: { ru: 'ТОО «Гостевой дом «Кайынды»', kk: '«Қайыңды» қонақ үйі» ЖШС', en: 'Kaindy Guest House LLP' },
		kind: 'sme',
		employees: 5,
		locality: 'Saty',
		stageId: 's-stay',
		joinedAt: '2017-10-24'
	},
	{
		binStem: '16084041008',
		name: { ru: 'ТОО «Басши Гест Хаус»', kk: '«Басшы Гест Хаус» ЖШС', en: 'Basshi Guest House LLP' },
		kind: 'sme',
		employees: 4,
		locality: 'Basshi',
		stageId: 's-stay',
		joinedAt: '2017-10-24'
	},
	{
		binStem: '15114059896',
		name: { ru: 'ТОО «Гостевой дом «Шонжы»', kk: '«Шонжы» қонақ үйі» ЖШС', en: 'Shonzhy Guest House LLP' },
		kind: 'sme',
		employees: 5,
		locality: 'Shonzhy',
		stageId: 's-stay',
		joinedAt: '2018-02-27'
	},
	{
		binStem: '17024078268',
		name: { ru: 'ТОО «Гостевой дом «Кеген»', kk: '«Кеген» қонақ үйі» ЖШС', en: 'Kegen Guest House LLP' },
		kind: 'sme',
		employees: 4,
		locality: 'Kegen',
		stageId: 's-stay',
		joinedAt: '2018-05-15'
	},
	{
		binStem: '14104033588',
		name: { ru: 'ТОО «Тургень Гест»', kk: '«Түрген Гест» ЖШС', en: 'Turgen Guest LLP' },
		kind: 'sme',
		employees: 7,
		locality: 'Turgen',
		stageId: 's-stay',
		joinedAt: '2018-06-26'
	},
	{
		binStem: '16034020664',
		name: { ru: 'ТОО «Чарын Юрт Кэмп»', kk: '«Шарын Юрт Кэмп» ЖШС', en: 'Charyn Yurt Camp LLP' },
		kind: 'sme',
		employees: 12,
		locality: 'Temirlik',
		stageId: 's-stay',
		joinedAt: '2017-06-06'
	},
	{
		binStem: '17044095112',
		name: {
			ru: 'ТОО «Алтын-Эмель Глэмпинг»',
			kk: '«Алтынемел Глэмпинг» ЖШС',
			en: 'Altyn-Emel Glamping LLP'
		},
		kind: 'sme',
		employees: 9,
		locality: 'Basshi',
		stageId: 's-stay',
		joinedAt: '2018-03-06'
	},
	{
		binStem: '16094056816',
		name: { ru: 'ТОО «Кэмп «Плато Ассы»', kk: '«Асы жайлауы» кэмпі» ЖШС', en: 'Assy Plateau Camp LLP' },
		kind: 'sme',
		employees: 10,
		locality: 'Esik',
		stageId: 's-stay',
		joinedAt: '2018-07-10'
	},
	{
		binStem: '11084028577',
		name: { ru: 'ТОО «Талгар Тау Отель»', kk: '«Талғар Тау Отель» ЖШС', en: 'Talgar Tau Hotel LLP' },
		kind: 'sme',
		employees: 38,
		locality: 'Talgar',
		stageId: 's-stay',
		joinedAt: '2017-06-06'
	},
	{
		binStem: '13124099912',
		name: { ru: 'ТОО «Есик Эко Отель»', kk: '«Есік Эко Отель» ЖШС', en: 'Esik Eco Hotel LLP' },
		kind: 'sme',
		employees: 22,
		locality: 'Esik',
		stageId: 's-stay',
		joinedAt: '2018-02-27'
	},
	{
		binStem: '09054031540',
		name: { ru: 'ТОО «Алаколь Резорт Акши»', kk: '«Алакөл Резорт Ақши» ЖШС', en: 'Alakol Resort Akshi LLP' },
		kind: 'sme',
		employees: 55,
		locality: 'Akshi',
		stageId: 's-stay',
		joinedAt: '2018-03-20'
	},
	{
		binStem: '12024004856',
		name: { ru: 'ТОО «Коктума Отель»', kk: '«Көктұма Отель» ЖШС', en: 'Koktuma Hotel LLP' },
		kind: 'sme',
		employees: 30,
		locality: 'Koktuma',
		stageId: 's-stay',
		joinedAt: '2018-03-20'
	},
	{
		binStem: '15034010548',
		name: { ru: 'ТОО «Чарын Жолы»', kk: '«Шарын Жолы» ЖШС', en: 'Charyn Zholy LLP' },
		kind: 'sme',
		employees: 16,
		locality: 'Kokpek',
		stageId: 's-stay',
		joinedAt: '2018-08-14'
	},
	{
		binStem: '14064086060',
		name: { ru: 'ТОО «Жетысу Дастархан»', kk: '«Жетісу Дастарқаны» ЖШС', en: 'Zhetysu Dastarkhan LLP' },
		kind: 'sme',
		employees: 24,
		locality: 'Taldykorgan',
		stageId: 's-stay',
		joinedAt: '2017-11-14'
	},
	{
		binStem: '17104012440',
		name: { ru: 'ТОО «Лепсы Тау Кэмп»', kk: '«Лепсі Тау Кэмп» ЖШС', en: 'Lepsy Tau Camp LLP' },
		kind: 'sme',
		employees: 7,
		locality: 'Lepsy',
		stageId: 's-stay',
		joinedAt: '2018-09-11'
	},
	{
		binStem: '08084030404',
		name: { ru: 'ТОО «Есик Апорт»', kk: '«Есік Апорты» ЖШС', en: 'Esik Aport LLP' },
		kind: 'sme',
		employees: 45,
		locality: 'Esik',
		stageId: 's-stay',
		joinedAt: '2018-05-15'
	},
	// Tours and experiences
	{
		binStem: '10074026024',
		name: { ru: 'ТОО «Жетысу Тревел»', kk: '«Жетісу Тревел» ЖШС', en: 'Zhetysu Travel LLP' },
		kind: 'sme',
		employees: 14,
		locality: 'Taldykorgan',
		stageId: 's-experiences',
		joinedAt: '2017-06-06'
	},
	{
		binStem: '13044042940',
		name: {
			ru: 'ТОО «Алатау Адвенчер Турс»',
			kk: '«Алатау Адвенчер Турс» ЖШС',
			en: 'Alatau Adventure Tours LLP'
		},
		kind: 'sme',
		employees: 18,
		locality: 'Talgar',
		stageId: 's-experiences',
		joinedAt: '2017-06-06'
	},
	{
		binStem: '15054079156',
		name: { ru: 'ТОО «Кольсай Тур»', kk: '«Көлсай Тур» ЖШС', en: 'Kolsai Tour LLP' },
		kind: 'sme',
		employees: 9,
		locality: 'Saty',
		stageId: 's-experiences',
		joinedAt: '2017-06-06'
	},
	{
		binStem: '16094020456',
		name: { ru: 'ТОО «Жаркент Жибек Жолы»', kk: '«Жаркент Жібек Жолы» ЖШС', en: 'Zharkent Zhibek Zholy LLP' },
		kind: 'sme',
		employees: 8,
		locality: 'Zharkent',
		stageId: 's-experiences',
		joinedAt: '2018-01-23'
	},
	{
		binStem: '14024034660',
		name: { ru: 'ТОО «Степ Номад Турс»', kk: '«Степ Номад Турс» ЖШС', en: 'Steppe Nomad Tours LLP' },
		kind: 'sme',
		employees: 11,
		locality: 'Kaskelen',
		stageId: 's-experiences',
		joinedAt: '2017-11-14'
	},
	{
		binStem: '17064028508',
		name: { ru: 'ТОО «Капшагай Вэйв Тур»', kk: '«Қапшағай Вэйв Тур» ЖШС', en: 'Kapshagay Wave Tour LLP' },
		kind: 'sme',
		employees: 10,
		locality: 'Kapshagay',
		stageId: 's-experiences',
		joinedAt: '2018-06-05',
		leftAt: '2020-06-30'
	},
	{
		binStem: '15024068544',
		name: {
			ru: 'ОО «Гильдия горных гидов Жетысу»',
			kk: '«Жетісу тау гидтерінің гильдиясы» ҚБ',
			en: 'Zhetysu Mountain Guides Guild'
		},
		kind: 'association',
		employees: null,
		locality: 'Talgar',
		stageId: 's-experiences',
		joinedAt: '2017-09-19',
		contact: 'Председатель'
	},
	{
		binStem: '16114004308',
		name: { ru: 'ТОО «Тау Гид»', kk: '«Тау Гид» ЖШС', en: 'Tau Guide LLP' },
		kind: 'sme',
		employees: 7,
		locality: 'Talgar',
		stageId: 's-experiences',
		joinedAt: '2017-09-19'
	},
	{
		binStem: '17074028192',
		name: { ru: 'ТОО «Кетмень Трекинг»', kk: '«Кетпен Трекинг» ЖШС', en: 'Ketmen Trekking LLP' },
		kind: 'sme',
		employees: 5,
		locality: 'Kegen',
		stageId: 's-experiences',
		joinedAt: '2018-05-15'
	},
	{
		binStem: '17124048964',
		name: {
			ru: 'ТОО «Гиды Алтын-Эмеля»',
			kk: '«Алтынемел гидтері» ЖШС',
			en: 'Altyn-Emel Nature Guides LLP'
		},
		kind: 'sme',
		employees: 4,
		locality: 'Basshi',
		stageId: 's-experiences',
		joinedAt: '2018-03-06'
	},
	{
		binStem: '13034049412',
		name: { ru: 'ТОО «Кииз Онер»', kk: '«Киіз Өнер» ЖШС', en: 'Kiiz Oner LLP' },
		kind: 'sme',
		employees: 12,
		locality: 'Esik',
		stageId: 's-experiences',
		joinedAt: '2017-11-14'
	},
	{
		binStem: '15084083052',
		name: { ru: 'ТОО «Мастера Жетысу»', kk: '«Жетісу шеберлері» ЖШС', en: 'Zhetysu Craftsmen LLP' },
		kind: 'sme',
		employees: 9,
		locality: 'Taldykorgan',
		stageId: 's-experiences',
		joinedAt: '2018-04-17'
	},
	{
		binStem: '11064097196',
		name: { ru: 'ТОО «Конный клуб «Тулпар»', kk: '«Тұлпар» ат клубы» ЖШС', en: 'Tulpar Horse Club LLP' },
		kind: 'sme',
		employees: 15,
		locality: 'Kaskelen',
		stageId: 's-experiences',
		joinedAt: '2017-06-06'
	},
	{
		binStem: '16054092952',
		name: { ru: 'ТОО «Жайлау Адвенчер»', kk: '«Жайлау Адвенчер» ЖШС', en: 'Zhailau Adventure LLP' },
		kind: 'sme',
		employees: 8,
		locality: 'Kegen',
		stageId: 's-experiences',
		joinedAt: '2018-05-15'
	},
	{
		binStem: '17034059088',
		name: { ru: 'ТОО «Кегенские конные туры»', kk: '«Кеген атты турлары» ЖШС', en: 'Kegen Horse Tours LLP' },
		kind: 'sme',
		employees: 6,
		locality: 'Kegen',
		stageId: 's-experiences',
		joinedAt: '2018-08-14'
	},
	{
		binStem: '16044022332',
		name: { ru: 'ТОО «Сарканд Бал Тур»', kk: '«Сарқанд Бал Тур» ЖШС', en: 'Sarkand Bal Tour LLP' },
		kind: 'sme',
		employees: 6,
		locality: 'Sarkand',
		stageId: 's-experiences',
		joinedAt: '2018-09-11'
	},
	{
		binStem: '17084005036',
		name: { ru: 'ТОО «Жетысу Букинг»', kk: '«Жетісу Букинг» ЖШС', en: 'Zhetysu Booking LLP' },
		kind: 'sme',
		employees: 6,
		locality: 'Taldykorgan',
		stageId: 's-sales',
		joinedAt: '2018-02-27'
	},
	// Institutions
	{
		binStem: '05034096608',
		name: {
			ru: 'Управление туризма акимата Алматинской области',
			kk: 'Алматы облысы әкімдігінің туризм басқармасы',
			en: 'Tourism department of the regional akimat'
		},
		kind: 'public',
		employees: 34,
		locality: 'Taldykorgan',
		stageId: 's-support',
		joinedAt: '2017-06-06',
		contact: 'Руководитель управления',
		actorId: 'a-akimat'
	},
	{
		binStem: '04024033260',
		name: {
			ru: 'Казахская академия спорта и туризма',
			kk: 'Қазақ спорт және туризм академиясы',
			en: 'Kazakh Academy of Sport and Tourism'
		},
		kind: 'research',
		employees: 700,
		region: 'Almaty',
		locality: 'Almaty',
		stageId: 's-support',
		joinedAt: '2017-09-05',
		contact: 'Заведующий кафедрой туризма',
		actorId: 'a-academy'
	},
	{
		binStem: '08084188448',
		name: {
			ru: 'АО «Фонд развития предпринимательства «Даму»',
			kk: '«Даму» кәсіпкерлікті дамыту қоры» АҚ',
			en: 'DAMU Entrepreneurship Development Fund'
		},
		kind: 'finance',
		employees: 30,
		locality: 'Taldykorgan',
		stageId: 's-support',
		joinedAt: '2018-03-13',
		contact: 'Директор филиала',
		actorId: 'a-damu'
	},
	{
		binStem: '17074092968',
		name: {
			ru: 'АО «НК «Kazakh Tourism»',
			kk: '«Kazakh Tourism» ҰК» АҚ',
			en: 'Kazakh Tourism national company'
		},
		kind: 'public',
		employees: 85,
		region: 'Nur-Sultan',
		locality: 'Nur-Sultan',
		stageId: 's-support',
		joinedAt: '2018-04-10',
		contact: 'Директор департамента развития регионов',
		actorId: 'a-kaztourism'
	},
	{
		binStem: '03124081732',
		name: {
			ru: 'Жетысуский государственный университет им. И. Жансугурова',
			kk: 'І. Жансүгіров атындағы Жетісу мемлекеттік университеті',
			en: 'Zhetysu State University named after I. Zhansugurov'
		},
		kind: 'research',
		employees: 950,
		locality: 'Taldykorgan',
		stageId: 's-support',
		joinedAt: '2017-06-06',
		contact: 'Проректор по науке'
	},
	{
		binStem: '14014082788',
		name: {
			ru: 'Палата предпринимателей Алматинской области',
			kk: 'Алматы облысының кәсіпкерлер палатасы',
			en: 'Chamber of Entrepreneurs of Almaty Region'
		},
		kind: 'association',
		employees: 75,
		locality: 'Taldykorgan',
		stageId: 's-support',
		joinedAt: '2017-06-06',
		contact: 'Заместитель директора'
	},
	{
		binStem: '18034080552',
		name: {
			ru: 'ОЮЛ «Ассоциация гостевых домов Алматинской области»',
			kk: '«Алматы облысының қонақ үйлер қауымдастығы» ЗТБ',
			en: 'Almaty Region Guest House Association'
		},
		kind: 'association',
		employees: 3,
		locality: 'Talgar',
		stageId: 's-stay',
		joinedAt: '2018-06-26',
		contact: 'Исполнительный директор'
	},
	// Left before the report of 1 January 2019, or joined after it.
	{
		binStem: '15024015236',
		name: { ru: 'ТОО «Уштобе Тур»', kk: '«Үштөбе Тур» ЖШС', en: 'Ushtobe Tour LLP' },
		kind: 'sme',
		employees: 3,
		locality: 'Ushtobe',
		stageId: 's-experiences',
		joinedAt: '2017-09-19',
		leftAt: '2018-05-31'
	},
	{
		binStem: '05114043600',
		name: {
			ru: 'Международный аэропорт Алматы',
			kk: 'Алматы халықаралық әуежайы',
			en: 'Almaty international airport'
		},
		kind: 'large',
		employees: 1900,
		region: 'Almaty',
		locality: 'Almaty',
		stageId: 's-transport',
		joinedAt: '2019-07-15',
		contact: 'Коммерческий директор',
		actorId: 'a-airport'
	},
	{
		binStem: '20034045524',
		name: {
			ru: 'Региональный офис продвижения направления',
			kk: 'Бағытты жылжытудың өңірлік кеңсесі',
			en: 'Regional destination marketing office'
		},
		kind: 'public',
		employees: 12,
		locality: 'Taldykorgan',
		stageId: 's-sales',
		joinedAt: '2020-05-20',
		contact: 'Руководитель офиса',
		actorId: 'a-dmo'
	},
	{
		binStem: '20114092980',
		name: { ru: 'ТОО «Кольсай Глэмп»', kk: '«Көлсай Глэмп» ЖШС', en: 'Kolsai Glamp LLP' },
		kind: 'sme',
		employees: 6,
		locality: 'Saty',
		stageId: 's-stay',
		joinedAt: '2021-03-16'
	},
	{
		binStem: '21064037600',
		name: { ru: 'ТОО «Текели Трансфер»', kk: '«Текелі Трансфер» ЖШС', en: 'Tekeli Transfer LLP' },
		kind: 'sme',
		employees: 9,
		locality: 'Tekeli',
		stageId: 's-transport',
		joinedAt: '2022-04-12'
	}
];

export const profile = noOrganisationYet({ strategyDate: '2018-12-14', stage: 'plan_approved' });
