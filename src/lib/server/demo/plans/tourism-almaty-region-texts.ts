// The tourism cluster's plan as its members wrote it: in Russian, with Kazakh where the cluster's
// translator added it (stages, firms, titles, units), keyed by the English translation.
import type { Translation } from './build';

export const tourismTexts: Record<string, Translation> = {
	'Strategic development plan 2019–2025': {
		ru: 'Стратегический план развития кластера на 2019–2025 годы',
		kk: 'Кластерді дамытудың 2019–2025 жылдарға арналған стратегиялық жоспары'
	},
	'Almaty region is the first nature and adventure destination of Central Asia, open all year, with guests welcomed by local businesses.':
		{
			ru: 'Алматинская область — главное направление природного и активного туризма в Центральной Азии, открытое круглый год, где гостей встречает местный бизнес.'
		},
	'Join the region’s guest houses, guides, operators and parks into routes that are easy to find, book and enjoy.':
		{
			ru: 'Объединить гостевые дома, гидов, туроператоров и парки области в маршруты, которые легко найти, забронировать и пройти.'
		},
	// Stages
	'Attractions and nature': { ru: 'Достопримечательности и природа', kk: 'Көрікті жерлер мен табиғат' },
	Transport: { ru: 'Транспорт', kk: 'Көлік' },
	'Accommodation and food': { ru: 'Размещение и питание', kk: 'Орналастыру және тамақтану' },
	'Tours and experiences': { ru: 'Туры и впечатления', kk: 'Турлар мен әсерлер' },
	'Promotion and sales': { ru: 'Продвижение и продажи', kk: 'Жылжыту және сату' },
	Visitors: { ru: 'Туристы', kk: 'Туристер' },
	'Support institutions': { ru: 'Институты поддержки', kk: 'Қолдау институттары' },
	// Actors
	'National parks (Charyn, Kolsai, Altyn-Emel)': {
		ru: 'Нацпарки (Чарын, Кольсай, Алтын-Эмель)',
		kk: 'Ұлттық саябақтар (Шарын, Көлсай, Алтынемел)'
	},
	'Kapshagay reservoir resorts': { ru: 'Зоны отдыха на Капшагае', kk: 'Қапшағай демалыс аймақтары' },
	'Almaty international airport': {
		ru: 'Международный аэропорт Алматы',
		kk: 'Алматы халықаралық әуежайы'
	},
	'Transfer and minibus companies': {
		ru: 'Трансферные и микроавтобусные компании',
		kk: 'Трансфер және шағын автобус компаниялары'
	},
	'Rail passenger service': { ru: 'Пассажирские ж/д перевозки', kk: 'Теміржол жолаушылар тасымалы' },
	'Rural guest houses': { ru: 'Сельские гостевые дома', kk: 'Ауылдық қонақ үйлер' },
	'Hotels and resorts': { ru: 'Гостиницы и курорты', kk: 'Қонақүйлер мен курорттар' },
	'Yurt camps and glamping': { ru: 'Юрточные лагеря и глэмпинги', kk: 'Киіз үй лагерьлері мен глэмпингтер' },
	'Restaurants and roadside cafés': {
		ru: 'Рестораны и придорожные кафе',
		kk: 'Мейрамханалар мен жол бойындағы кафелер'
	},
	'Local farmers and food producers': {
		ru: 'Местные фермеры и производители продуктов',
		kk: 'Жергілікті фермерлер мен азық өндірушілер'
	},
	'Inbound tour operators': { ru: 'Туроператоры въездного туризма', kk: 'Келу туризмі туроператорлары' },
	'Mountain and nature guides': { ru: 'Горные и природные гиды', kk: 'Тау және табиғат гидтері' },
	'Craft and felt workshops': {
		ru: 'Ремесленные и войлочные мастерские',
		kk: 'Қолөнер және киіз шеберханалары'
	},
	'Horse riding and adventure providers': {
		ru: 'Конные прогулки и активный отдых',
		kk: 'Атпен серуендеу және белсенді демалыс'
	},
	'Online booking platforms': {
		ru: 'Онлайн-платформы бронирования',
		kk: 'Онлайн брондау платформалары'
	},
	'Regional destination marketing office': {
		ru: 'Региональный офис продвижения направления',
		kk: 'Бағытты жылжытудың өңірлік кеңсесі'
	},
	'Domestic visitors from Almaty': {
		ru: 'Внутренние туристы из Алматы',
		kk: 'Алматыдан келетін ішкі туристер'
	},
	'Foreign visitors (Europe, Russia, China)': {
		ru: 'Иностранные туристы (Европа, Россия, Китай)',
		kk: 'Шетелдік туристер (Еуропа, Ресей, Қытай)'
	},
	'Corporate and MICE groups': { ru: 'Корпоративные и MICE-группы', kk: 'Корпоративтік және MICE топтары' },
	'Kazakh Tourism national company': {
		ru: 'АО «НК «Kazakh Tourism»',
		kk: '«Kazakh Tourism» ҰК» АҚ'
	},
	'Tourism department of the regional akimat': {
		ru: 'Управление туризма акимата Алматинской области',
		kk: 'Алматы облысы әкімдігінің туризм басқармасы'
	},
	'Kazakh Academy of Sport and Tourism': {
		ru: 'Казахская академия спорта и туризма',
		kk: 'Қазақ спорт және туризм академиясы'
	},
	'DAMU Entrepreneurship Development Fund': {
		ru: 'АО «Фонд развития предпринимательства «Даму»',
		kk: '«Даму» кәсіпкерлікті дамыту қоры» АҚ'
	},
	// Flows
	arrivals: { ru: 'прилёты' },
	guests: { ru: 'гости' },
	'weekend trains': { ru: 'поезда выходного дня' },
	'local food': { ru: 'местные продукты' },
	'guide fees': { ru: 'оплата гидов' },
	bookings: { ru: 'бронирования' },
	'entrance fees': { ru: 'входная плата' },
	'riding tours': { ru: 'конные туры' },
	workshops: { ru: 'мастер-классы' },
	'online bookings': { ru: 'онлайн-бронирования' },
	'tour packages': { ru: 'турпакеты' },
	'weekend stays': { ru: 'отдых на выходных' },
	events: { ru: 'мероприятия' },
	'destination promotion': { ru: 'продвижение направления' },
	'national campaigns': { ru: 'национальные кампании' },
	infrastructure: { ru: 'инфраструктура' },
	'guide certification': { ru: 'сертификация гидов' },
	'micro-loans': { ru: 'микрокредиты' },
	'trails and permits': { ru: 'тропы и разрешения' },
	// Strategy
	'Routes and products': { ru: 'Маршруты и продукты', kk: 'Бағыттар мен өнімдер' },
	'Package three signature routes joining parks, guest houses and experiences': {
		ru: 'Собрать три фирменных маршрута, объединяющих парки, гостевые дома и впечатления',
		kk: 'Саябақтарды, қонақ үйлерді және әсерлерді біріктіретін үш фирмалық бағыт құру'
	},
	'Design the Charyn–Kolsai–Kaindy route with members': {
		ru: 'Разработать с участниками маршрут Чарын — Кольсай — Каинды',
		kk: 'Мүшелермен бірге Шарын — Көлсай — Қайыңды бағытын әзірлеу'
	},
	'Tour operators working group': { ru: 'Рабочая группа туроператоров' },
	'Signage and trail maps on the routes': {
		ru: 'Указатели и карты троп на маршрутах',
		kk: 'Бағыттардағы көрсеткіштер мен соқпақ карталары'
	},
	Akimat: { ru: 'Акимат' },
	'Extend the season to winter and shoulder months': {
		ru: 'Продлить сезон на зиму и межсезонье',
		kk: 'Маусымды қыс пен маусымаралық кезеңге ұзарту'
	},
	'Winter products: horse trekking, ice, festivals': {
		ru: 'Зимние продукты: конные походы, лёд, фестивали',
		kk: 'Қысқы өнімдер: атпен жорық, мұз, фестивальдер'
	},
	'Cluster coordinator': { ru: 'Координатор кластера' },
	'Quality of service': { ru: 'Качество сервиса', kk: 'Қызмет сапасы' },
	'Classify guest houses and certify guides': {
		ru: 'Классифицировать гостевые дома и сертифицировать гидов',
		kk: 'Қонақ үйлерді санаттау және гидтерді сертификаттау'
	},
	'Guest house quality standard and self-assessment': {
		ru: 'Стандарт качества гостевых домов и самооценка',
		kk: 'Қонақ үйлердің сапа стандарты және өзін-өзі бағалау'
	},
	'Cluster council': { ru: 'Совет кластера' },
	'Certification of 100 guides with the academy': {
		ru: 'Сертификация 100 гидов с академией',
		kk: 'Академиямен бірге 100 гидті сертификаттау'
	},
	Academy: { ru: 'Академия' },
	'Train hosts and staff in service and languages': {
		ru: 'Обучить хозяев и персонал сервису и языкам',
		kk: 'Иелер мен қызметкерлерді қызмет көрсетуге және тілдерге оқыту'
	},
	'English and hospitality courses in villages': {
		ru: 'Курсы английского и гостеприимства в сёлах',
		kk: 'Ауылдарда ағылшын тілі мен қонақжайлылық курстары'
	},
	'Promotion and digital sales': { ru: 'Продвижение и онлайн-продажи', kk: 'Жылжыту және онлайн сату' },
	'Make every member bookable online': {
		ru: 'Сделать каждого участника доступным для онлайн-бронирования',
		kk: 'Әр мүшені онлайн брондауға қолжетімді ету'
	},
	'List guest houses on booking platforms with photos and reviews': {
		ru: 'Разместить гостевые дома на платформах бронирования с фото и отзывами',
		kk: 'Қонақ үйлерді брондау платформаларына фото және пікірлермен орналастыру'
	},
	'Destination office': { ru: 'Офис продвижения' },
	'Regional destination website with booking': {
		ru: 'Туристический сайт области с бронированием',
		kk: 'Облыстың брондауы бар туристік сайты'
	},
	'Grow foreign visitors from Europe and Asia': {
		ru: 'Увеличить поток иностранных туристов из Европы и Азии',
		kk: 'Еуропа мен Азиядан келетін шетелдік туристер ағынын арттыру'
	},
	'Fam trips for foreign tour operators and bloggers': {
		ru: 'Ознакомительные туры для иностранных туроператоров и блогеров',
		kk: 'Шетелдік туроператорлар мен блогерлерге таныстыру турлары'
	},
	'Kazakh Tourism': { ru: 'Kazakh Tourism' },
	// Projects
	'Signature routes "Canyons and lakes"': {
		ru: 'Фирменные маршруты «Каньоны и озёра»',
		kk: '«Шатқалдар мен көлдер» фирмалық бағыттары'
	},
	'Three packaged routes with trails, signage, rest stops and partner guest houses.': {
		ru: 'Три готовых маршрута с тропами, указателями, стоянками и гостевыми домами-партнёрами.'
	},
	'Destination website and booking engine': {
		ru: 'Туристический сайт и система бронирования',
		kk: 'Туристік сайт және брондау жүйесі'
	},
	'One site for the region with a booking engine open to every member.': {
		ru: 'Единый сайт области с системой бронирования, открытой для каждого участника.'
	},
	'Guest house upgrade programme': {
		ru: 'Программа модернизации гостевых домов',
		kk: 'Қонақ үйлерді жаңғырту бағдарламасы'
	},
	'Micro-loans with DAMU guarantees for bathrooms, heating and kitchens in 50 guest houses.': {
		ru: 'Микрокредиты под гарантию «Даму» на санузлы, отопление и кухни в 50 гостевых домах.'
	},
	'Guide certification school': { ru: 'Школа сертификации гидов', kk: 'Гидтерді сертификаттау мектебі' },
	'Training and certification of mountain, nature and cultural guides.': {
		ru: 'Обучение и сертификация горных, природных и культурных гидов.'
	},
	'Fam trips and trade fairs': {
		ru: 'Ознакомительные туры и выставки',
		kk: 'Таныстыру турлары мен көрмелер'
	},
	'Shared stand at ITB Berlin and fam trips for foreign operators, with Kazakh Tourism.': {
		ru: 'Общий стенд на ITB Berlin и ознакомительные туры для иностранных операторов вместе с Kazakh Tourism.'
	},
	// Indicators
	'Visitors staying overnight in member accommodation': {
		ru: 'Гости с ночёвкой в средствах размещения участников',
		kk: 'Мүшелердің орналастыру орындарында түнеген қонақтар'
	},
	'thousand guests': { ru: 'тыс. гостей', kk: 'мың қонақ' },
	'Accommodation statistics': { ru: 'Статистика размещения' },
	'Foreign visitors on member tours': {
		ru: 'Иностранные туристы в турах участников',
		kk: 'Мүшелер турларындағы шетелдік туристер'
	},
	'thousand visitors': { ru: 'тыс. туристов', kk: 'мың турист' },
	'Tour operator reports': { ru: 'Отчёты туроператоров' },
	'Members bookable online': {
		ru: 'Участники с онлайн-бронированием',
		kk: 'Онлайн брондауы бар мүшелер'
	},
	'% of members': { ru: '% участников', kk: 'мүшелердің %' },
	'Website and booking platforms': { ru: 'Сайт и платформы бронирования' },
	'Certified guides': { ru: 'Сертифицированные гиды', kk: 'Сертификатталған гидтер' },
	guides: { ru: 'гидов', kk: 'гид' },
	'Academy register': { ru: 'Реестр академии' },
	'Share of visits outside June–September': {
		ru: 'Доля поездок вне июня — сентября',
		kk: 'Маусым — қыркүйектен тыс сапарлар үлесі'
	},
	'%': { ru: '%', kk: '%' },
	'Are the national parks members or partners of the cluster?': {
		ru: 'Нацпарки — участники кластера или партнёры?'
	}
};
