// The dairy cluster's plan as its members wrote it: in Russian, with Kazakh where the cluster's
// translator added it (stages, firms, titles, units), keyed by the English translation.
import type { Translation } from './build';

export const milkTexts: Record<string, Translation> = {
	'Strategic development plan 2019–2025': {
		ru: 'Стратегический план развития кластера на 2019–2025 годы',
		kk: 'Кластерді дамытудың 2019–2025 жылдарға арналған стратегиялық жоспары'
	},
	'Akmola region supplies the capital and neighbouring regions with safe, local dairy products from efficient farms.':
		{
			ru: 'Акмолинская область обеспечивает столицу и соседние регионы безопасной местной молочной продукцией эффективных ферм.'
		},
	'Raise the volume and quality of raw milk and the share of regional dairy products on the shelves of Nur-Sultan.':
		{
			ru: 'Наращивать объём и качество сырого молока и долю местной молочной продукции на полках Нур-Султана.'
		},
	// Stages
	'Feed, genetics and equipment': { ru: 'Корма, генетика и оборудование', kk: 'Жем, генетика және жабдық' },
	'Milk production': { ru: 'Производство молока', kk: 'Сүт өндірісі' },
	'Milk collection': { ru: 'Заготовка молока', kk: 'Сүт дайындау' },
	Processing: { ru: 'Переработка', kk: 'Қайта өңдеу' },
	Distribution: { ru: 'Дистрибуция', kk: 'Дистрибуция' },
	Markets: { ru: 'Рынки сбыта', kk: 'Өткізу нарықтары' },
	'Support institutions': { ru: 'Институты поддержки', kk: 'Қолдау институттары' },
	// Actors
	'Feed and fodder producers': { ru: 'Производители кормов', kk: 'Жем-шөп өндірушілер' },
	'Breeding farms and AI services': {
		ru: 'Племхозяйства и службы искусственного осеменения',
		kk: 'Асыл тұқымды шаруашылықтар мен қолдан ұрықтандыру қызметтері'
	},
	'Milking and cooling equipment dealers': {
		ru: 'Дилеры доильного и холодильного оборудования',
		kk: 'Сауу және салқындату жабдықтарының дилерлері'
	},
	'Veterinary services': { ru: 'Ветеринарные службы', kk: 'Ветеринариялық қызметтер' },
	'Commercial dairy complexes': { ru: 'Молочно-товарные комплексы', kk: 'Сүт-тауар кешендері' },
	'Family dairy farms': { ru: 'Семейные молочные фермы', kk: 'Отбасылық сүт фермалары' },
	'Household milk producers': { ru: 'Личные подсобные хозяйства', kk: 'Жеке қосалқы шаруашылықтар' },
	'Milk collection cooperatives': {
		ru: 'Кооперативы по заготовке молока',
		kk: 'Сүт дайындау кооперативтері'
	},
	'Private milk collection points': {
		ru: 'Частные молокоприёмные пункты',
		kk: 'Жеке сүт қабылдау пункттері'
	},
	'Large dairy plants': { ru: 'Крупные молокозаводы', kk: 'Ірі сүт зауыттары' },
	'Cheese and butter makers': { ru: 'Сыродельные и маслодельные заводы', kk: 'Ірімшік және май зауыттары' },
	'Small dairies and kumis makers': {
		ru: 'Мини-молокозаводы и производители кумыса',
		kk: 'Шағын сүт зауыттары мен қымыз өндірушілер'
	},
	'Refrigerated transport firms': { ru: 'Перевозчики-рефрижераторы', kk: 'Рефрижераторлық тасымалдаушылар' },
	'Wholesale distributors': { ru: 'Оптовые дистрибьюторы', kk: 'Көтерме дистрибьюторлар' },
	'Retail chains of Nur-Sultan': { ru: 'Торговые сети Нур-Султана', kk: 'Нұр-Сұлтан сауда желілері' },
	'Schools and hospitals (public procurement)': {
		ru: 'Школы и больницы (госзакупки)',
		kk: 'Мектептер мен ауруханалар (мемлекеттік сатып алу)'
	},
	'Export: Russian border regions': {
		ru: 'Экспорт: приграничные регионы России',
		kk: 'Экспорт: Ресейдің шекаралас өңірлері'
	},
	'S. Seifullin Kazakh Agrotechnical University': {
		ru: 'Казахский агротехнический университет им. С. Сейфуллина',
		kk: 'С. Сейфуллин атындағы Қазақ агротехникалық университеті'
	},
	'Livestock and veterinary research institute': {
		ru: 'НИИ животноводства и ветеринарии',
		kk: 'Мал шаруашылығы және ветеринария ҒЗИ'
	},
	'Agrarian Credit Corporation': {
		ru: 'АО «Аграрная кредитная корпорация»',
		kk: '«Аграрлық несие корпорациясы» АҚ'
	},
	'KazAgroFinance leasing': { ru: 'АО «КазАгроФинанс»', kk: '«ҚазАгроҚаржы» АҚ' },
	'Agriculture department of the Akmola akimat': {
		ru: 'Управление сельского хозяйства акимата Акмолинской области',
		kk: 'Ақмола облысы әкімдігінің ауыл шаруашылығы басқармасы'
	},
	'Dairy Union of Kazakhstan': { ru: 'Молочный союз Казахстана', kk: 'Қазақстанның сүт одағы' },
	// Flows
	'silage and concentrates': { ru: 'силос и концентраты' },
	hay: { ru: 'сено' },
	'heifers, semen': { ru: 'нетели, семя' },
	'milking machines, tanks': { ru: 'доильные аппараты, танки' },
	'herd health': { ru: 'здоровье стада' },
	'raw milk': { ru: 'сырое молоко' },
	'cooled milk': { ru: 'охлаждённое молоко' },
	milk: { ru: 'молоко' },
	'packaged dairy': { ru: 'фасованная молочная продукция' },
	'cheese, butter': { ru: 'сыр, масло' },
	'dairy products': { ru: 'молочная продукция' },
	butter: { ru: 'масло' },
	payments: { ru: 'оплата' },
	'milk payments': { ru: 'оплата за молоко' },
	'subsidy per litre': { ru: 'субсидия за литр' },
	credit: { ru: 'кредит' },
	'equipment leasing': { ru: 'лизинг оборудования' },
	zootechnicians: { ru: 'зоотехники' },
	'breeding programmes': { ru: 'селекционные программы' },
	'market data': { ru: 'данные о рынке' },
	// Strategy
	'Raw milk supply': { ru: 'Сырьевая база', kk: 'Шикізат базасы' },
	'Raise the supply of commercial raw milk to processors': {
		ru: 'Увеличить поставки товарного молока переработчикам',
		kk: 'Қайта өңдеушілерге тауарлы сүт жеткізуді арттыру'
	},
	'Map farms and collection points within 100 km of processors': {
		ru: 'Составить карту ферм и приёмных пунктов в радиусе 100 км от заводов',
		kk: 'Зауыттардан 100 км радиустағы фермалар мен қабылдау пункттерінің картасын жасау'
	},
	'Cluster coordinator': { ru: 'Координатор кластера' },
	'Support the creation of five new collection cooperatives': {
		ru: 'Содействовать созданию пяти новых заготовительных кооперативов',
		kk: 'Бес жаңа дайындау кооперативін құруға жәрдемдесу'
	},
	Akimat: { ru: 'Акимат' },
	'Bring raw milk to the premium grade (somatic cells, bacteria)': {
		ru: 'Довести сырое молоко до сорта «экстра» (соматические клетки, бактерии)',
		kk: 'Шикі сүтті «экстра» сортына жеткізу (соматикалық жасушалар, бактериялар)'
	},
	'Training of family farms on milking hygiene': {
		ru: 'Обучение семейных ферм гигиене доения',
		kk: 'Отбасылық фермаларды сауу гигиенасына оқыту'
	},
	University: { ru: 'Университет' },
	'Install cooling tanks at collection points': {
		ru: 'Установить танки-охладители на приёмных пунктах',
		kk: 'Қабылдау пункттеріне салқындатқыш танктер орнату'
	},
	Cooperatives: { ru: 'Кооперативы' },
	'Products and markets': { ru: 'Продукция и рынки', kk: 'Өнім және нарықтар' },
	'Raise the share of regional dairy products on the shelves of Nur-Sultan': {
		ru: 'Увеличить долю местной молочной продукции на полках Нур-Султана',
		kk: 'Нұр-Сұлтан сөрелеріндегі жергілікті сүт өнімдерінің үлесін арттыру'
	},
	'Agree a regional product corner with two retail chains': {
		ru: 'Договориться с двумя сетями о полке местной продукции',
		kk: 'Екі сауда желісімен жергілікті өнім сөресі туралы келісу'
	},
	'Cluster council': { ru: 'Совет кластера' },
	'Joint promotion campaign "Milk of Akmola"': {
		ru: 'Совместная рекламная кампания «Молоко Акмолы»',
		kk: '«Ақмола сүті» бірлескен жарнама науқаны'
	},
	'Dairy processors': { ru: 'Переработчики молока' },
	'Replace imported cheese with regional cheese': {
		ru: 'Заменить импортный сыр местным',
		kk: 'Импорттық ірімшікті жергілікті ірімшікпен алмастыру'
	},
	'Study of the cheese market and imports': {
		ru: 'Исследование рынка сыра и импорта',
		kk: 'Ірімшік нарығы мен импортын зерттеу'
	},
	'Dairy Union': { ru: 'Молочный союз' },
	'Technology transfer visit to cheese makers abroad': {
		ru: 'Поездка к зарубежным сыроделам для трансфера технологий',
		kk: 'Технология трансфері үшін шетелдік ірімшік жасаушыларға сапар'
	},
	'Cluster cooperation and skills': {
		ru: 'Кооперация в кластере и кадры',
		kk: 'Кластердегі кооперация және кадрлар'
	},
	'Run the registered cluster organisation with member fees': {
		ru: 'Содержать зарегистрированную организацию кластера на членские взносы',
		kk: 'Тіркелген кластер ұйымын мүшелік жарналар есебінен ұстау'
	},
	'Elect the cluster council and adopt statutes': {
		ru: 'Избрать совет кластера и принять устав',
		kk: 'Кластер кеңесін сайлап, жарғыны қабылдау'
	},
	Members: { ru: 'Участники' },
	'Quarterly cluster meetings with processors and farms': {
		ru: 'Ежеквартальные встречи кластера с заводами и фермами',
		kk: 'Кластердің зауыттар және фермалармен тоқсан сайынғы кездесулері'
	},
	'Train herd managers, milkers and dairy technologists': {
		ru: 'Обучить управляющих стадом, операторов доения и технологов',
		kk: 'Табын басқарушыларды, сауыншыларды және технологтарды оқыту'
	},
	'Short courses for herd managers at the agrotechnical university': {
		ru: 'Краткие курсы для управляющих стадом в агротехническом университете',
		kk: 'Агротехникалық университетте табын басқарушыларға арналған қысқа курстар'
	},
	// Projects
	'Milk collection cooperatives with cooling': {
		ru: 'Заготовительные кооперативы с охлаждением',
		kk: 'Салқындатуы бар дайындау кооперативтері'
	},
	'Five cooperatives with cooling tanks and milk testing so family farms reach processors.': {
		ru: 'Пять кооперативов с танками-охладителями и анализом молока, чтобы семейные фермы выходили на заводы.'
	},
	'Raw milk testing laboratory': {
		ru: 'Лаборатория контроля сырого молока',
		kk: 'Шикі сүтті бақылау зертханасы'
	},
	'Independent testing of fat, protein, somatic cells and antibiotics to pay by quality.': {
		ru: 'Независимый анализ жира, белка, соматических клеток и антибиотиков для оплаты по качеству.'
	},
	'Hard cheese plant': { ru: 'Завод твёрдых сыров', kk: 'Қатты ірімшік зауыты' },
	'New plant for 2,000 tonnes of hard cheese a year, with DAMU interest rate subsidy.': {
		ru: 'Новый завод на 2 000 тонн твёрдого сыра в год с субсидированием ставки от «Даму».'
	},
	'Regional brand "Milk of Akmola"': {
		ru: 'Региональный бренд «Молоко Акмолы»',
		kk: '«Ақмола сүті» өңірлік бренді'
	},
	'Brand rules, label and joint promotion in retail chains of the capital.': {
		ru: 'Правила бренда, маркировка и совместное продвижение в сетях столицы.'
	},
	'Herd improvement programme': {
		ru: 'Программа улучшения стада',
		kk: 'Табынды жақсарту бағдарламасы'
	},
	'Heifer import and artificial insemination for family farms, with leasing of livestock.': {
		ru: 'Импорт нетелей и искусственное осеменение для семейных ферм с лизингом скота.'
	},
	// Indicators
	'Raw milk delivered to member processors': {
		ru: 'Сырое молоко, поставленное заводам-участникам',
		kk: 'Мүше зауыттарға жеткізілген шикі сүт'
	},
	'thousand tonnes': { ru: 'тыс. тонн', kk: 'мың тонна' },
	'Processor purchase records': { ru: 'Данные закупок заводов' },
	'Share of raw milk of premium grade': {
		ru: 'Доля сырого молока сорта «экстра»',
		kk: '«Экстра» сортты шикі сүт үлесі'
	},
	'%': { ru: '%', kk: '%' },
	'Testing laboratory': { ru: 'Лаборатория контроля' },
	'Laboratory manager': { ru: 'Заведующий лабораторией' },
	'Regional dairy products in retail chains of Nur-Sultan': {
		ru: 'Местная молочная продукция в сетях Нур-Султана',
		kk: 'Нұр-Сұлтан желілеріндегі жергілікті сүт өнімдері'
	},
	'% of shelf': { ru: '% полки', kk: 'сөренің %' },
	'Retail audit': { ru: 'Аудит полок' },
	'Marketing working group': { ru: 'Рабочая группа по маркетингу' },
	'Cheese produced by members': { ru: 'Выпуск сыра участниками', kk: 'Мүшелердің ірімшік өндірісі' },
	tonnes: { ru: 'тонн', kk: 'тонна' },
	'Member reports': { ru: 'Отчёты участников' },
	'Family farms in cooperatives': {
		ru: 'Семейные фермы в кооперативах',
		kk: 'Кооперативтердегі отбасылық фермалар'
	},
	farms: { ru: 'ферм', kk: 'ферма' },
	'Cooperative registers': { ru: 'Реестры кооперативов' },
	'Akimat agriculture department': { ru: 'Управление сельского хозяйства акимата' },
	'Is there enough raw milk in winter for the cheese plant?': {
		ru: 'Хватит ли зимой сырья для сырзавода?'
	}
};
