// The flour cluster's plan as its members wrote it: in Russian, with Kazakh where the cluster's
// translator added it (stages, firms, titles, units), keyed by the English translation.
import type { Translation } from './build';

export const flourTexts: Record<string, Translation> = {
	'Strategic development plan 2019–2025': {
		ru: 'Стратегический план развития кластера на 2019–2025 годы',
		kk: 'Кластерді дамытудың 2019–2025 жылдарға арналған стратегиялық жоспары'
	},
	'Raise the value added of Kostanay grain by joint work on quality, export markets, logistics and skills.': {
		ru: 'Повышать добавленную стоимость костанайского зерна совместной работой над качеством, экспортными рынками, логистикой и кадрами.'
	},
	// Vision and strategic lines
	'By 2025 Kostanay flour is a recognised brand of quality in Central Asia and beyond, made by mills that work together from field to shelf.':
		{
			ru: 'К 2025 году костанайская мука — признанный знак качества в Центральной Азии и за её пределами, а мельницы работают вместе от поля до прилавка.'
		},
	'Export markets': { ru: 'Экспортные рынки', kk: 'Экспорт нарықтары' },
	'Grow flour exports to Central Asia and Afghanistan and open the Chinese market': {
		ru: 'Нарастить экспорт муки в Центральную Азию и Афганистан и выйти на рынок Китая',
		kk: 'Орталық Азия мен Ауғанстанға ұн экспортын арттырып, Қытай нарығына шығу'
	},
	'Build a shared Kostanay flour brand': {
		ru: 'Создать общий бренд костанайской муки',
		kk: 'Қостанай ұнының ортақ брендін құру'
	},
	'Quality and innovation': { ru: 'Качество и инновации', kk: 'Сапа және инновация' },
	// Stages of the value chain
	'Inputs and equipment': { ru: 'Ресурсы и оборудование', kk: 'Ресурстар мен жабдықтар' },
	'Grain farming': { ru: 'Выращивание зерна', kk: 'Астық өсіру' },
	'Storage and elevators': { ru: 'Хранение и элеваторы', kk: 'Сақтау және элеваторлар' },
	'Flour milling': { ru: 'Мукомольное производство', kk: 'Ұн тарту өндірісі' },
	'Bakery and pasta': { ru: 'Хлебопечение и макароны', kk: 'Нан пісіру және макарон' },
	Logistics: { ru: 'Логистика', kk: 'Логистика' },
	Markets: { ru: 'Рынки сбыта', kk: 'Өткізу нарықтары' },
	'Support institutions': { ru: 'Институты поддержки', kk: 'Қолдау институттары' },
	// Actors
	'Elite seed farms': { ru: 'Элитно-семеноводческие хозяйства', kk: 'Элиталық тұқым шаруашылықтары' },
	'Fertiliser and crop protection dealers': {
		ru: 'Дилеры удобрений и СЗР',
		kk: 'Тыңайтқыш және өсімдік қорғау құралдарының дилерлері'
	},
	'Farm machinery dealers': { ru: 'Дилеры сельхозтехники', kk: 'Ауыл шаруашылығы техникасының дилерлері' },
	'Mill equipment suppliers': {
		ru: 'Поставщики мельничного оборудования',
		kk: 'Диірмен жабдықтарын жеткізушілер'
	},
	'Large grain farms and agroholdings': {
		ru: 'Крупные зерновые хозяйства и агрохолдинги',
		kk: 'Ірі астық шаруашылықтары мен агрохолдингтер'
	},
	'Small and medium grain farms': {
		ru: 'Малые и средние зерновые хозяйства',
		kk: 'Шағын және орта астық шаруашылықтары'
	},
	'Grain elevators and receiving points': {
		ru: 'Элеваторы и хлебоприёмные пункты',
		kk: 'Элеваторлар мен астық қабылдау пункттері'
	},
	'Food Contract Corporation (state grain reserve)': {
		ru: 'АО «НК «Продкорпорация» (госрезерв зерна)',
		kk: '«Азық-түлік келісімшарт корпорациясы» ҰК» АҚ (мемлекеттік астық резерві)'
	},
	'Large flour mills': { ru: 'Крупные мукомольные комбинаты', kk: 'Ірі ұн тарту комбинаттары' },
	'Small flour mills': { ru: 'Малые мельницы', kk: 'Шағын диірмендер' },
	'Feed mills using bran': { ru: 'Комбикормовые заводы (отруби)', kk: 'Құрама жем зауыттары (кебек)' },
	'Industrial bakeries': { ru: 'Хлебозаводы', kk: 'Нан зауыттары' },
	'Pasta makers': { ru: 'Производители макаронных изделий', kk: 'Макарон өнімдерін өндірушілер' },
	'Confectionery makers': { ru: 'Кондитерские фабрики', kk: 'Кондитер фабрикалары' },
	'Rail freight (KTZ)': { ru: 'Грузовые ж/д перевозки (КТЖ)', kk: 'Теміржол жүк тасымалы (ҚТЖ)' },
	'Trucking and forwarding firms': {
		ru: 'Автоперевозчики и экспедиторы',
		kk: 'Автотасымалдаушылар мен экспедиторлар'
	},
	'Retail chains and wholesale markets of Kazakhstan': {
		ru: 'Торговые сети и оптовые рынки Казахстана',
		kk: 'Қазақстанның сауда желілері мен көтерме базарлары'
	},
	'Export: Uzbekistan, Tajikistan, Kyrgyzstan': {
		ru: 'Экспорт: Узбекистан, Таджикистан, Кыргызстан',
		kk: 'Экспорт: Өзбекстан, Тәжікстан, Қырғызстан'
	},
	'Export: Afghanistan': { ru: 'Экспорт: Афганистан', kk: 'Экспорт: Ауғанстан' },
	'Export: China': { ru: 'Экспорт: Китай', kk: 'Экспорт: Қытай' },
	'Kostanay State University': {
		ru: 'Костанайский государственный университет',
		kk: 'Қостанай мемлекеттік университеті'
	},
	'Regional agricultural research station': {
		ru: 'Областная сельскохозяйственная опытная станция',
		kk: 'Облыстық ауыл шаруашылығы тәжірибе станциясы'
	},
	'DAMU Entrepreneurship Development Fund': {
		ru: 'АО «Фонд развития предпринимательства «Даму»',
		kk: '«Даму» кәсіпкерлікті дамыту қоры» АҚ'
	},
	'Agrarian Credit Corporation': {
		ru: 'АО «Аграрная кредитная корпорация»',
		kk: '«Аграрлық несие корпорациясы» АҚ'
	},
	'KazakhExport export credit agency': {
		ru: 'АО «ЭСК «KazakhExport»',
		kk: '«KazakhExport» ЭСК» АҚ'
	},
	'Regional Chamber of Entrepreneurs': {
		ru: 'Палата предпринимателей Костанайской области',
		kk: 'Қостанай облысының кәсіпкерлер палатасы'
	},
	'KIDI cluster development centre': {
		ru: 'Центр кластерного развития КИРИ',
		kk: 'ҚИДИ кластерлік даму орталығы'
	},
	// Flows
	'certified seed': { ru: 'сертифицированные семена' },
	fertiliser: { ru: 'удобрения' },
	'combines, seeders': { ru: 'комбайны, сеялки' },
	wheat: { ru: 'пшеница' },
	'milling wheat': { ru: 'продовольственная пшеница' },
	'reserve grain': { ru: 'зерно госрезерва' },
	'roller mills': { ru: 'вальцовые станки' },
	'bakery flour': { ru: 'хлебопекарная мука' },
	flour: { ru: 'мука' },
	bran: { ru: 'отруби' },
	'export flour': { ru: 'мука на экспорт' },
	'flour via Hairatan': { ru: 'мука через Хайратон' },
	bread: { ru: 'хлеб' },
	pasta: { ru: 'макароны' },
	'export revenue': { ru: 'экспортная выручка' },
	payments: { ru: 'оплата' },
	'seasonal credit': { ru: 'сезонный кредит' },
	'interest rate subsidy': { ru: 'субсидирование ставки' },
	'export credit insurance': { ru: 'страхование экспортных кредитов' },
	technologists: { ru: 'технологи' },
	'new wheat varieties': { ru: 'новые сорта пшеницы' },
	'cluster methodology': { ru: 'методология кластеров' },
	// Strategy
	'Joint trade mission to Tashkent and Dushanbe': {
		ru: 'Совместная торговая миссия в Ташкент и Душанбе',
		kk: 'Ташкент пен Душанбеге бірлескен сауда миссиясы'
	},
	'Register three mills with the Chinese customs authority': {
		ru: 'Зарегистрировать три мельницы в таможне КНР',
		kk: 'Үш диірменді ҚХР кеденінде тіркеу'
	},
	'Cluster coordinator': { ru: 'Координатор кластера' },
	'Joint participation at a food fair in Urumqi': {
		ru: 'Совместное участие в продовольственной выставке в Урумчи',
		kk: 'Үрімжідегі азық-түлік көрмесіне бірлесіп қатысу'
	},
	'Agree brand rules and quality criteria': {
		ru: 'Согласовать правила бренда и критерии качества',
		kk: 'Бренд ережелері мен сапа өлшемдерін келісу'
	},
	'Cluster council': { ru: 'Совет кластера' },
	'Launch bilingual brand website': {
		ru: 'Запустить двуязычный сайт бренда',
		kk: 'Брендтің екі тілді сайтын іске қосу'
	},
	'Certify member mills to international food safety standards': {
		ru: 'Сертифицировать мельницы-участники по международным стандартам безопасности пищевой продукции',
		kk: 'Мүше диірмендерді тамақ қауіпсіздігінің халықаралық стандарттары бойынша сертификаттау'
	},
	'HACCP and ISO 22000 gap audit of member mills': {
		ru: 'Предварительный аудит мельниц на соответствие ХАССП и ISO 22000',
		kk: 'Диірмендердің ХАССП және ISO 22000 талаптарына сәйкестігін алдын ала аудиттеу'
	},
	KIDI: { ru: 'КИРИ' },
	'Set up a shared quality laboratory': {
		ru: 'Создать общую лабораторию качества',
		kk: 'Ортақ сапа зертханасын құру'
	},
	'Lead mill': { ru: 'Ведущий комбинат' },
	'Move into higher value products: pasta, whole grain and special flours': {
		ru: 'Перейти к продукции с высокой добавленной стоимостью: макароны, цельнозерновая и специальная мука',
		kk: 'Қосылған құны жоғары өнімге көшу: макарон, толық дәнді және арнайы ұн'
	},
	'Market study of premium pasta in Kazakhstan and Russia': {
		ru: 'Исследование рынка макарон премиум-класса в Казахстане и России',
		kk: 'Қазақстан мен Ресейдегі премиум макарон нарығын зерттеу'
	},
	University: { ru: 'Университет' },
	'Pilot a whole grain flour line': {
		ru: 'Опытная линия цельнозерновой муки',
		kk: 'Толық дәнді ұн шығаратын тәжірибелік желі'
	},
	'Small mills group': { ru: 'Группа малых мельниц' },
	'Cluster organisation and skills': {
		ru: 'Организация кластера и кадры',
		kk: 'Кластерді ұйымдастыру және кадрлар'
	},
	'Register a cluster organisation with a paid coordinator': {
		ru: 'Зарегистрировать организацию кластера с оплачиваемым координатором',
		kk: 'Ақылы үйлестірушісі бар кластер ұйымын тіркеу'
	},
	'Register the cluster association': {
		ru: 'Зарегистрировать ассоциацию кластера',
		kk: 'Кластер қауымдастығын тіркеу'
	},
	'Agree membership fees and budget': {
		ru: 'Согласовать членские взносы и бюджет',
		kk: 'Мүшелік жарналар мен бюджетті келісу'
	},
	'Train millers, technologists and export managers': {
		ru: 'Обучить мукомолов, технологов и менеджеров по экспорту',
		kk: 'Диірменшілерді, технологтарды және экспорт менеджерлерін оқыту'
	},
	'Dual training programme for millers with the college': {
		ru: 'Дуальная программа подготовки мукомолов с колледжем',
		kk: 'Колледжбен бірге диірменшілерді дуалды оқыту бағдарламасы'
	},
	'Export management course for member firms': {
		ru: 'Курс по управлению экспортом для участников кластера',
		kk: 'Кластер мүшелеріне арналған экспортты басқару курсы'
	},
	'Logistics and raw material': {
		ru: 'Логистика и сырьё',
		kk: 'Логистика және шикізат'
	},
	'Cut the cost of shipping flour to export markets': {
		ru: 'Снизить стоимость доставки муки на экспортные рынки',
		kk: 'Экспорт нарықтарына ұн жеткізу құнын төмендету'
	},
	'Pool rail wagon orders of member mills': {
		ru: 'Объединить заявки мельниц на вагоны',
		kk: 'Диірмендердің вагонға өтінімдерін біріктіру'
	},
	'Negotiate a seasonal tariff with the rail operator': {
		ru: 'Согласовать сезонный тариф с перевозчиком',
		kk: 'Тасымалдаушымен маусымдық тарифті келісу'
	},
	// Projects
	'Shared grain and flour quality laboratory': {
		ru: 'Общая лаборатория качества зерна и муки',
		kk: 'Астық пен ұн сапасының ортақ зертханасы'
	},
	'Accredited laboratory testing gluten, falling number and safety for all members and farmers.': {
		ru: 'Аккредитованная лаборатория: клейковина, число падения и безопасность для всех участников и фермеров.'
	},
	'Joint export office': { ru: 'Совместный экспортный офис', kk: 'Бірлескен экспорт кеңсесі' },
	'Shared export manager, market research and fair participation for member mills.': {
		ru: 'Общий менеджер по экспорту, исследования рынков и участие в выставках для мельниц-участников.'
	},
	'Premium pasta line': { ru: 'Линия макарон премиум-класса', kk: 'Премиум макарон желісі' },
	'New extrusion and drying line for durum pasta, with an interest rate subsidy from DAMU.': {
		ru: 'Новая линия прессования и сушки макарон из твёрдой пшеницы с субсидированием ставки от «Даму».'
	},
	'Milling technology training centre': {
		ru: 'Учебный центр мукомольных технологий',
		kk: 'Ұн тарту технологияларының оқу орталығы'
	},
	'Training room and pilot mill at the university for dual training of millers.': {
		ru: 'Учебный класс и опытная мельница в университете для дуального обучения мукомолов.'
	},
	'Joint purchase of grain wagons': {
		ru: 'Совместная закупка зерновозов',
		kk: 'Астық тасығыш вагондарды бірлесіп сатып алу'
	},
	'Member mills lease 100 hopper wagons together to secure export shipments in peak season.': {
		ru: 'Мельницы вместе берут в лизинг 100 хопперов, чтобы обеспечить экспортные отгрузки в пик сезона.'
	},
	'Cluster association and coordinator': {
		ru: 'Ассоциация кластера и координатор',
		kk: 'Кластер қауымдастығы және үйлестіруші'
	},
	'Registration, office and first two years of the cluster coordinator, paid by members.': {
		ru: 'Регистрация, офис и первые два года работы координатора за счёт участников.'
	},
	// Indicators
	'Flour exports of member mills': {
		ru: 'Экспорт муки мельницами-участниками',
		kk: 'Мүше диірмендердің ұн экспорты'
	},
	'thousand tonnes': { ru: 'тыс. тонн', kk: 'мың тонна' },
	'Member reports, customs statistics': { ru: 'Отчёты участников, таможенная статистика' },
	'Member mills certified to ISO 22000 or FSSC 22000': {
		ru: 'Мельницы, сертифицированные по ISO 22000 или FSSC 22000',
		kk: 'ISO 22000 немесе FSSC 22000 бойынша сертификатталған диірмендер'
	},
	mills: { ru: 'мельниц', kk: 'диірмен' },
	Certificates: { ru: 'Сертификаты' },
	'Quality working group': { ru: 'Рабочая группа по качеству' },
	'Samples tested by the shared laboratory': {
		ru: 'Пробы, исследованные общей лабораторией',
		kk: 'Ортақ зертхана зерттеген сынамалар'
	},
	'samples per quarter': { ru: 'проб в квартал', kk: 'тоқсанына сынама' },
	'Laboratory register': { ru: 'Журнал лаборатории' },
	'Laboratory manager': { ru: 'Заведующий лабораторией' },
	'Cluster members': { ru: 'Участники кластера', kk: 'Кластер мүшелері' },
	'firms and organisations': { ru: 'предприятий и организаций', kk: 'кәсіпорын мен ұйым' },
	'Cluster register': { ru: 'Реестр участников кластера' },
	'Millers and technologists trained': {
		ru: 'Обучено мукомолов и технологов',
		kk: 'Оқытылған диірменшілер мен технологтар'
	},
	people: { ru: 'человек', kk: 'адам' },
	'Training centre records': { ru: 'Данные учебного центра' },
	'Rail cost of flour to Tashkent': {
		ru: 'Стоимость ж/д доставки муки до Ташкента',
		kk: 'Ташкентке ұнды теміржолмен жеткізу құны'
	},
	'USD per tonne': { ru: 'долл. США за тонну', kk: 'АҚШ доллары/тонна' },
	'Freight invoices of member mills': { ru: 'Счета перевозчиков мельницам-участникам' },
	'Logistics working group': { ru: 'Рабочая группа по логистике' },
	// Assumptions and descriptions
	'Afghan and Central Asian import rules stay open to Kazakh flour; rail tariffs to Tashkent do not rise faster than prices.':
		{
			ru: 'Правила импорта Афганистана и стран Центральной Азии остаются открытыми для казахстанской муки; ж/д тарифы до Ташкента растут не быстрее цен.'
		},
	'Member mills agree to common quality rules and accept checks by the shared laboratory.': {
		ru: 'Мельницы принимают общие правила качества и проверки общей лабораторией.'
	},
	'Certification bodies are available in the region; mills co-finance the audits.': {
		ru: 'В регионе есть органы по сертификации; мельницы софинансируют аудиты.'
	},
	'Demand for premium pasta keeps growing in Kazakhstan and Russia.': {
		ru: 'Спрос на макароны премиум-класса в Казахстане и России продолжает расти.'
	},
	'Member mills sell on their own and compete on price in the same few markets.\nJoint missions, shared certification and one export office let them reach buyers none of them can reach alone.':
		{
			ru: 'Мельницы продают поодиночке и конкурируют ценой на одних и тех же рынках.\nСовместные миссии, общая сертификация и единый экспортный офис открывают им покупателей, до которых никто из них не дотянется в одиночку.'
		},
	// Comments
	'Should the state reserve be shown as an input or as a competitor for grain?': {
		ru: 'Госрезерв показывать как поставщика или как конкурента за зерно?'
	},
	'Please add the expected export share of the new pasta line.': {
		ru: 'Добавьте, пожалуйста, ожидаемую долю экспорта новой линии.'
	}
};
