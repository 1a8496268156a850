// The furniture cluster's plan as its members wrote it: in Russian, with Kazakh where the cluster's
// translator added it (stages, firms, titles, units), keyed by the English translation.
import type { Translation } from './build';

export const furnitureTexts: Record<string, Translation> = {
	'Strategic development plan 2019–2025': {
		ru: 'Стратегический план развития кластера на 2019–2025 годы',
		kk: 'Кластерді дамытудың 2019–2025 жылдарға арналған стратегиялық жоспары'
	},
	'Almaty furniture makers win back the home market from imports and sell their own designs across Central Asia.':
		{
			ru: 'Алматинские мебельщики возвращают внутренний рынок у импорта и продают собственный дизайн по всей Центральной Азии.'
		},
	'Buy, design, produce and sell together so that small furniture makers reach the scale and quality of importers.':
		{
			ru: 'Вместе закупать, проектировать, производить и продавать, чтобы малые производители мебели достигли масштаба и качества импортёров.'
		},
	// Stages
	'Boards, fittings and fabrics': { ru: 'Плиты, фурнитура и ткани', kk: 'Тақталар, фурнитура және маталар' },
	Design: { ru: 'Дизайн', kk: 'Дизайн' },
	Production: { ru: 'Производство', kk: 'Өндіріс' },
	Sales: { ru: 'Продажи', kk: 'Сату' },
	Markets: { ru: 'Рынки сбыта', kk: 'Өткізу нарықтары' },
	'Support institutions': { ru: 'Институты поддержки', kk: 'Қолдау институттары' },
	// Actors
	'Chipboard and MDF importers': { ru: 'Импортёры ДСП и МДФ', kk: 'ЖАП және МДФ импорттаушылар' },
	'Fittings and hardware distributors': {
		ru: 'Дистрибьюторы фурнитуры',
		kk: 'Фурнитура дистрибьюторлары'
	},
	'Fabric and foam suppliers': {
		ru: 'Поставщики тканей и поролона',
		kk: 'Мата мен поролон жеткізушілер'
	},
	'Woodworking machine dealers': {
		ru: 'Дилеры деревообрабатывающих станков',
		kk: 'Ағаш өңдеу станоктарының дилерлері'
	},
	'Furniture designers and studios': {
		ru: 'Дизайнеры и студии мебели',
		kk: 'Жиһаз дизайнерлері мен студиялары'
	},
	'Case furniture makers': { ru: 'Производители корпусной мебели', kk: 'Корпустық жиһаз өндірушілер' },
	'Kitchen makers': { ru: 'Производители кухонь', kk: 'Ас үй жиһазын өндірушілер' },
	'Upholstered furniture makers': {
		ru: 'Производители мягкой мебели',
		kk: 'Жұмсақ жиһаз өндірушілер'
	},
	'Office and school furniture makers': {
		ru: 'Производители офисной и школьной мебели',
		kk: 'Кеңсе және мектеп жиһазын өндірушілер'
	},
	'Solid wood joinery workshops': {
		ru: 'Столярные мастерские (массив)',
		kk: 'Ағаш шеберханалары (массив)'
	},
	'Panel cutting and edging service centre': {
		ru: 'Сервисный центр раскроя и кромления',
		kk: 'Пішу және жиектеу сервистік орталығы'
	},
	'Showrooms and furniture centres': {
		ru: 'Шоурумы и мебельные центры',
		kk: 'Шоурумдар мен жиһаз орталықтары'
	},
	'Online marketplaces': { ru: 'Онлайн-маркетплейсы', kk: 'Онлайн маркетплейстер' },
	'Households of Almaty': { ru: 'Домохозяйства Алматы', kk: 'Алматы үй шаруашылықтары' },
	'Hotels, restaurants and offices': {
		ru: 'Гостиницы, рестораны и офисы',
		kk: 'Қонақүйлер, мейрамханалар және кеңселер'
	},
	'Schools and public buildings (procurement)': {
		ru: 'Школы и госучреждения (госзакупки)',
		kk: 'Мектептер мен мемлекеттік мекемелер (мемлекеттік сатып алу)'
	},
	'Export: Kyrgyzstan and Uzbekistan': {
		ru: 'Экспорт: Кыргызстан и Узбекистан',
		kk: 'Экспорт: Қырғызстан және Өзбекстан'
	},
	'Imported furniture from China, Russia, Belarus': {
		ru: 'Импортная мебель из Китая, России, Беларуси',
		kk: 'Қытай, Ресей, Беларусьтен импортталған жиһаз'
	},
	'Almaty college of design and technology': {
		ru: 'Алматинский колледж дизайна и технологий',
		kk: 'Алматы дизайн және технология колледжі'
	},
	'Association of furniture makers': {
		ru: 'Ассоциация производителей мебели',
		kk: 'Жиһаз өндірушілер қауымдастығы'
	},
	'DAMU Entrepreneurship Development Fund': {
		ru: 'АО «Фонд развития предпринимательства «Даму»',
		kk: '«Даму» кәсіпкерлікті дамыту қоры» АҚ'
	},
	'KazakhExport export credit agency': { ru: 'АО «ЭСК «KazakhExport»', kk: '«KazakhExport» ЭСК» АҚ' },
	'Almaty industrial zone': { ru: 'Индустриальная зона Алматы', kk: 'Алматы индустриялық аймағы' },
	// Flows
	boards: { ru: 'плиты' },
	'hinges, runners': { ru: 'петли, направляющие' },
	fittings: { ru: 'фурнитура' },
	'fabric, foam': { ru: 'ткань, поролон' },
	'CNC machines': { ru: 'станки с ЧПУ' },
	'cut and edged panels': { ru: 'раскроенные и кромлёные детали' },
	collections: { ru: 'коллекции' },
	models: { ru: 'модели' },
	furniture: { ru: 'мебель' },
	sofas: { ru: 'диваны' },
	'kitchens to order': { ru: 'кухни на заказ' },
	'school furniture': { ru: 'школьная мебель' },
	'office furniture': { ru: 'офисная мебель' },
	'fit-out': { ru: 'оснащение' },
	sales: { ru: 'продажи' },
	'competing imports': { ru: 'конкурирующий импорт' },
	'loan guarantee': { ru: 'гарантия по кредиту' },
	'export insurance': { ru: 'страхование экспорта' },
	'trained workers': { ru: 'обученные рабочие' },
	'premises, utilities': { ru: 'помещения, коммуникации' },
	// Strategy
	'Cost and scale through cooperation': {
		ru: 'Затраты и масштаб через кооперацию',
		kk: 'Кооперация арқылы шығын мен ауқым'
	},
	'Buy boards and fittings together at importer prices': {
		ru: 'Закупать плиты и фурнитуру вместе по ценам импортёров',
		kk: 'Тақталар мен фурнитураны импорттаушылар бағасымен бірлесіп сатып алу'
	},
	'Pool the yearly board orders of members': {
		ru: 'Объединить годовые заказы плит участников',
		kk: 'Мүшелердің жылдық тақта тапсырыстарын біріктіру'
	},
	Association: { ru: 'Ассоциация' },
	'Framework contract with two board mills': {
		ru: 'Рамочный договор с двумя заводами плит',
		kk: 'Екі тақта зауытымен негіздемелік шарт'
	},
	'Cluster coordinator': { ru: 'Координатор кластера' },
	'Shared cutting and edging centre for small workshops': {
		ru: 'Общий центр раскроя и кромления для малых цехов',
		kk: 'Шағын цехтарға арналған ортақ пішу және жиектеу орталығы'
	},
	'Business plan and site for the service centre': {
		ru: 'Бизнес-план и площадка сервисного центра',
		kk: 'Сервистік орталықтың бизнес-жоспары мен алаңы'
	},
	'Cluster council': { ru: 'Совет кластера' },
	'Design and quality': { ru: 'Дизайн и качество', kk: 'Дизайн және сапа' },
	'Launch collections designed in Almaty': {
		ru: 'Выпустить коллекции алматинского дизайна',
		kk: 'Алматы дизайнындағы коллекцияларды шығару'
	},
	'Design competition with the college': {
		ru: 'Конкурс дизайна с колледжем',
		kk: 'Колледжбен дизайн байқауы'
	},
	College: { ru: 'Колледж' },
	'Joint collection shown at a furniture fair': {
		ru: 'Совместная коллекция на мебельной выставке',
		kk: 'Жиһаз көрмесіндегі бірлескен коллекция'
	},
	Designers: { ru: 'Дизайнеры' },
	'Meet EAEU furniture safety regulation for all members': {
		ru: 'Выполнить техрегламент ЕАЭС о безопасности мебели всеми участниками',
		kk: 'Жиһаз қауіпсіздігі туралы ЕАЭО техрегламентін барлық мүшелердің орындауы'
	},
	'Conformity audit of member products': {
		ru: 'Аудит соответствия продукции участников',
		kk: 'Мүшелер өнімінің сәйкестік аудиті'
	},
	'Win back the home market from imports': {
		ru: 'Вернуть внутренний рынок у импорта',
		kk: 'Ішкі нарықты импорттан қайтару'
	},
	'Joint showroom "Made in Almaty"': {
		ru: 'Общий шоурум «Сделано в Алматы»',
		kk: '«Алматыда жасалған» ортақ шоурумы'
	},
	Showrooms: { ru: 'Шоурумы' },
	'Register members as suppliers for public procurement': {
		ru: 'Зарегистрировать участников поставщиками в госзакупках',
		kk: 'Мүшелерді мемлекеттік сатып алуда жеткізуші ретінде тіркеу'
	},
	'Sell furniture to Kyrgyzstan and Uzbekistan': {
		ru: 'Продавать мебель в Кыргызстан и Узбекистан',
		kk: 'Жиһазды Қырғызстан мен Өзбекстанға сату'
	},
	'Trade mission to Bishkek and Tashkent': {
		ru: 'Торговая миссия в Бишкек и Ташкент',
		kk: 'Бішкек пен Ташкентке сауда миссиясы'
	},
	// Projects
	'Shared panel cutting and edging centre': {
		ru: 'Общий центр раскроя и кромления',
		kk: 'Ортақ пішу және жиектеу орталығы'
	},
	'CNC cutting, edging and drilling for 40 small workshops in the industrial zone.': {
		ru: 'Раскрой, кромление и присадка на ЧПУ для 40 малых цехов индустриальной зоны.'
	},
	'Joint purchasing pool': { ru: 'Совместный закупочный пул', kk: 'Бірлескен сатып алу пулы' },
	'Member-owned purchasing company for boards, fittings and fabrics.': {
		ru: 'Закупочная компания участников для плит, фурнитуры и тканей.'
	},
	'Almaty design collection': { ru: 'Коллекция «Алматинский дизайн»', kk: '«Алматы дизайны» коллекциясы' },
	'Design competition, prototypes and a joint stand at a regional furniture fair.': {
		ru: 'Конкурс дизайна, прототипы и общий стенд на региональной мебельной выставке.'
	},
	'A 2,000 m² showroom with online catalogue for member furniture.': {
		ru: 'Шоурум на 2 000 м² с онлайн-каталогом мебели участников.'
	},
	'Export to Central Asia': { ru: 'Экспорт в Центральную Азию', kk: 'Орталық Азияға экспорт' },
	'Distributor search, certificates and insured shipments with KazakhExport.': {
		ru: 'Поиск дистрибьюторов, сертификаты и застрахованные поставки с KazakhExport.'
	},
	// Indicators
	'Sales of member firms': { ru: 'Продажи участников кластера', kk: 'Кластер мүшелерінің сатылымы' },
	'billion tenge': { ru: 'млрд тенге', kk: 'млрд теңге' },
	'Member reports': { ru: 'Отчёты участников' },
	'Board purchase price paid by members': {
		ru: 'Закупочная цена плит для участников',
		kk: 'Мүшелер үшін тақтаның сатып алу бағасы'
	},
	'% of 2018 price': { ru: '% от цены 2018 г.', kk: '2018 ж. бағасының %' },
	'Purchasing pool invoices': { ru: 'Счета закупочного пула' },
	'Purchasing pool manager': { ru: 'Менеджер закупочного пула' },
	'Workshops using the service centre': {
		ru: 'Цеха, пользующиеся сервисным центром',
		kk: 'Сервистік орталықты пайдаланатын цехтар'
	},
	workshops: { ru: 'цехов', kk: 'цех' },
	'Service centre register': { ru: 'Журнал сервисного центра' },
	'Service centre manager': { ru: 'Руководитель сервисного центра' },
	'New models designed in Almaty': {
		ru: 'Новые модели алматинского дизайна',
		kk: 'Алматы дизайнындағы жаңа модельдер'
	},
	'Member survey': { ru: 'Опрос участников' },
	'Design working group': { ru: 'Рабочая группа по дизайну' },
	'Furniture exports of members': { ru: 'Экспорт мебели участниками', kk: 'Мүшелердің жиһаз экспорты' },
	'million USD': { ru: 'млн долл. США', kk: 'млн АҚШ доллары' },
	'Customs statistics': { ru: 'Таможенная статистика' },
	'Shown as a market to mark the competition; agree?': {
		ru: 'Показали как рынок, чтобы обозначить конкуренцию, — согласны?'
	}
};
