// Participants of the furniture cluster of Almaty: case, kitchen, upholstered, office and solid wood
// furniture makers, designers, showrooms and suppliers, most of them in the city's industrial zone,
// and the institutions of its map. The city is the whole region, so its district is the locality.
import type { ParticipantEntry } from './index';
import { noOrganisationYet } from './no-organisation';

export const participants: ParticipantEntry[] = [
	{
		binStem: '15074010380',
		name: { ru: 'ТОО «Агаш Дизайн»', kk: '«Ағаш Дизайн» ЖШС', en: 'Agash Design LLP' },
		kind: 'sme',
		employees: 9,
		locality: 'Bostandyk district',
		stageId: 's-design',
		joinedAt: '2017-06-08'
	},
	{
		binStem: '16114085004',
		name: { ru: 'ТОО «Интерьер Лаб Алматы»', kk: '«Интерьер Лаб Алматы» ЖШС', en: 'Interior Lab Almaty LLP' },
		kind: 'sme',
		employees: 12,
		locality: 'Medeu district',
		stageId: 's-design',
		joinedAt: '2018-03-22'
	},
	{
		binStem: '05044055416',
		name: { ru: 'ТОО «Алатау Мебель»', kk: '«Алатау Мебель» ЖШС', en: 'Alatau Mebel LLP' },
		kind: 'large',
		employees: 320,
		locality: 'Alatau district',
		stageId: 's-production',
		joinedAt: '2017-06-08',
		contact: 'Генеральный директор'
	},
	{
		binStem: '08104053128',
		name: { ru: 'ТОО «Жетысу Мебель Групп»', kk: '«Жетісу Мебель Групп» ЖШС', en: 'Zhetysu Mebel Group LLP' },
		kind: 'sme',
		employees: 140,
		locality: 'Turksib district',
		stageId: 's-production',
		joinedAt: '2017-06-08'
	},
	{
		binStem: '12034048408',
		name: { ru: 'ТОО «Кичен Мастер»', kk: '«Кичен Мастер» ЖШС', en: 'Kitchen Master LLP' },
		kind: 'sme',
		employees: 45,
		locality: 'Auezov district',
		stageId: 's-production',
		joinedAt: '2017-06-08'
	},
	{
		binStem: '10094033844',
		name: { ru: 'ТОО «Дастархан Кухни»', kk: '«Дастарқан Ас үйлері» ЖШС', en: 'Dastarkhan Kitchens LLP' },
		kind: 'sme',
		employees: 60,
		locality: 'Zhetysu district',
		stageId: 's-production',
		joinedAt: '2017-10-12'
	},
	{
		binStem: '11054080384',
		name: { ru: 'ТОО «Жайлы Диван»', kk: '«Жайлы Диван» ЖШС', en: 'Zhaily Divan LLP' },
		kind: 'sme',
		employees: 70,
		locality: 'Alatau district',
		stageId: 's-production',
		joinedAt: '2017-06-08'
	},
	{
		binStem: '14104063380',
		name: { ru: 'ТОО «Комфорт Софа Алматы»', kk: '«Комфорт Софа Алматы» ЖШС', en: 'Comfort Sofa Almaty LLP' },
		kind: 'sme',
		employees: 38,
		locality: 'Nauryzbay district',
		stageId: 's-production',
		joinedAt: '2018-02-15',
		leftAt: '2020-10-31'
	},
	{
		binStem: '09074033448',
		name: { ru: 'ТОО «ОфисПро Мебель»', kk: '«ОфисПро Мебель» ЖШС', en: 'OfficePro Mebel LLP' },
		kind: 'sme',
		employees: 110,
		locality: 'Alatau district',
		stageId: 's-production',
		joinedAt: '2017-06-08',
		contact: 'Коммерческий директор'
	},
	{
		binStem: '13024007580',
		name: { ru: 'ТОО «Билим Мебель»', kk: '«Білім Мебель» ЖШС', en: 'Bilim Mebel LLP' },
		kind: 'sme',
		employees: 85,
		locality: 'Turksib district',
		stageId: 's-production',
		joinedAt: '2017-10-12'
	},
	{
		binStem: '16044044556',
		name: { ru: 'ТОО «Шебер Агаш»', kk: '«Шебер Ағаш» ЖШС', en: 'Sheber Agash LLP' },
		kind: 'sme',
		employees: 16,
		locality: 'Nauryzbay district',
		stageId: 's-production',
		joinedAt: '2018-04-19'
	},
	{
		binStem: '15084030036',
		name: { ru: 'ТОО «Массив Арт»', kk: '«Массив Арт» ЖШС', en: 'Massiv Art LLP' },
		kind: 'sme',
		employees: 22,
		locality: 'Auezov district',
		stageId: 's-production',
		joinedAt: '2018-06-07'
	},
	{
		binStem: '17074056300',
		name: {
			ru: 'Сервисный центр раскроя и кромления',
			kk: 'Пішу және жиектеу сервистік орталығы',
			en: 'Panel cutting and edging service centre'
		},
		kind: 'sme',
		employees: 14,
		locality: 'Alatau district',
		stageId: 's-production',
		joinedAt: '2018-09-13',
		contact: 'Руководитель центра',
		actorId: 'a-cutting'
	},
	{
		binStem: '11104006788',
		name: { ru: 'ТОО «Алма Мебель»', kk: '«Алма Мебель» ЖШС', en: 'Alma Mebel LLP' },
		kind: 'sme',
		employees: 55,
		locality: 'Zhetysu district',
		stageId: 's-production',
		joinedAt: '2017-06-08'
	},
	{
		binStem: '14064077396',
		name: { ru: 'ТОО «Корпус Стиль»', kk: '«Корпус Стиль» ЖШС', en: 'Korpus Style LLP' },
		kind: 'sme',
		employees: 34,
		locality: 'Auezov district',
		stageId: 's-production',
		joinedAt: '2018-01-25'
	},
	{
		binStem: '12124093988',
		name: {
			ru: 'ТОО «Контракт Мебель Алматы»',
			kk: '«Контракт Мебель Алматы» ЖШС',
			en: 'Contract Furniture Almaty LLP'
		},
		kind: 'sme',
		employees: 48,
		locality: 'Turksib district',
		stageId: 's-production',
		joinedAt: '2018-05-24'
	},
	{
		binStem: '13084082544',
		name: { ru: 'ТОО «Мебель Сити Алматы»', kk: '«Мебель Сити Алматы» ЖШС', en: 'Mebel City Almaty LLP' },
		kind: 'sme',
		employees: 40,
		locality: 'Almaly district',
		stageId: 's-sales',
		joinedAt: '2017-10-12'
	},
	{
		binStem: '15024064492',
		name: { ru: 'ТОО «Дом мебели Алматы»', kk: '«Алматы жиһаз үйі» ЖШС', en: 'Almaty Furniture House LLP' },
		kind: 'sme',
		employees: 25,
		locality: 'Bostandyk district',
		stageId: 's-sales',
		joinedAt: '2018-08-30'
	},
	{
		binStem: '09114000776',
		name: { ru: 'ТОО «Фурнитура Азия»', kk: '«Фурнитура Азия» ЖШС', en: 'Furnitura Asia LLP' },
		kind: 'sme',
		employees: 30,
		locality: 'Zhetysu district',
		stageId: 's-materials',
		joinedAt: '2017-06-08'
	},
	{
		binStem: '13054084476',
		name: { ru: 'ТОО «Плита Трейд Алматы»', kk: '«Плита Трейд Алматы» ЖШС', en: 'Plita Trade Almaty LLP' },
		kind: 'sme',
		employees: 24,
		locality: 'Alatau district',
		stageId: 's-materials',
		joinedAt: '2018-03-22'
	},
	{
		binStem: '05064096316',
		name: {
			ru: 'Алматинский колледж дизайна и технологий',
			kk: 'Алматы дизайн және технология колледжі',
			en: 'Almaty college of design and technology'
		},
		kind: 'research',
		employees: 140,
		locality: 'Almaly district',
		stageId: 's-support',
		joinedAt: '2017-06-08',
		contact: 'Заместитель директора по учебной работе',
		actorId: 'a-college'
	},
	{
		binStem: '13034081576',
		name: {
			ru: 'Ассоциация производителей мебели',
			kk: 'Жиһаз өндірушілер қауымдастығы',
			en: 'Association of furniture makers'
		},
		kind: 'association',
		employees: 4,
		locality: 'Bostandyk district',
		stageId: 's-support',
		joinedAt: '2017-06-08',
		contact: 'Исполнительный директор',
		actorId: 'a-association'
	},
	{
		binStem: '08064127508',
		name: {
			ru: 'АО «Фонд развития предпринимательства «Даму»',
			kk: '«Даму» кәсіпкерлікті дамыту қоры» АҚ',
			en: 'DAMU Entrepreneurship Development Fund'
		},
		kind: 'finance',
		employees: 55,
		locality: 'Almaly district',
		stageId: 's-support',
		joinedAt: '2018-02-15',
		contact: 'Директор филиала',
		actorId: 'a-damu'
	},
	{
		binStem: '11094020132',
		name: {
			ru: 'Индустриальная зона Алматы',
			kk: 'Алматы индустриялық аймағы',
			en: 'Almaty industrial zone'
		},
		kind: 'public',
		employees: 25,
		locality: 'Alatau district',
		stageId: 's-support',
		joinedAt: '2017-10-12',
		actorId: 'a-industrialzone'
	},
	// Joined after the report of 1 January 2019.
	{
		binStem: '17114167172',
		name: {
			ru: 'АО «ЭСК «KazakhExport»',
			kk: '«KazakhExport» ЭСК» АҚ',
			en: 'KazakhExport export credit agency'
		},
		kind: 'finance',
		employees: 5,
		locality: 'Almaly district',
		stageId: 's-support',
		joinedAt: '2019-08-20',
		contact: 'Региональный менеджер',
		actorId: 'a-kazakhexport'
	},
	{
		binStem: '20094014840',
		name: { ru: 'ТОО «Мебель Онлайн KZ»', kk: '«Мебель Онлайн KZ» ЖШС', en: 'Mebel Online KZ LLP' },
		kind: 'sme',
		employees: 11,
		locality: 'Bostandyk district',
		stageId: 's-sales',
		joinedAt: '2021-05-18'
	}
];

export const profile = noOrganisationYet({ strategyDate: '2018-12-11', stage: 'plan_approved' });
