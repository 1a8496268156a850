// Participants of the milk cluster of Akmola region: dairy complexes, family farms, collection
// cooperatives and dairies, with the institutions of its map. The cluster registered its association
// in March 2019 (one of the first two); most member firms joined it, a few stayed out of the fees.
import type { ParticipantEntry, ProfileEntry } from './index';

export const participants: ParticipantEntry[] = [
	{
		binStem: '08044088784',
		name: { ru: 'ТОО «Жана Жол Агро»', kk: '«Жаңа Жол Агро» ЖШС', en: 'Zhana Zhol Agro LLP' },
		kind: 'large',
		employees: 310,
		locality: 'Akkol',
		stageId: 's-farming',
		joinedAt: '2017-06-02',
		contact: 'Генеральный директор',
		inOrganisation: true
	},
	{
		binStem: '11024085136',
		name: { ru: 'ТОО «Бурабай Сут»', kk: '«Бурабай Сүт» ЖШС', en: 'Burabay Sut LLP' },
		kind: 'sme',
		employees: 140,
		locality: 'Shchuchinsk',
		stageId: 's-farming',
		joinedAt: '2017-06-02',
		inOrganisation: true
	},
	{
		binStem: '13054085704',
		name: { ru: 'ТОО «Зеренда Агро»', kk: '«Зеренді Агро» ЖШС', en: 'Zerenda Agro LLP' },
		kind: 'sme',
		employees: 75,
		locality: 'Zerenda',
		stageId: 's-farming',
		joinedAt: '2017-10-09',
		inOrganisation: true
	},
	{
		binStem: '15094005000',
		name: { ru: 'ТОО «Атбасар Милк»', kk: '«Атбасар Милк» ЖШС', en: 'Atbasar Milk LLP' },
		kind: 'sme',
		employees: 38,
		locality: 'Atbasar',
		stageId: 's-farming',
		joinedAt: '2018-01-25',
		leftAt: '2020-12-31'
	},
	{
		binStem: '16074095764',
		name: {
			ru: 'ТОО «Астраханская молочная ферма»',
			kk: '«Астрахан сүт фермасы» ЖШС',
			en: 'Astrakhanka Dairy Farm LLP'
		},
		kind: 'sme',
		employees: 26,
		locality: 'Astrakhanka',
		stageId: 's-farming',
		joinedAt: '2018-04-03',
		inOrganisation: true
	},
	{
		binStem: '12034083696',
		name: {
			ru: 'ТОО «Целинный молочный комплекс»',
			kk: '«Тың сүт кешені» ЖШС',
			en: 'Tselinny Dairy Complex LLP'
		},
		kind: 'sme',
		employees: 120,
		locality: 'Shortandy',
		stageId: 's-farming',
		joinedAt: '2017-06-02',
		inOrganisation: true
	},
	{
		binStem: '09104070308',
		name: { ru: 'ТОО «Есиль Агро»', kk: '«Есіл Агро» ЖШС', en: 'Esil Agro LLP' },
		kind: 'sme',
		employees: 90,
		locality: 'Esil',
		stageId: 's-farming',
		joinedAt: '2018-06-12'
	},
	{
		binStem: '15064087620',
		name: { ru: 'СПК «Сут Жолы»', kk: '«Сүт жолы» АӨК', en: 'Sut Zholy Agricultural Cooperative' },
		kind: 'sme',
		employees: 12,
		locality: 'Zerenda',
		stageId: 's-collection',
		joinedAt: '2017-06-02',
		contact: 'Председатель',
		inOrganisation: true
	},
	{
		binStem: '16044076476',
		name: { ru: 'СПК «Акбулак»', kk: '«Ақбұлақ» АӨК', en: 'Akbulak Agricultural Cooperative' },
		kind: 'sme',
		employees: 9,
		locality: 'Burabay',
		stageId: 's-collection',
		joinedAt: '2018-02-20',
		contact: 'Председатель',
		inOrganisation: true
	},
	{
		binStem: '16114073572',
		name: { ru: 'СПК «Кокше-Сут»', kk: '«Көкше-Сүт» АӨК', en: 'Kokshe-Sut Agricultural Cooperative' },
		kind: 'sme',
		employees: 15,
		locality: 'Kokshetau',
		stageId: 's-collection',
		joinedAt: '2017-06-02',
		contact: 'Председатель',
		inOrganisation: true
	},
	{
		binStem: '06024069240',
		name: {
			ru: 'ТОО «Кокшетауские молочные продукты»',
			kk: '«Көкшетау сүт өнімдері» ЖШС',
			en: 'Kokshetau Dairy Products LLP'
		},
		kind: 'large',
		employees: 380,
		locality: 'Kokshetau',
		stageId: 's-processing',
		joinedAt: '2017-06-02',
		contact: 'Генеральный директор',
		inOrganisation: true
	},
	{
		binStem: '05084074192',
		name: {
			ru: 'АО «Степногорский молочный завод»',
			kk: '«Степногор сүт зауыты» АҚ',
			en: 'Stepnogorsk Dairy JSC'
		},
		kind: 'large',
		employees: 260,
		locality: 'Stepnogorsk',
		stageId: 's-processing',
		joinedAt: '2017-06-02',
		contact: 'Председатель правления'
	},
	{
		binStem: '10104052488',
		name: {
			ru: 'ТОО «Щучинский сыродельный завод»',
			kk: '«Щучинск ірімшік зауыты» ЖШС',
			en: 'Shchuchinsk Cheese Plant LLP'
		},
		kind: 'sme',
		employees: 95,
		locality: 'Shchuchinsk',
		stageId: 's-processing',
		joinedAt: '2017-06-02',
		contact: 'Главный технолог',
		inOrganisation: true
	},
	{
		binStem: '07114012968',
		name: {
			ru: 'ТОО «Макинский маслозавод»',
			kk: '«Макинск май зауыты» ЖШС',
			en: 'Makinsk Butter Plant LLP'
		},
		kind: 'sme',
		employees: 60,
		locality: 'Makinsk',
		stageId: 's-processing',
		joinedAt: '2017-11-15',
		inOrganisation: true
	},
	{
		binStem: '14084070056',
		name: { ru: 'ТОО «Бурабай Кумыс»', kk: '«Бурабай Қымыз» ЖШС', en: 'Burabay Kumis LLP' },
		kind: 'sme',
		employees: 18,
		locality: 'Burabay',
		stageId: 's-processing',
		joinedAt: '2018-03-27',
		inOrganisation: true
	},
	{
		binStem: '13124023556',
		name: { ru: 'ТОО «Акколь Сут»', kk: '«Ақкөл Сүт» ЖШС', en: 'Akkol Sut LLP' },
		kind: 'sme',
		employees: 34,
		locality: 'Akkol',
		stageId: 's-processing',
		joinedAt: '2018-05-16',
		inOrganisation: true
	},
	{
		binStem: '17024039116',
		name: {
			ru: 'ТОО «Ерейментауская сыроварня»',
			kk: '«Ерейментау ірімшік үйі» ЖШС',
			en: 'Yereymentau Creamery LLP'
		},
		kind: 'sme',
		employees: 14,
		locality: 'Yereymentau',
		stageId: 's-processing',
		joinedAt: '2018-09-04',
		inOrganisation: true
	},
	{
		binStem: '09044031852',
		name: { ru: 'ТОО «Акмолинские корма»', kk: '«Ақмола жем-шөбі» ЖШС', en: 'Akmola Feed LLP' },
		kind: 'sme',
		employees: 55,
		locality: 'Atbasar',
		stageId: 's-inputs',
		joinedAt: '2017-10-09',
		inOrganisation: true
	},
	{
		binStem: '06124005516',
		name: {
			ru: 'ТОО «Шортандинское племенное хозяйство»',
			kk: '«Шортанды асыл тұқымды шаруашылығы» ЖШС',
			en: 'Shortandy Breeding Farm LLP'
		},
		kind: 'sme',
		employees: 70,
		locality: 'Shortandy',
		stageId: 's-inputs',
		joinedAt: '2017-06-02',
		inOrganisation: true
	},
	{
		binStem: '13114040900',
		name: { ru: 'ТОО «ВетСервис Кокшетау»', kk: '«ВетСервис Көкшетау» ЖШС', en: 'VetService Kokshetau LLP' },
		kind: 'sme',
		employees: 22,
		locality: 'Kokshetau',
		stageId: 's-inputs',
		joinedAt: '2018-04-18',
		inOrganisation: true
	},
	{
		binStem: '16054016156',
		name: { ru: 'ТОО «МилкТех Казахстан»', kk: '«МилкТех Қазақстан» ЖШС', en: 'MilkTech Kazakhstan LLP' },
		kind: 'sme',
		employees: 17,
		locality: 'Kokshetau',
		stageId: 's-inputs',
		joinedAt: '2018-10-30',
		contact: 'Коммерческий директор',
		inOrganisation: true
	},
	// The university and the Dairy Union work from the capital, outside the region.
	{
		binStem: '03054050092',
		name: {
			ru: 'Казахский агротехнический университет им. С. Сейфуллина',
			kk: 'С. Сейфуллин атындағы Қазақ агротехникалық университеті',
			en: 'S. Seifullin Kazakh Agrotechnical University'
		},
		kind: 'research',
		employees: 1800,
		region: 'Nur-Sultan',
		locality: 'Nur-Sultan',
		stageId: 's-support',
		joinedAt: '2017-06-02',
		contact: 'Проректор по науке',
		actorId: 'a-university'
	},
	{
		binStem: '07104046016',
		name: {
			ru: 'НИИ животноводства и ветеринарии',
			kk: 'Мал шаруашылығы және ветеринария ҒЗИ',
			en: 'Livestock and veterinary research institute'
		},
		kind: 'research',
		employees: 85,
		locality: 'Shortandy',
		stageId: 's-support',
		joinedAt: '2017-12-05',
		actorId: 'a-research'
	},
	{
		binStem: '05024006836',
		name: {
			ru: 'Управление сельского хозяйства акимата Акмолинской области',
			kk: 'Ақмола облысы әкімдігінің ауыл шаруашылығы басқармасы',
			en: 'Agriculture department of the Akmola akimat'
		},
		kind: 'public',
		employees: 48,
		locality: 'Kokshetau',
		stageId: 's-support',
		joinedAt: '2017-06-02',
		contact: 'Руководитель управления',
		actorId: 'a-akimat'
	},
	{
		binStem: '11074031412',
		name: { ru: 'Молочный союз Казахстана', kk: 'Қазақстанның сүт одағы', en: 'Dairy Union of Kazakhstan' },
		kind: 'association',
		employees: 7,
		region: 'Nur-Sultan',
		locality: 'Nur-Sultan',
		stageId: 's-support',
		joinedAt: '2017-06-02',
		contact: 'Исполнительный директор',
		actorId: 'a-dairyunion'
	},
	// Joined after the report of 1 January 2019.
	{
		binStem: '09064194296',
		name: {
			ru: 'АО «Аграрная кредитная корпорация»',
			kk: '«Аграрлық несие корпорациясы» АҚ',
			en: 'Agrarian Credit Corporation'
		},
		kind: 'finance',
		employees: 18,
		locality: 'Kokshetau',
		stageId: 's-support',
		joinedAt: '2019-05-14',
		contact: 'Директор филиала',
		actorId: 'a-acc'
	},
	{
		binStem: '08034114200',
		name: { ru: 'АО «КазАгроФинанс»', kk: '«ҚазАгроҚаржы» АҚ', en: 'KazAgroFinance leasing' },
		kind: 'finance',
		employees: 25,
		locality: 'Kokshetau',
		stageId: 's-support',
		joinedAt: '2020-02-26',
		contact: 'Директор филиала',
		actorId: 'a-kazagro'
	},
	{
		binStem: '18044090176',
		name: { ru: 'ТОО «Кокше Рефтранс»', kk: '«Көкше Рефтранс» ЖШС', en: 'Kokshe Reftrans LLP' },
		kind: 'sme',
		employees: 30,
		locality: 'Kokshetau',
		stageId: 's-distribution',
		joinedAt: '2019-10-01',
		inOrganisation: true
	},
	{
		binStem: '17074027000',
		name: {
			ru: 'ТОО «Акмола Продукт Дистрибьюшн»',
			kk: '«Ақмола Өнім Дистрибьюшн» ЖШС',
			en: 'Akmola Product Distribution LLP'
		},
		kind: 'sme',
		employees: 44,
		locality: 'Kokshetau',
		stageId: 's-distribution',
		joinedAt: '2021-02-15',
		inOrganisation: true
	}
];

export const profile: ProfileEntry = {
	hasOrganisation: true,
	since: '2019-03-26',
	legalForm: 'Объединение юридических лиц в форме ассоциации',
	name: {
		ru: 'ОЮЛ «Молочный кластер Акмолинской области»',
		kk: '«Ақмола облысының сүт кластері» ЗТБ',
		en: 'Akmola Region Milk Cluster Association'
	},
	binStem: '19034048672',
	coordinator: 'Исполнительный директор ассоциации',
	staffFte: 1.5,
	website: '',
	funding: { fees: 60, public: 25, other: 15 },
	strategyDate: '2018-11-29',
	stage: 'implementing'
};
