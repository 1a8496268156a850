// The construction materials cluster's plan as its members wrote it: in Russian, with Kazakh where
// the cluster's translator added it (stages, firms, titles, units), keyed by the English translation.
import type { Translation } from './build';

export const constructionTexts: Record<string, Translation> = {
	'Strategic development plan 2019–2025': {
		ru: 'Стратегический план развития кластера на 2019–2025 годы',
		kk: 'Кластерді дамытудың 2019–2025 жылдарға арналған стратегиялық жоспары'
	},
	'Karaganda builds with its own materials: energy-efficient, certified, and supplied to all of Central Kazakhstan.':
		{
			ru: 'Караганда строит из своих материалов — энергоэффективных, сертифицированных и поставляемых по всему Центральному Казахстану.'
		},
	'Connect materials makers, designers and builders to raise local content, quality and energy efficiency in construction.':
		{
			ru: 'Объединить производителей материалов, проектировщиков и строителей, чтобы повысить местное содержание, качество и энергоэффективность строительства.'
		},
	// Stages
	'Raw materials': { ru: 'Сырьё', kk: 'Шикізат' },
	'Building materials': { ru: 'Стройматериалы', kk: 'Құрылыс материалдары' },
	'Design and engineering': { ru: 'Проектирование и инжиниринг', kk: 'Жобалау және инжиниринг' },
	Construction: { ru: 'Строительство', kk: 'Құрылыс' },
	Markets: { ru: 'Рынки сбыта', kk: 'Өткізу нарықтары' },
	'Support institutions': { ru: 'Институты поддержки', kk: 'Қолдау институттары' },
	// Actors
	'Limestone, clay and sand quarries': {
		ru: 'Карьеры известняка, глины и песка',
		kk: 'Әктас, саз және құм карьерлері'
	},
	'Steel mill in Temirtau': {
		ru: 'Металлургический комбинат в Темиртау',
		kk: 'Теміртаудағы металлургиялық комбинат'
	},
	'Power plants (fly ash and slag)': { ru: 'ТЭЦ (зола уноса и шлак)', kk: 'ЖЭО (ұшпа күл және шлак)' },
	'Cement plants': { ru: 'Цементные заводы', kk: 'Цемент зауыттары' },
	'Brick and ceramic block makers': {
		ru: 'Производители кирпича и керамоблоков',
		kk: 'Кірпіш және керамоблок өндірушілер'
	},
	'Precast concrete and ready-mix plants': { ru: 'Заводы ЖБИ и бетона', kk: 'ТБК және бетон зауыттары' },
	'Aerated concrete block makers': { ru: 'Производители газоблоков', kk: 'Газоблок өндірушілер' },
	'Steel structure fabricators': {
		ru: 'Заводы металлоконструкций',
		kk: 'Металл конструкциялар зауыттары'
	},
	'Insulation and dry-mix makers': {
		ru: 'Производители утеплителей и сухих смесей',
		kk: 'Жылытқыш және құрғақ қоспа өндірушілер'
	},
	'Design institutes': { ru: 'Проектные институты', kk: 'Жобалау институттары' },
	'BIM and engineering consultancies': {
		ru: 'BIM- и инжиниринговые компании',
		kk: 'BIM және инжиниринг компаниялары'
	},
	'General contractors': { ru: 'Генеральные подрядчики', kk: 'Бас мердігерлер' },
	'Specialist subcontractors': {
		ru: 'Специализированные субподрядчики',
		kk: 'Мамандандырылған қосалқы мердігерлер'
	},
	'State housing programme (Nurly Zher)': {
		ru: 'Госпрограмма жилищного строительства «Нұрлы жер»',
		kk: '«Нұрлы жер» тұрғын үй құрылысы бағдарламасы'
	},
	'Mining and industrial sites': {
		ru: 'Горнодобывающие и промышленные объекты',
		kk: 'Тау-кен және өнеркәсіп нысандары'
	},
	'Private developers and households': {
		ru: 'Частные застройщики и домохозяйства',
		kk: 'Жеке құрылыс салушылар мен үй шаруашылықтары'
	},
	'Export: Russian and Uzbek buyers': {
		ru: 'Экспорт: покупатели в России и Узбекистане',
		kk: 'Экспорт: Ресей мен Өзбекстандағы сатып алушылар'
	},
	'Karaganda Technical University': {
		ru: 'Карагандинский технический университет',
		kk: 'Қарағанды техникалық университеті'
	},
	'Accredited materials testing laboratory': {
		ru: 'Аккредитованная испытательная лаборатория стройматериалов',
		kk: 'Құрылыс материалдарының аккредиттелген сынақ зертханасы'
	},
	'State expertise of construction projects': {
		ru: 'Госэкспертиза проектов',
		kk: 'Жобалардың мемлекеттік сараптамасы'
	},
	'DAMU Entrepreneurship Development Fund': {
		ru: 'АО «Фонд развития предпринимательства «Даму»',
		kk: '«Даму» кәсіпкерлікті дамыту қоры» АҚ'
	},
	'Construction department of the Karaganda akimat': {
		ru: 'Управление строительства акимата Карагандинской области',
		kk: 'Қарағанды облысы әкімдігінің құрылыс басқармасы'
	},
	'Saryarka special economic zone': { ru: 'СЭЗ «Сарыарка»', kk: '«Сарыарқа» АЭА' },
	// Flows
	'limestone, clay': { ru: 'известняк, глина' },
	'sand and gravel': { ru: 'песок и щебень' },
	'fly ash': { ru: 'зола уноса' },
	slag: { ru: 'шлак' },
	'rolled steel': { ru: 'металлопрокат' },
	rebar: { ru: 'арматура' },
	cement: { ru: 'цемент' },
	bricks: { ru: 'кирпич' },
	'panels, ready-mix': { ru: 'панели, бетон' },
	blocks: { ru: 'блоки' },
	'steel frames': { ru: 'металлокаркасы' },
	insulation: { ru: 'утеплитель' },
	'project documentation': { ru: 'проектная документация' },
	'BIM models': { ru: 'BIM-модели' },
	installation: { ru: 'монтаж' },
	'apartment blocks': { ru: 'жилые дома' },
	'industrial construction': { ru: 'промышленное строительство' },
	contracts: { ru: 'договоры' },
	'guaranteed loan': { ru: 'кредит под гарантию' },
	'certification tests': { ru: 'сертификационные испытания' },
	engineers: { ru: 'инженеры' },
	'project approval': { ru: 'заключение экспертизы' },
	'tax relief, land': { ru: 'налоговые льготы, земля' },
	// Strategy
	'Local materials in local construction': {
		ru: 'Местные материалы — в местное строительство',
		kk: 'Жергілікті материалдар — жергілікті құрылысқа'
	},
	'Raise the share of regional materials in housing built in the region': {
		ru: 'Увеличить долю местных материалов в жилье, строящемся в области',
		kk: 'Облыста салынатын тұрғын үйдегі жергілікті материалдар үлесін арттыру'
	},
	'Catalogue of regional materials for designers': {
		ru: 'Каталог местных материалов для проектировщиков',
		kk: 'Жобалаушыларға арналған жергілікті материалдар каталогы'
	},
	'Cluster coordinator': { ru: 'Координатор кластера' },
	'Agreement with the akimat on materials in state housing specifications': {
		ru: 'Соглашение с акиматом о материалах в спецификациях госжилья',
		kk: 'Мемлекеттік тұрғын үй спецификацияларындағы материалдар туралы әкімдікпен келісім'
	},
	'Cluster council': { ru: 'Совет кластера' },
	'Sell materials beyond the region and abroad': {
		ru: 'Продавать материалы за пределами области и за рубежом',
		kk: 'Материалдарды облыстан тыс және шетелге сату'
	},
	'Joint trade mission to Tashkent and Novosibirsk': {
		ru: 'Совместная торговая миссия в Ташкент и Новосибирск',
		kk: 'Ташкент пен Новосібірге бірлескен сауда миссиясы'
	},
	'Regional Chamber of Entrepreneurs': { ru: 'Палата предпринимателей области' },
	'Quality and energy efficiency': {
		ru: 'Качество и энергоэффективность',
		kk: 'Сапа және энергия тиімділігі'
	},
	'Certify member products to EAEU and European standards': {
		ru: 'Сертифицировать продукцию участников по стандартам ЕАЭС и ЕС',
		kk: 'Мүшелердің өнімін ЕАЭО және ЕО стандарттары бойынша сертификаттау'
	},
	'Certification plan for each member product': {
		ru: 'План сертификации по каждому продукту участников',
		kk: 'Мүшелердің әр өнімі бойынша сертификаттау жоспары'
	},
	'Testing laboratory': { ru: 'Испытательная лаборатория' },
	'Upgrade the laboratory to thermal performance tests': {
		ru: 'Оснастить лабораторию для теплотехнических испытаний',
		kk: 'Зертхананы жылутехникалық сынақтарға жабдықтау'
	},
	University: { ru: 'Университет' },
	'Offer energy-efficient wall and insulation systems': {
		ru: 'Предложить энергоэффективные системы стен и утепления',
		kk: 'Энергия тиімді қабырға және жылыту жүйелерін ұсыну'
	},
	'Pilot energy-efficient apartment block with members': {
		ru: 'Пилотный энергоэффективный дом с участниками',
		kk: 'Мүшелермен бірге энергия тиімді тәжірибелік үй'
	},
	'Lead builder': { ru: 'Ведущий застройщик' },
	'Digital design and skills': { ru: 'Цифровое проектирование и кадры', kk: 'Цифрлық жобалау және кадрлар' },
	'Move member designers and builders to BIM': {
		ru: 'Перевести проектировщиков и строителей кластера на BIM',
		kk: 'Кластердің жобалаушылары мен құрылысшыларын BIM-ге көшіру'
	},
	'BIM training for 10 design teams': {
		ru: 'Обучение BIM для 10 проектных команд',
		kk: '10 жобалау тобына BIM оқыту'
	},
	'BIM consultancy': { ru: 'BIM-консультант' },
	'Shared BIM library of member products': {
		ru: 'Общая BIM-библиотека продукции участников',
		kk: 'Мүшелер өнімінің ортақ BIM кітапханасы'
	},
	Designers: { ru: 'Проектировщики' },
	'Close the shortage of skilled workers on sites': {
		ru: 'Закрыть нехватку квалифицированных рабочих на стройках',
		kk: 'Құрылыс алаңдарындағы білікті жұмысшылар тапшылығын жою'
	},
	'Dual training of masons and installers with colleges': {
		ru: 'Дуальное обучение каменщиков и монтажников с колледжами',
		kk: 'Колледждермен бірге тас қалаушылар мен монтаждаушыларды дуалды оқыту'
	},
	Akimat: { ru: 'Акимат' },
	// Projects
	'Upgrade of the materials testing laboratory': {
		ru: 'Модернизация испытательной лаборатории',
		kk: 'Сынақ зертханасын жаңғырту'
	},
	'Thermal conductivity, frost resistance and fire tests so members certify without travelling abroad.': {
		ru: 'Испытания на теплопроводность, морозостойкость и огнестойкость, чтобы сертифицироваться без поездок за рубеж.'
	},
	'Regional materials catalogue and BIM library': {
		ru: 'Каталог местных материалов и BIM-библиотека',
		kk: 'Жергілікті материалдар каталогы және BIM кітапханасы'
	},
	'Online catalogue with technical data and BIM objects of every member product.': {
		ru: 'Онлайн-каталог с техническими данными и BIM-объектами всей продукции участников.'
	},
	'Pilot energy-efficient apartment block': {
		ru: 'Пилотный энергоэффективный жилой дом',
		kk: 'Тәжірибелік энергия тиімді тұрғын үй'
	},
	'A 60-apartment block built with member materials and metered for two winters.': {
		ru: 'Дом на 60 квартир из материалов участников с учётом тепла в течение двух зим.'
	},
	'Fly ash aerated block line': { ru: 'Линия газоблоков на золе уноса', kk: 'Ұшпа күлдегі газоблок желісі' },
	'New autoclave line using fly ash from local power plants, financed with a DAMU-guaranteed loan.': {
		ru: 'Новая автоклавная линия на золе уноса местных ТЭЦ, кредит под гарантию «Даму».'
	},
	'Construction skills centre': { ru: 'Центр строительных компетенций', kk: 'Құрылыс құзыреттері орталығы' },
	'Training yard for masons, installers and crane operators with colleges and builders.': {
		ru: 'Учебный полигон для каменщиков, монтажников и крановщиков вместе с колледжами и строителями.'
	},
	// Indicators
	'Regional materials in state housing built in the region': {
		ru: 'Доля местных материалов в госжилье области',
		kk: 'Облыстағы мемлекеттік тұрғын үйдегі жергілікті материалдар үлесі'
	},
	'% of materials cost': { ru: '% стоимости материалов', kk: 'материалдар құнының %' },
	'Akimat construction department': { ru: 'Управление строительства акимата' },
	'Member products with EAEU conformity certificates': {
		ru: 'Продукция участников с сертификатами соответствия ЕАЭС',
		kk: 'ЕАЭО сәйкестік сертификаттары бар мүшелер өнімі'
	},
	products: { ru: 'продуктов', kk: 'өнім' },
	Certificates: { ru: 'Сертификаты' },
	'Heat use of the pilot block': {
		ru: 'Теплопотребление пилотного дома',
		kk: 'Тәжірибелік үйдің жылу тұтынуы'
	},
	'kWh per m² a year': { ru: 'кВт·ч на м² в год', kk: 'жылына м²-ге кВт·сағ' },
	'Meter readings': { ru: 'Показания счётчиков' },
	'Design teams working in BIM': {
		ru: 'Проектные команды, работающие в BIM',
		kk: 'BIM-де жұмыс істейтін жобалау топтары'
	},
	teams: { ru: 'команд', kk: 'топ' },
	'Member survey': { ru: 'Опрос участников' },
	'BIM working group': { ru: 'Рабочая группа по BIM' },
	'Materials sold outside the region': {
		ru: 'Продажи материалов за пределы области',
		kk: 'Облыстан тыс сатылған материалдар'
	},
	'billion tenge': { ru: 'млрд тенге', kk: 'млрд теңге' },
	'Member reports': { ru: 'Отчёты участников' },
	'The steel mill could join as an anchor member; to discuss.': {
		ru: 'Металлургический комбинат мог бы войти якорным участником — обсудить.'
	}
};
