// Demo plan of the milk cluster of Akmola region: family dairy farms and commercial dairy complexes
// around Astana supplying processors with raw milk for the capital's market.
import type * as Y from 'yjs';
import { buildPlan, type DemoPlan } from './build';
import { milkTexts } from './milk-akmola-texts';

const plan: DemoPlan = {
	id: 'milk-akmola',
	title: 'Strategic development plan 2019–2025',
	vision:
		'Akmola region supplies the capital and neighbouring regions with safe, local dairy products from efficient farms.',
	mission:
		'Raise the volume and quality of raw milk and the share of regional dairy products on the shelves of Nur-Sultan.',
	translations: milkTexts,
	stages: [
		['inputs', 'Feed, genetics and equipment'],
		['farming', 'Milk production'],
		['collection', 'Milk collection'],
		['processing', 'Processing'],
		['distribution', 'Distribution'],
		['markets', 'Markets'],
		['support', 'Support institutions']
	],
	actors: [
		['feed', 'Feed and fodder producers', 'supplier', 'inputs'],
		['genetics', 'Breeding farms and AI services', 'supplier', 'inputs'],
		['equipment', 'Milking and cooling equipment dealers', 'supplier', 'inputs'],
		['vets', 'Veterinary services', 'supplier', 'inputs'],
		['complexes', 'Commercial dairy complexes', 'firm', 'farming', true],
		['familyfarms', 'Family dairy farms', 'firm', 'farming', true],
		['households', 'Household milk producers', 'firm', 'farming'],
		['coops', 'Milk collection cooperatives', 'firm', 'collection', true],
		['collectors', 'Private milk collection points', 'firm', 'collection'],
		['dairies', 'Large dairy plants', 'firm', 'processing', true],
		['cheese', 'Cheese and butter makers', 'firm', 'processing', true],
		['smalldairies', 'Small dairies and kumis makers', 'firm', 'processing', true],
		['coldchain', 'Refrigerated transport firms', 'firm', 'distribution'],
		['wholesale', 'Wholesale distributors', 'firm', 'distribution'],
		['retail', 'Retail chains of Nur-Sultan', 'market', 'markets'],
		['schools', 'Schools and hospitals (public procurement)', 'market', 'markets'],
		['russia', 'Export: Russian border regions', 'market', 'markets'],
		['university', 'S. Seifullin Kazakh Agrotechnical University', 'institution', 'support'],
		['research', 'Livestock and veterinary research institute', 'institution', 'support'],
		['acc', 'Agrarian Credit Corporation', 'institution', 'support'],
		['kazagro', 'KazAgroFinance leasing', 'institution', 'support'],
		['akimat', 'Agriculture department of the Akmola akimat', 'institution', 'support'],
		['dairyunion', 'Dairy Union of Kazakhstan', 'institution', 'support']
	],
	flows: [
		['feed', 'complexes', 'goods', 'silage and concentrates'],
		['feed', 'familyfarms', 'goods', 'hay'],
		['genetics', 'complexes', 'goods', 'heifers, semen'],
		['equipment', 'familyfarms', 'goods', 'milking machines, tanks'],
		['vets', 'familyfarms', 'services', 'herd health'],
		['complexes', 'dairies', 'goods', 'raw milk'],
		['familyfarms', 'coops', 'goods', 'raw milk'],
		['households', 'collectors', 'goods', 'raw milk'],
		['coops', 'dairies', 'goods', 'cooled milk'],
		['collectors', 'smalldairies', 'goods', 'raw milk'],
		['coops', 'cheese', 'goods', 'milk'],
		['dairies', 'coldchain', 'goods', 'packaged dairy'],
		['cheese', 'wholesale', 'goods', 'cheese, butter'],
		['coldchain', 'retail', 'goods', 'dairy products'],
		['wholesale', 'schools', 'goods', 'dairy products'],
		['dairies', 'russia', 'goods', 'butter'],
		['retail', 'dairies', 'money', 'payments'],
		['dairies', 'coops', 'money', 'milk payments'],
		['akimat', 'familyfarms', 'money', 'subsidy per litre'],
		['acc', 'familyfarms', 'money', 'credit'],
		['kazagro', 'complexes', 'money', 'equipment leasing'],
		['university', 'complexes', 'knowledge', 'zootechnicians'],
		['research', 'genetics', 'knowledge', 'breeding programmes'],
		['dairyunion', 'dairies', 'knowledge', 'market data']
	],
	lines: [
		{
			title: 'Raw milk supply',
			objectives: [
				{
					key: 'volume',
					title: 'Raise the supply of commercial raw milk to processors',
					actions: [
						[
							'Map farms and collection points within 100 km of processors',
							'Cluster coordinator',
							'2019-08-31'
						],
						['Support the creation of five new collection cooperatives', 'Akimat', '2020-12-31']
					]
				},
				{
					key: 'rawquality',
					title: 'Bring raw milk to the premium grade (somatic cells, bacteria)',
					actions: [
						['Training of family farms on milking hygiene', 'University', '2019-11-30'],
						['Install cooling tanks at collection points', 'Cooperatives', '2020-09-30']
					]
				}
			]
		},
		{
			title: 'Products and markets',
			objectives: [
				{
					key: 'shelf',
					title: 'Raise the share of regional dairy products on the shelves of Nur-Sultan',
					actions: [
						['Agree a regional product corner with two retail chains', 'Cluster council', '2020-03-31'],
						['Joint promotion campaign "Milk of Akmola"', 'Dairy processors', '2020-06-30']
					]
				},
				{
					key: 'cheese',
					title: 'Replace imported cheese with regional cheese',
					actions: [
						['Study of the cheese market and imports', 'Dairy Union', '2019-10-31'],
						['Technology transfer visit to cheese makers abroad', 'Cluster coordinator', '2020-05-31']
					]
				}
			]
		},
		{
			title: 'Cluster cooperation and skills',
			objectives: [
				{
					key: 'organisation',
					title: 'Run the registered cluster organisation with member fees',
					actions: [
						['Elect the cluster council and adopt statutes', 'Members', '2019-04-30'],
						['Quarterly cluster meetings with processors and farms', 'Cluster coordinator', '2019-12-31']
					]
				},
				{
					key: 'skills',
					title: 'Train herd managers, milkers and dairy technologists',
					actions: [
						['Short courses for herd managers at the agrotechnical university', 'University', '2020-02-28']
					]
				}
			]
		}
	],
	// Map nodes (actor keys) and the objectives (o:) or projects (p:) that address them.
	links: [
		['familyfarms', 'o:volume'],
		['collectors', 'p:coops'],
		['households', 'o:rawquality'],
		['dairies', 'p:lab'],
		['cheese', 'p:cheeseplant'],
		['genetics', 'p:genetics']
	],
	projects: [
		{
			key: 'coops',
			title: 'Milk collection cooperatives with cooling',
			description: 'Five cooperatives with cooling tanks and milk testing so family farms reach processors.',
			lead: 'coops',
			partners: ['familyfarms', 'dairies', 'akimat'],
			budget: 250_000_000,
			funding: 'state_support',
			start: '2019-06-01',
			end: '2020-12-31',
			status: 'approved',
			priority: 9,
			objectives: ['volume', 'rawquality']
		},
		{
			key: 'lab',
			title: 'Raw milk testing laboratory',
			description: 'Independent testing of fat, protein, somatic cells and antibiotics to pay by quality.',
			lead: 'dairies',
			partners: ['coops', 'university'],
			budget: 70_000_000,
			funding: 'donor',
			start: '2019-09-01',
			end: '2020-08-31',
			status: 'in_progress',
			priority: 8,
			objectives: ['rawquality']
		},
		{
			key: 'cheeseplant',
			title: 'Hard cheese plant',
			description: 'New plant for 2,000 tonnes of hard cheese a year, with DAMU interest rate subsidy.',
			lead: 'cheese',
			partners: ['coops', 'acc'],
			budget: 1_800_000_000,
			funding: 'loan',
			start: '2020-04-01',
			end: '2022-03-31',
			status: 'proposed',
			priority: 7,
			objectives: ['cheese']
		},
		{
			key: 'brand',
			title: 'Regional brand "Milk of Akmola"',
			description: 'Brand rules, label and joint promotion in retail chains of the capital.',
			lead: 'dairies',
			partners: ['smalldairies', 'cheese', 'retail'],
			budget: 30_000_000,
			funding: 'own_funds',
			start: '2019-10-01',
			end: '2020-12-31',
			status: 'proposed',
			priority: 6,
			objectives: ['shelf']
		},
		{
			key: 'genetics',
			title: 'Herd improvement programme',
			description: 'Heifer import and artificial insemination for family farms, with leasing of livestock.',
			lead: 'genetics',
			partners: ['familyfarms', 'kazagro', 'research'],
			budget: 600_000_000,
			funding: 'state_support',
			start: '2020-01-01',
			end: '2023-12-31',
			status: 'proposed',
			priority: 7,
			objectives: ['volume']
		}
	],
	indicators: [
		{
			name: 'Raw milk delivered to member processors',
			unit: 'thousand tonnes',
			baseline: 85,
			baselineYear: 2018,
			targets: { 2021: 110, 2025: 150 },
			frequency: 'quarterly',
			source: 'Processor purchase records',
			responsible: 'Cluster coordinator',
			link: 'volume'
		},
		{
			name: 'Share of raw milk of premium grade',
			unit: '%',
			baseline: 35,
			baselineYear: 2018,
			targets: { 2021: 55, 2025: 75 },
			frequency: 'quarterly',
			cumulative: true,
			source: 'Testing laboratory',
			responsible: 'Laboratory manager',
			link: 'rawquality'
		},
		{
			name: 'Regional dairy products in retail chains of Nur-Sultan',
			unit: '% of shelf',
			baseline: 22,
			baselineYear: 2018,
			targets: { 2022: 30, 2025: 40 },
			frequency: 'annual',
			cumulative: true,
			source: 'Retail audit',
			responsible: 'Marketing working group',
			link: 'shelf'
		},
		{
			name: 'Cheese produced by members',
			unit: 'tonnes',
			baseline: 400,
			baselineYear: 2018,
			targets: { 2023: 2000, 2025: 2600 },
			frequency: 'annual',
			source: 'Member reports',
			responsible: 'Cluster coordinator',
			link: 'cheeseplant'
		},
		{
			name: 'Family farms in cooperatives',
			unit: 'farms',
			baseline: 40,
			baselineYear: 2019,
			targets: { 2020: 120, 2025: 300 },
			frequency: 'semiannual',
			cumulative: true,
			source: 'Cooperative registers',
			responsible: 'Akimat agriculture department',
			link: 'coops'
		}
	],
	comments: [['o-cheese', 'Dana Reviewer (KIDI)', 'Is there enough raw milk in winter for the cheese plant?']]
};

/** Builds the demo plan of the milk cluster of Akmola region into an empty document. */
export function buildMilkAkmola(doc: Y.Doc): void {
	buildPlan(doc, plan);
}
