// The pharmaceutical cluster's plan as its members wrote it: in Russian, with Kazakh only where the
// cluster's translator got to it (stages, firms, some titles) — its Kazakh is not finished, as its
// name and sector are not either — keyed by the English translation.
import type { Translation } from './build';

export const pharmaTexts: Record<string, Translation> = {
	'Strategic development plan 2019–2025': { ru: 'Стратегический план развития кластера на 2019–2025 годы' },
	'Shymkent is the pharmaceutical centre of Central Asia, making GMP-certified medicines for Kazakhstan and its neighbours.':
		{
			ru: 'Шымкент — фармацевтический центр Центральной Азии, выпускающий лекарства по GMP для Казахстана и соседних стран.'
		},
	'Raise the share of local medicines through GMP, shared services, skills and joint access to export markets.':
		{
			ru: 'Увеличить долю отечественных лекарств за счёт GMP, общих сервисов, кадров и совместного выхода на экспорт.'
		},
	// Stages
	'Raw materials and packaging': { ru: 'Сырьё и упаковка', kk: 'Шикізат және қаптама' },
	'Development and registration': { ru: 'Разработка и регистрация', kk: 'Әзірлеу және тіркеу' },
	Manufacturing: { ru: 'Производство', kk: 'Өндіріс' },
	Distribution: { ru: 'Дистрибуция', kk: 'Дистрибуция' },
	Markets: { ru: 'Рынки сбыта', kk: 'Өткізу нарықтары' },
	'Support institutions': { ru: 'Институты поддержки', kk: 'Қолдау институттары' },
	// Actors
	'Medicinal plant growers and collectors (licorice, wormwood)': {
		ru: 'Заготовители лекарственных растений (солодка, полынь)',
		kk: 'Дәрілік өсімдіктерді дайындаушылар (мия, жусан)'
	},
	'Active ingredient importers': { ru: 'Импортёры субстанций', kk: 'Субстанция импорттаушылар' },
	'Glass, blister and carton makers': {
		ru: 'Производители стекла, блистеров и картона',
		kk: 'Шыны, блистер және картон өндірушілер'
	},
	'Pharmaceutical equipment suppliers': {
		ru: 'Поставщики фармацевтического оборудования',
		kk: 'Фармацевтикалық жабдық жеткізушілер'
	},
	'Contract research and bioequivalence labs': {
		ru: 'Контрактные исследовательские организации и лаборатории биоэквивалентности'
	},
	'Regulatory affairs consultants': { ru: 'Консультанты по регистрации' },
	'Generic drug manufacturers': { ru: 'Производители дженериков', kk: 'Генерик өндірушілер' },
	'Infusion solution makers': { ru: 'Производители инфузионных растворов' },
	'Herbal medicine and extract makers': { ru: 'Производители фитопрепаратов и экстрактов' },
	'Medical device and disposables makers': { ru: 'Производители медизделий и расходников' },
	'Quality control laboratory': { ru: 'Лаборатория контроля качества', kk: 'Сапаны бақылау зертханасы' },
	'SK-Pharmacy single distributor': {
		ru: 'ТОО «СК-Фармация» (единый дистрибьютор)',
		kk: '«СҚ-Фармация» ЖШС (бірыңғай дистрибьютор)'
	},
	'Pharmaceutical wholesalers': { ru: 'Фармдистрибьюторы' },
	'Pharmacy chains': { ru: 'Аптечные сети', kk: 'Дәріхана желілері' },
	'Hospitals and clinics': { ru: 'Больницы и поликлиники', kk: 'Ауруханалар мен емханалар' },
	'Export: Uzbekistan, Kyrgyzstan, Tajikistan': {
		ru: 'Экспорт: Узбекистан, Кыргызстан, Таджикистан',
		kk: 'Экспорт: Өзбекстан, Қырғызстан, Тәжікстан'
	},
	'South Kazakhstan Medical Academy': {
		ru: 'Южно-Казахстанская медицинская академия',
		kk: 'Оңтүстік Қазақстан медицина академиясы'
	},
	'National centre for expertise of medicines': {
		ru: 'Национальный центр экспертизы лекарственных средств',
		kk: 'Дәрілік заттарды сараптаудың ұлттық орталығы'
	},
	'Ontustik special economic zone': { ru: 'СЭЗ «Онтүстік»', kk: '«Оңтүстік» АЭА' },
	'DAMU Entrepreneurship Development Fund': {
		ru: 'АО «Фонд развития предпринимательства «Даму»',
		kk: '«Даму» кәсіпкерлікті дамыту қоры» АҚ'
	},
	'KazakhExport export credit agency': { ru: 'АО «ЭСК «KazakhExport»', kk: '«KazakhExport» ЭСК» АҚ' },
	'Shymkent city and regional akimats': {
		ru: 'Акиматы г. Шымкента и Туркестанской области',
		kk: 'Шымкент қаласы мен Түркістан облысының әкімдіктері'
	},
	// Flows
	'dried herbs': { ru: 'сухое сырьё' },
	'active ingredients': { ru: 'субстанции' },
	'blisters, cartons': { ru: 'блистеры, коробки' },
	bottles: { ru: 'флаконы' },
	'GMP equipment': { ru: 'оборудование GMP' },
	'bioequivalence studies': { ru: 'исследования биоэквивалентности' },
	'registration dossiers': { ru: 'регистрационные досье' },
	registration: { ru: 'регистрация' },
	'batch testing': { ru: 'испытания серий' },
	'long-term contracts': { ru: 'долгосрочные договоры' },
	infusions: { ru: 'инфузионные растворы' },
	disposables: { ru: 'расходные материалы' },
	'free medical care drugs': { ru: 'лекарства ГОБМП' },
	'herbal medicines': { ru: 'фитопрепараты' },
	medicines: { ru: 'лекарства' },
	'contract payments': { ru: 'оплата по договорам' },
	payments: { ru: 'оплата' },
	'subsidised loan': { ru: 'льготный кредит' },
	'export insurance': { ru: 'страхование экспорта' },
	'pharmacists, chemists': { ru: 'провизоры, химики' },
	'tax relief, site': { ru: 'налоговые льготы, площадка' },
	// Strategy
	'GMP and quality': { ru: 'GMP и качество', kk: 'GMP және сапа' },
	'Bring every member plant to GMP certification': {
		ru: 'Довести каждый завод-участник до сертификата GMP',
		kk: 'Әр мүше зауытты GMP сертификатына жеткізу'
	},
	'GMP gap audits of member plants': { ru: 'Аудиты заводов на соответствие GMP' },
	'Cluster coordinator': { ru: 'Координатор кластера' },
	'Shared validation and qualification team': { ru: 'Общая команда по валидации и квалификации' },
	'Quality working group': { ru: 'Рабочая группа по качеству' },
	'Offer shared accredited quality control': {
		ru: 'Предложить общий аккредитованный контроль качества'
	},
	'Accreditation of the shared laboratory': { ru: 'Аккредитация общей лаборатории' },
	'Products and markets': { ru: 'Продукция и рынки', kk: 'Өнім және нарықтар' },
	'Raise the share of member medicines in state procurement': {
		ru: 'Увеличить долю лекарств участников в госзакупках'
	},
	'Portfolio review against the list of free medical care drugs': {
		ru: 'Сверка портфеля с перечнем лекарств ГОБМП'
	},
	'Regulatory consultants': { ru: 'Консультанты по регистрации' },
	'Long-term contracts with the single distributor': {
		ru: 'Долгосрочные договоры с единым дистрибьютором'
	},
	'Generic manufacturers': { ru: 'Производители дженериков' },
	'Register member medicines in neighbouring countries': {
		ru: 'Зарегистрировать лекарства участников в соседних странах'
	},
	'Joint registration dossiers for Uzbekistan': { ru: 'Совместные регистрационные досье для Узбекистана' },
	'Grow herbal medicines from southern raw materials': {
		ru: 'Развивать фитопрепараты из южного сырья'
	},
	'Cultivation trials of licorice and wormwood with growers': {
		ru: 'Опытное выращивание солодки и полыни с заготовителями'
	},
	Academy: { ru: 'Академия' },
	'People and cooperation': { ru: 'Кадры и кооперация', kk: 'Кадрлар және кооперация' },
	'Train GMP specialists, chemists and technologists': {
		ru: 'Подготовить специалистов GMP, химиков и технологов'
	},
	'GMP course at the medical academy': { ru: 'Курс GMP в медицинской академии' },
	'Internships at member plants': { ru: 'Стажировки на заводах-участниках' },
	'Cluster council': { ru: 'Совет кластера' },
	'Run the registered cluster organisation': {
		ru: 'Обеспечить работу зарегистрированной организации кластера'
	},
	'Adopt the cluster work plan and budget': { ru: 'Утвердить план работы и бюджет кластера' },
	// Projects
	'Shared accredited quality control laboratory': {
		ru: 'Общая аккредитованная лаборатория контроля качества',
		kk: 'Сапаны бақылаудың ортақ аккредиттелген зертханасы'
	},
	'Chromatography and microbiology for members too small to run their own GMP laboratory.': {
		ru: 'Хроматография и микробиология для участников, которым не по силам своя GMP-лаборатория.'
	},
	'GMP upgrade of member plants': { ru: 'Модернизация заводов под GMP' },
	'Clean rooms, HVAC and validation at three member plants with interest rate subsidies.': {
		ru: 'Чистые помещения, вентиляция и валидация на трёх заводах с субсидированием ставки.'
	},
	'Herbal extract plant': { ru: 'Завод растительных экстрактов' },
	'Extraction of licorice root and other southern plants for medicines and export.': {
		ru: 'Экстракция корня солодки и других южных растений для лекарств и экспорта.'
	},
	'Joint registration in Central Asia': { ru: 'Совместная регистрация в Центральной Азии' },
	'Shared dossiers and fees for registering 30 member products in Uzbekistan and Kyrgyzstan.': {
		ru: 'Общие досье и пошлины для регистрации 30 препаратов участников в Узбекистане и Кыргызстане.'
	},
	'GMP school': { ru: 'Школа GMP' },
	'Yearly GMP course and internships for 60 students and staff.': {
		ru: 'Ежегодный курс GMP и стажировки для 60 студентов и сотрудников.'
	},
	// Indicators
	'Member plants with GMP certificates': { ru: 'Заводы-участники с сертификатами GMP' },
	plants: { ru: 'заводов', kk: 'зауыт' },
	'GMP certificates': { ru: 'Сертификаты GMP' },
	'Member products in single distributor contracts': {
		ru: 'Препараты участников в договорах с единым дистрибьютором'
	},
	products: { ru: 'препаратов', kk: 'препарат' },
	'SK-Pharmacy contracts': { ru: 'Договоры с «СК-Фармация»' },
	'Batches tested by the shared laboratory': { ru: 'Серии, испытанные общей лабораторией' },
	'batches per quarter': { ru: 'серий в квартал', kk: 'тоқсанына серия' },
	'Laboratory register': { ru: 'Журнал лаборатории' },
	'Laboratory manager': { ru: 'Заведующий лабораторией' },
	'Member products registered abroad': { ru: 'Препараты участников, зарегистрированные за рубежом' },
	registrations: { ru: 'регистраций', kk: 'тіркеу' },
	'Registration certificates': { ru: 'Регистрационные удостоверения' },
	'GMP specialists trained': { ru: 'Обучено специалистов GMP' },
	people: { ru: 'человек', kk: 'адам' },
	'Academy records': { ru: 'Данные академии' },
	'Which state support measure finances the interest subsidy?': {
		ru: 'Какая мера господдержки финансирует субсидирование ставки?'
	}
};
