// Demo plan of the tourism cluster of Almaty region: guest houses, tour operators and guides around
// the national parks, canyons and mountain lakes a few hours from Almaty.
import type * as Y from 'yjs';
import { buildPlan, type DemoPlan } from './build';
import { tourismTexts } from './tourism-almaty-region-texts';

const plan: DemoPlan = {
	id: 'tourism-almaty-region',
	title: 'Strategic development plan 2019–2025',
	vision:
		'Almaty region is the first nature and adventure destination of Central Asia, open all year, with guests welcomed by local businesses.',
	mission:
		'Join the region’s guest houses, guides, operators and parks into routes that are easy to find, book and enjoy.',
	translations: tourismTexts,
	stages: [
		['attractions', 'Attractions and nature'],
		['transport', 'Transport'],
		['stay', 'Accommodation and food'],
		['experiences', 'Tours and experiences'],
		['sales', 'Promotion and sales'],
		['markets', 'Visitors'],
		['support', 'Support institutions']
	],
	actors: [
		['parks', 'National parks (Charyn, Kolsai, Altyn-Emel)', 'institution', 'attractions'],
		['reservoir', 'Kapshagay reservoir resorts', 'firm', 'attractions', true],
		['airport', 'Almaty international airport', 'firm', 'transport'],
		['transfers', 'Transfer and minibus companies', 'firm', 'transport', true],
		['rail', 'Rail passenger service', 'firm', 'transport'],
		['guesthouses', 'Rural guest houses', 'firm', 'stay', true],
		['hotels', 'Hotels and resorts', 'firm', 'stay', true],
		['camps', 'Yurt camps and glamping', 'firm', 'stay', true],
		['restaurants', 'Restaurants and roadside cafés', 'firm', 'stay'],
		['farmers', 'Local farmers and food producers', 'supplier', 'stay'],
		['operators', 'Inbound tour operators', 'firm', 'experiences', true],
		['guides', 'Mountain and nature guides', 'firm', 'experiences', true],
		['crafts', 'Craft and felt workshops', 'firm', 'experiences', true],
		['equestrian', 'Horse riding and adventure providers', 'firm', 'experiences', true],
		['ota', 'Online booking platforms', 'firm', 'sales'],
		['dmo', 'Regional destination marketing office', 'institution', 'sales'],
		['domestic', 'Domestic visitors from Almaty', 'market', 'markets'],
		['foreign', 'Foreign visitors (Europe, Russia, China)', 'market', 'markets'],
		['mice', 'Corporate and MICE groups', 'market', 'markets'],
		['kaztourism', 'Kazakh Tourism national company', 'institution', 'support'],
		['akimat', 'Tourism department of the regional akimat', 'institution', 'support'],
		['academy', 'Kazakh Academy of Sport and Tourism', 'institution', 'support'],
		['damu', 'DAMU Entrepreneurship Development Fund', 'institution', 'support']
	],
	flows: [
		['foreign', 'airport', 'services', 'arrivals'],
		['airport', 'transfers', 'services', 'arrivals'],
		['transfers', 'guesthouses', 'services', 'guests'],
		['rail', 'reservoir', 'services', 'weekend trains'],
		['farmers', 'restaurants', 'goods', 'local food'],
		['farmers', 'guesthouses', 'goods', 'local food'],
		['operators', 'guides', 'money', 'guide fees'],
		['operators', 'guesthouses', 'money', 'bookings'],
		['operators', 'camps', 'money', 'bookings'],
		['guides', 'parks', 'money', 'entrance fees'],
		['equestrian', 'operators', 'services', 'riding tours'],
		['crafts', 'operators', 'services', 'workshops'],
		['ota', 'hotels', 'services', 'online bookings'],
		['foreign', 'operators', 'money', 'tour packages'],
		['domestic', 'ota', 'money', 'bookings'],
		['domestic', 'reservoir', 'money', 'weekend stays'],
		['mice', 'hotels', 'money', 'events'],
		['dmo', 'foreign', 'knowledge', 'destination promotion'],
		['kaztourism', 'dmo', 'knowledge', 'national campaigns'],
		['akimat', 'parks', 'money', 'infrastructure'],
		['academy', 'guides', 'knowledge', 'guide certification'],
		['damu', 'guesthouses', 'money', 'micro-loans'],
		['parks', 'guides', 'services', 'trails and permits']
	],
	lines: [
		{
			title: 'Routes and products',
			objectives: [
				{
					key: 'routes',
					title: 'Package three signature routes joining parks, guest houses and experiences',
					actions: [
						[
							'Design the Charyn–Kolsai–Kaindy route with members',
							'Tour operators working group',
							'2019-09-30'
						],
						['Signage and trail maps on the routes', 'Akimat', '2020-05-31']
					]
				},
				{
					key: 'season',
					title: 'Extend the season to winter and shoulder months',
					actions: [['Winter products: horse trekking, ice, festivals', 'Cluster coordinator', '2020-11-30']]
				}
			]
		},
		{
			title: 'Quality of service',
			objectives: [
				{
					key: 'standards',
					title: 'Classify guest houses and certify guides',
					actions: [
						['Guest house quality standard and self-assessment', 'Cluster council', '2019-12-31'],
						['Certification of 100 guides with the academy', 'Academy', '2020-06-30']
					]
				},
				{
					key: 'skills',
					title: 'Train hosts and staff in service and languages',
					actions: [['English and hospitality courses in villages', 'Academy', '2020-04-30']]
				}
			]
		},
		{
			title: 'Promotion and digital sales',
			objectives: [
				{
					key: 'online',
					title: 'Make every member bookable online',
					actions: [
						[
							'List guest houses on booking platforms with photos and reviews',
							'Destination office',
							'2019-11-30'
						],
						['Regional destination website with booking', 'Destination office', '2020-06-30']
					]
				},
				{
					key: 'foreign',
					title: 'Grow foreign visitors from Europe and Asia',
					actions: [['Fam trips for foreign tour operators and bloggers', 'Kazakh Tourism', '2020-09-30']]
				}
			]
		}
	],
	// Map nodes (actor keys) and the objectives (o:) or projects (p:) that address them.
	links: [
		['guesthouses', 'p:guesthouses'],
		['guides', 'p:guides'],
		['ota', 'o:online'],
		['operators', 'p:famtrips'],
		['parks', 'p:routes']
	],
	projects: [
		{
			key: 'routes',
			title: 'Signature routes "Canyons and lakes"',
			description: 'Three packaged routes with trails, signage, rest stops and partner guest houses.',
			lead: 'operators',
			partners: ['guides', 'guesthouses', 'parks', 'akimat'],
			budget: 320_000_000,
			funding: 'state_support',
			start: '2019-06-01',
			end: '2021-05-31',
			status: 'approved',
			priority: 9,
			objectives: ['routes']
		},
		{
			key: 'website',
			title: 'Destination website and booking engine',
			description: 'One site for the region with a booking engine open to every member.',
			lead: 'operators',
			partners: ['ota', 'hotels', 'guesthouses'],
			budget: 40_000_000,
			funding: 'donor',
			start: '2019-10-01',
			end: '2020-09-30',
			status: 'in_progress',
			priority: 8,
			objectives: ['online']
		},
		{
			key: 'guesthouses',
			title: 'Guest house upgrade programme',
			description: 'Micro-loans with DAMU guarantees for bathrooms, heating and kitchens in 50 guest houses.',
			lead: 'guesthouses',
			partners: ['damu', 'akimat'],
			budget: 500_000_000,
			funding: 'loan',
			start: '2020-03-01',
			end: '2022-12-31',
			status: 'proposed',
			priority: 7,
			objectives: ['standards', 'season']
		},
		{
			key: 'guides',
			title: 'Guide certification school',
			description: 'Training and certification of mountain, nature and cultural guides.',
			lead: 'academy',
			partners: ['guides', 'parks'],
			budget: 35_000_000,
			funding: 'state_support',
			start: '2019-09-01',
			end: '2020-12-31',
			status: 'approved',
			priority: 8,
			objectives: ['standards', 'skills']
		},
		{
			key: 'famtrips',
			title: 'Fam trips and trade fairs',
			description: 'Shared stand at ITB Berlin and fam trips for foreign operators, with Kazakh Tourism.',
			lead: 'operators',
			partners: ['hotels', 'kaztourism'],
			budget: 60_000_000,
			funding: 'own_funds',
			start: '2020-01-15',
			end: '2021-12-31',
			status: 'proposed',
			priority: 6,
			objectives: ['foreign']
		}
	],
	indicators: [
		{
			name: 'Visitors staying overnight in member accommodation',
			unit: 'thousand guests',
			baseline: 180,
			baselineYear: 2018,
			targets: { 2021: 240, 2025: 350 },
			frequency: 'quarterly',
			source: 'Accommodation statistics',
			responsible: 'Destination office',
			link: 'routes'
		},
		{
			name: 'Foreign visitors on member tours',
			unit: 'thousand visitors',
			baseline: 25,
			baselineYear: 2018,
			targets: { 2021: 40, 2025: 70 },
			frequency: 'annual',
			source: 'Tour operator reports',
			responsible: 'Tour operators working group',
			link: 'foreign'
		},
		{
			name: 'Members bookable online',
			unit: '% of members',
			baseline: 30,
			baselineYear: 2018,
			targets: { 2020: 70, 2022: 95 },
			frequency: 'semiannual',
			cumulative: true,
			source: 'Website and booking platforms',
			responsible: 'Destination office',
			link: 'website'
		},
		{
			name: 'Certified guides',
			unit: 'guides',
			baseline: 15,
			baselineYear: 2018,
			targets: { 2020: 100, 2025: 250 },
			frequency: 'annual',
			cumulative: true,
			source: 'Academy register',
			responsible: 'Academy',
			link: 'guides'
		},
		{
			name: 'Share of visits outside June–September',
			unit: '%',
			baseline: 20,
			baselineYear: 2018,
			targets: { 2022: 30, 2025: 40 },
			frequency: 'annual',
			cumulative: true,
			source: 'Accommodation statistics',
			responsible: 'Cluster coordinator',
			link: 'season'
		}
	],
	comments: [
		['n-parks', 'Dana Reviewer (KIDI)', 'Are the national parks members or partners of the cluster?']
	]
};

/** Builds the demo plan of the tourism cluster of Almaty region into an empty document. */
export function buildTourismAlmatyRegion(doc: Y.Doc): void {
	buildPlan(doc, plan);
}
